/** Checks of every text in every language: keys from the data, shapes, placeholders, no typed facts. */
import { PHONE_PLACEHOLDERS } from './placeholders';
import { optionsOf } from './flow';
import type { FlowBundle } from './types';
import { GUIDANCE_IDS, LANGUAGES, NAMESPACES, OUTCOME_IDS, PRO_NAMESPACE, ROLES } from './types';
import { questionMap } from './validate-flow';
import { LANGUAGES_FILE, languagesSchema } from './schema';
import { formatPath, type Report } from './validate-report';

export type LocaleTexts = Record<string, Record<string, unknown>>;

export { NAMESPACES };
export const PAGES = ['start', 'safety'] as const;
/** The professionals' pages, beside their other wording (types.ts, PRO_NAMESPACE). */
export const PRO_PAGES = ['interview'] as const;
/** Placeholders the professionals' parts fill in as they show (the checklist's count and result). */
const PRO_VALUES = ['answered', 'total', 'outcome'];

const ALLOWED_NUMBERS = /§ 25[78]/g;

/**
 * Whether a text has a phone number or another long number typed in. Digits in groups split by
 * single spaces ("22 33 11 60") count as one number; "§ 257" and "§ 258" are allowed.
 */
export function typesNumber(text: string): boolean {
  const rest = text
    .replace(ALLOWED_NUMBERS, '')
    .replace(/\{\{[^}]*\}\}/g, '')
    .replace(/(\d) (?=\d)/g, '$1');
  return /\d{3,}/.test(rest);
}

/** locales/languages.json: one entry per language the app ships, in the same order, each browser code once. */
export function checkLanguages(json: unknown, problem: Report) {
  const result = languagesSchema.safeParse(json);
  if (!result.success) {
    for (const issue of result.error.issues) problem(LANGUAGES_FILE, formatPath(issue.path), issue.message);
    return;
  }
  const file = result.data;
  const codes = file.languages.map((l) => l.code);
  if (codes.join() !== LANGUAGES.join())
    problem(LANGUAGES_FILE, 'languages', `must list exactly the app's languages, in order: ${LANGUAGES.join(', ')} (found ${codes.join(', ')})`);
  if (file.default !== LANGUAGES[0]) problem(LANGUAGES_FILE, 'default', `must be "${LANGUAGES[0]}", the first language`);
  const claimed = new Map<string, string>();
  file.languages.forEach((l, i) =>
    l.browser.forEach((b, j) => {
      if (claimed.has(b)) problem(LANGUAGES_FILE, `languages[${i}].browser[${j}]`, `browser code "${b}" is already claimed by "${claimed.get(b)}"`);
      else claimed.set(b, l.code);
    }),
  );
}

export function checkLocales(bundle: FlowBundle, locales: Record<string, LocaleTexts>, problem: Report) {
  const placeholders = new Set([...Object.keys(PHONE_PLACEHOLDERS), ...bundle.facts.facts.map((f) => f.id)]);
  const questions = [...questionMap(bundle).values()];
  const groups = bundle.screening.nodes.filter((n) => n.kind === 'group');
  const contactIds = bundle.contacts.contacts.map((c) => c.id);
  const outcomeIds = [...OUTCOME_IDS];

  for (const lang of LANGUAGES) {
    const texts = locales[lang];
    const fileOf = (ns: string) => `locales/${lang}/${ns}.json`;
    const missing = (ns: string, path: string) => problem(fileOf(ns), path, `missing translation (${lang})`);

    // Every string: only known placeholders, and no facts typed in.
    for (const [ns, tree] of Object.entries(texts)) {
      walkStrings(tree, [], (value, path) => {
        for (const m of value.matchAll(/\{\{\s*([^}\s]+)\s*\}\}/g)) {
          const known = placeholders.has(m[1]) || (ns === PRO_NAMESPACE && PRO_VALUES.includes(m[1]));
          if (!known && ns !== 'ui') problem(fileOf(ns), formatPath(path), `unknown placeholder {{${m[1]}}}`);
        }
        if (typesNumber(value)) {
          problem(
            fileOf(ns),
            formatPath(path),
            'a number is typed into the text: phone numbers and facts come from data through a {{placeholder}}',
          );
        }
      });
    }

    const q = texts.questions;
    if (q) {
      for (const question of questions) {
        const entry = q[question.id];
        if (!isObject(entry)) {
          missing('questions', question.id);
          continue;
        }
        expectRoleText(entry.title, `${question.id}.title`, 'questions');
        expectText(entry.short, `${question.id}.short`, 'questions');
        if (entry.hint !== undefined) expectRoleText(entry.hint, `${question.id}.hint`, 'questions');
        // For a possible child a question may ask what happens rather than whether force is used.
        if (entry.child !== undefined) {
          if (!isObject(entry.child)) problem(fileOf('questions'), `${question.id}.child`, 'must be { "title", "hint"? }');
          else {
            expectRoleText(entry.child.title, `${question.id}.child.title`, 'questions');
            if (entry.child.hint !== undefined) expectRoleText(entry.child.hint, `${question.id}.child.hint`, 'questions');
          }
        }
        if (question.kind !== 'indicator') {
          const options = isObject(entry.options) ? entry.options : undefined;
          for (const v of optionsOf(question)) {
            if (!options || options[v] === undefined) missing('questions', `${question.id}.options.${v}`);
            else expectRoleText(options[v], `${question.id}.options.${v}`, 'questions');
          }
        }
      }
      // A group screen has its own heading, and a short name for the check-answers page.
      for (const group of groups) {
        const entry = q[group.id];
        if (!isObject(entry)) {
          missing('questions', group.id);
          continue;
        }
        expectRoleText(entry.title, `${group.id}.title`, 'questions');
        expectText(entry.short, `${group.id}.short`, 'questions');
        if (entry.hint !== undefined) expectRoleText(entry.hint, `${group.id}.hint`, 'questions');
      }
      unknownKeys(
        'questions',
        q,
        [...questions.map((x) => x.id), ...groups.map((g) => g.id)],
        'no such question in flows/screening.json',
      );
    }
    const s = texts.signs;
    if (s) {
      const dims = isObject(s.dimensions) ? s.dimensions : undefined;
      for (const d of ['1', '2', '3', '4', '5', '6']) {
        const entry = dims?.[d];
        if (!isObject(entry)) missing('signs', `dimensions.${d}`);
        else {
          expectText(entry.name, `dimensions.${d}.name`, 'signs');
          expectRoleText(entry.why, `dimensions.${d}.why`, 'signs');
        }
      }
    }
    // Files of entries keyed by an id from the data, each entry with fields of a known shape.
    const expectField = { text: expectText, roleText: expectRoleText, roleBlocks: expectRoleBlocks };
    const entryFiles: { ns: string; ids: readonly string[]; fields: Record<string, keyof typeof expectField>; unknown?: string }[] = [
      { ns: 'outcomes', ids: outcomeIds, fields: { title: 'roleText', lead: 'roleText', steps: 'roleBlocks' }, unknown: 'no such outcome' },
      {
        ns: 'contacts',
        ids: contactIds,
        fields: { name: 'text', helpsWith: 'text' },
        unknown: 'no such contact in flows/contacts/no.json',
      },
      { ns: 'guidance', ids: GUIDANCE_IDS, fields: { title: 'text', body: 'roleBlocks' }, unknown: 'no such guidance topic' },
      { ns: 'pages', ids: PAGES, fields: { title: 'text', body: 'roleBlocks' } },
      { ns: PRO_NAMESPACE, ids: PRO_PAGES, fields: { title: 'text', body: 'roleBlocks' } },
    ];
    for (const { ns, ids, fields, unknown } of entryFiles) {
      const tree = texts[ns];
      if (!tree) continue;
      for (const id of ids) {
        const entry = tree[id];
        if (!isObject(entry)) missing(ns, id);
        else for (const [field, shape] of Object.entries(fields)) expectField[shape](entry[field], `${id}.${field}`, ns);
      }
      if (unknown) unknownKeys(ns, tree, [...ids], unknown);
    }

    function expectText(value: unknown, path: string, ns: string) {
      if (value === undefined) missing(ns, path);
      else if (typeof value !== 'string' || value.trim() === '') problem(fileOf(ns), path, 'must be a non-empty text');
    }
    function expectRoleText(value: unknown, path: string, ns: string) {
      if (isObject(value)) {
        for (const role of ROLES) expectText(value[role], `${path}.${role}`, ns);
        for (const key of Object.keys(value))
          if (!(ROLES as readonly string[]).includes(key))
            problem(fileOf(ns), `${path}.${key}`, `unknown role "${key}" (roles: ${ROLES.join(', ')})`);
      } else expectText(value, path, ns);
    }
    function expectBlocks(value: unknown, path: string, ns: string) {
      if (!Array.isArray(value) || value.length === 0)
        return problem(fileOf(ns), path, value === undefined ? `missing translation (${lang})` : 'must be a non-empty list of paragraphs');
      value.forEach((block, i) => {
        if (typeof block === 'string') expectText(block, `${path}[${i}]`, ns);
        else if (isObject(block) && Array.isArray(block.list))
          block.list.forEach((item, j) => expectText(item, `${path}[${i}].list[${j}]`, ns));
        else if (isObject(block) && typeof block.heading === 'string') expectText(block.heading, `${path}[${i}].heading`, ns);
        else problem(fileOf(ns), `${path}[${i}]`, 'must be a paragraph, { "list": [...] } or { "heading": "..." }');
      });
    }
    function expectRoleBlocks(value: unknown, path: string, ns: string) {
      if (isObject(value)) for (const role of ROLES) expectBlocks(value[role], `${path}.${role}`, ns);
      else expectBlocks(value, path, ns);
    }
    function unknownKeys(ns: string, tree: Record<string, unknown>, known: string[], why: string) {
      for (const key of Object.keys(tree)) if (!known.includes(key)) problem(fileOf(ns), key, `unknown key "${key}": ${why}`);
    }
  }

  // ui.json has no data to be derived from: every key in one language must be in every other.
  const [first, ...rest] = LANGUAGES;
  for (const other of rest) {
    for (const ns of NAMESPACES) {
      const a = locales[first][ns];
      const b = locales[other][ns];
      if (!a || !b) continue;
      const keysA = pluralFree(leafKeys(a));
      const keysB = pluralFree(leafKeys(b));
      for (const key of keysA)
        if (!keysB.has(key)) problem(`locales/${other}/${ns}.json`, key, `missing translation (${other}): "${key}" is in ${first}`);
      for (const key of keysB)
        if (!keysA.has(key)) problem(`locales/${first}/${ns}.json`, key, `missing translation (${first}): "${key}" is in ${other}`);
      // Languages differ in their plural forms (i18next suffixes); each needs at least "_other".
      for (const key of leafKeys(b))
        if (PLURAL.test(key) && !leafKeys(b).has(key.replace(PLURAL, '_other')))
          problem(`locales/${other}/${ns}.json`, key, `plural "${key.replace(PLURAL, '')}" has no "_other" form`);
    }
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function walkStrings(value: unknown, path: PropertyKey[], visit: (s: string, path: PropertyKey[]) => void) {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) value.forEach((v, i) => walkStrings(v, [...path, i], visit));
  else if (isObject(value)) for (const [k, v] of Object.entries(value)) walkStrings(v, [...path, k], visit);
}

const leafCache = new WeakMap<object, Set<string>>();
/** Paths of the leaves of a locale tree; array items are one leaf, as lists may differ in length. */
function leafKeys(tree: Record<string, unknown>): Set<string> {
  const cached = leafCache.get(tree);
  if (cached) return cached;
  const keys = new Set<string>();
  const walk = (v: unknown, path: string) => {
    if (isObject(v)) for (const [k, child] of Object.entries(v)) walk(child, path ? `${path}.${k}` : k);
    else keys.add(path);
  };
  walk(tree, '');
  leafCache.set(tree, keys);
  return keys;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
/** Leaf keys with plural suffixes folded into one key. */
function pluralFree(keys: Set<string>): Set<string> {
  return new Set([...keys].map((k) => k.replace(PLURAL, '')));
}
