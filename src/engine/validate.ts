/**
 * Checks the flow files and the locales together and reports every problem at once, each with the
 * file, the path inside it and a plain message. Used by `npm run flows:check`, by the build (the
 * Vite plugin in vite.config.ts) and by the tests. Pure: it is handed file texts, it reads nothing.
 */
import type { z } from 'zod';
import { referencedQuestions } from './conditions';
import { edgesOf, isQuestion, nodeMap, optionsOf, outcomeNodes } from './flow';
import { PHONE_PLACEHOLDERS } from './placeholders';
import { FLOW_FILES } from './schema';
import type { Condition, FlowBundle, FlowNode } from './types';
import { ASSESSED_OUTCOMES, GUIDANCE_IDS, LANGUAGES, OUTCOME_IDS, ROLES } from './types';

export { LANGUAGES };

export interface Problem {
  file: string;
  path: string;
  message: string;
}

export type LocaleTexts = Record<string, Record<string, unknown>>;

export interface CheckResult {
  problems: Problem[];
  warnings: Problem[];
  bundle?: FlowBundle;
  locales?: Record<string, LocaleTexts>;
}

export const NAMESPACES = ['ui', 'questions', 'signs', 'outcomes', 'contacts', 'guidance', 'pages'] as const;
export const PAGES = ['start', 'safety', 'interview'] as const;

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out === '' ? String(part) : `.${String(part)}`;
  return out || '(top level)';
}

/**
 * @param files file path (relative to the project root, like "flows/screening.json") → file text
 * @param today for the age of `verifiedOn` dates
 */
export function checkProject(files: Readonly<Record<string, string | undefined>>, today = new Date()): CheckResult {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const problem = (file: string, path: string, message: string) => problems.push({ file, path, message });

  const parsed: Partial<Record<keyof typeof FLOW_FILES, unknown>> = {};
  for (const [key, { file, schema }] of Object.entries(FLOW_FILES) as [keyof typeof FLOW_FILES, { file: string; schema: z.ZodType }][]) {
    const json = parseJson(files, file, problem);
    if (json === undefined) continue;
    const result = schema.safeParse(json);
    if (!result.success) {
      for (const issue of result.error.issues) problem(file, formatPath(issue.path), issue.message);
      continue;
    }
    parsed[key] = result.data;
  }
  const complete = Object.keys(FLOW_FILES).every((k) => parsed[k as keyof typeof FLOW_FILES] !== undefined);
  if (!complete) return { problems, warnings };
  const bundle = parsed as FlowBundle;

  checkIndicators(bundle, problem);
  const questionNodes = new Map(bundle.screening.nodes.filter(isQuestion).map((n) => [n.id, n]));
  checkCondition(bundle.scoring.possibleChild, 'possibleChild', FLOW_FILES.scoring.file, questionNodes, {}, problem);
  checkScreening(bundle, problem);
  checkOutcomes(bundle, problem);
  checkContacts(bundle, problem, (w) => warnings.push(w), today);

  const locales: Record<string, LocaleTexts> = {};
  for (const lang of LANGUAGES) {
    locales[lang] = {};
    for (const ns of NAMESPACES) {
      const json = parseJson(files, `locales/${lang}/${ns}.json`, problem);
      if (json !== undefined && (typeof json !== 'object' || json === null || Array.isArray(json))) {
        problem(`locales/${lang}/${ns}.json`, '(top level)', 'must be an object of keys');
      } else if (json !== undefined) {
        locales[lang][ns] = json as Record<string, unknown>;
      }
    }
  }
  checkLocales(bundle, locales, problem);

  return problems.length === 0 ? { problems, warnings, bundle, locales } : { problems, warnings };
}

function parseJson(
  files: Readonly<Record<string, string | undefined>>,
  file: string,
  problem: (f: string, p: string, m: string) => void,
): unknown {
  const text = files[file];
  if (text === undefined) {
    problem(file, '(file)', 'is missing');
    return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    problem(file, '(file)', `is not valid JSON: ${(error as Error).message}`);
    return undefined;
  }
}

type Report = (file: string, path: string, message: string) => void;

function checkIndicators(bundle: FlowBundle, problem: Report) {
  const file = FLOW_FILES.indicators.file;
  const seen = new Map<string, number>();
  bundle.indicators.indicators.forEach((indicator, i) => {
    if (seen.has(indicator.id))
      problem(file, `indicators[${i}].id`, `duplicate id "${indicator.id}" (also at indicators[${seen.get(indicator.id)}])`);
    else seen.set(indicator.id, i);
  });
  const asked = new Set(bundle.screening.nodes.filter((n) => n.kind === 'indicator').map((n) => n.id));
  bundle.indicators.indicators.forEach((indicator, i) => {
    if (!asked.has(indicator.id))
      problem(file, `indicators[${i}]`, `indicator "${indicator.id}" is never asked: no indicator node in flows/screening.json`);
  });
}

/** Checks a condition's question ids, answer values and refs. */
function checkCondition(
  condition: Condition,
  path: string,
  file: string,
  questions: Map<string, FlowNode>,
  named: Record<string, Condition>,
  problem: Report,
) {
  if ('ref' in condition) {
    if (!(condition.ref in named)) problem(file, `${path}.ref`, `unknown condition "${condition.ref}"`);
    return;
  }
  if ('all' in condition) return condition.all.forEach((c, i) => checkCondition(c, `${path}.all[${i}]`, file, questions, named, problem));
  if ('any' in condition) return condition.any.forEach((c, i) => checkCondition(c, `${path}.any[${i}]`, file, questions, named, problem));
  if ('not' in condition) return checkCondition(condition.not, `${path}.not`, file, questions, named, problem);
  const ids = typeof condition.answer === 'string' ? [condition.answer] : condition.answer;
  ids.forEach((q, i) => {
    const at = typeof condition.answer === 'string' ? `${path}.answer` : `${path}.answer[${i}]`;
    const node = questions.get(q);
    if (!node) return problem(file, at, `unknown question "${q}"`);
    condition.in.forEach((v, j) => {
      if (!optionsOf(node).includes(v))
        problem(file, `${path}.in[${j}]`, `"${v}" is not an answer to "${q}" (answers: ${optionsOf(node).join(', ')})`);
    });
  });
}

function checkScreening(bundle: FlowBundle, problem: Report) {
  const file = FLOW_FILES.screening.file;
  const flow = bundle.screening;
  const nodes = nodeMap(flow);
  const questions = new Map(flow.nodes.filter(isQuestion).map((n) => [n.id, n]));
  const named = flow.conditions ?? {};
  const indicatorIds = new Set(bundle.indicators.indicators.map((i) => i.id));

  const firstAt = new Map<string, number>();
  flow.nodes.forEach((node, i) => {
    if (firstAt.has(node.id)) problem(file, `nodes[${i}].id`, `duplicate id "${node.id}" (also at nodes[${firstAt.get(node.id)}])`);
    else firstAt.set(node.id, i);
  });
  if (!nodes.has(flow.start)) problem(file, 'start', `unknown node "${flow.start}"`);

  Object.entries(named).forEach(([name, c]) => checkCondition(c, `conditions.${name}`, file, questions, named, problem));

  flow.nodes.forEach((node, i) => {
    const at = `nodes[${i}]`;
    const known = (target: string | undefined, path: string) => {
      if (target !== undefined && !nodes.has(target)) problem(file, `${at}.${path}`, `unknown node "${target}"`);
    };
    known(node.next, 'next');
    known(node.resume, 'resume');
    node.offers?.forEach((o, j) => {
      known(o.to, `offers[${j}].to`);
      if (o.withAnswer && !isQuestion(node)) problem(file, `${at}.offers[${j}].withAnswer`, 'only a question can be left with its answer');
      if (o.when) checkCondition(o.when, `${at}.offers[${j}].when`, file, questions, named, problem);
    });
    node.routes?.forEach((r, j) => {
      known(r.to, `routes[${j}].to`);
      checkCondition(r.when, `${at}.routes[${j}].when`, file, questions, named, problem);
    });
    if (node.askIf) {
      checkCondition(node.askIf, `${at}.askIf`, file, questions, named, problem);
      if (referencedQuestions(node.askIf, named).includes(node.id))
        problem(file, `${at}.askIf`, 'a question cannot depend on its own answer');
      if (!node.next) problem(file, `${at}.askIf`, 'a question asked only sometimes needs a "next" to go on to when it is not asked');
    }
    if ((node.kind === 'single' || node.kind === 'multiple') && !node.options)
      problem(file, `${at}.options`, `a ${node.kind} question needs options`);
    if (node.kind === 'indicator') {
      if (node.options) problem(file, `${at}.options`, 'indicator questions always take yes / no / unsure; remove options');
      if (!indicatorIds.has(node.id)) problem(file, `${at}.id`, `no indicator "${node.id}" in flows/indicators.json`);
    }
    if (node.kind === 'outcome') {
      if (!node.outcome) problem(file, `${at}.outcome`, 'an outcome node needs an outcome id');
      if (node.next || node.routes) problem(file, at, 'an outcome node ends the flow: use "resume" to go on from it');
    } else if (node.kind !== 'check' && node.kind !== 'checklist' && !node.next && !node.routes?.length) {
      problem(file, at, `node "${node.id}" has no way out (no "next" and no routes)`);
    }
    if (node.kind !== 'outcome' && (node.outcome || node.resume)) problem(file, at, '"outcome" and "resume" belong on outcome nodes');
    if ((node.kind === 'check' || node.kind === 'checklist') && (node.next || node.routes)) {
      problem(file, at, `a ${node.kind} node leads to the assessed outcomes: remove "next" and "routes"`);
    }
  });

  const checks = flow.nodes.filter((n) => n.kind === 'check');
  if (checks.length !== 1) problem(file, 'nodes', `the flow needs exactly one check-answers node (kind "check"), found ${checks.length}`);
  const targets = outcomeNodes(flow);
  for (const outcome of OUTCOME_IDS) {
    if (!targets.has(outcome)) problem(file, 'nodes', `outcome "${outcome}" has no outcome node`);
  }
  const assessedTargets = ASSESSED_OUTCOMES.map((o) => targets.get(o)).filter((x): x is string => !!x);

  // Reachability and cycles, over the graph the machine is compiled from.
  const edges = edgesOf(flow, assessedTargets).filter((e) => nodes.has(e.to));
  const out = new Map<string, string[]>();
  for (const e of edges) out.set(e.from, [...(out.get(e.from) ?? []), e.to]);
  const reached = new Set<string>();
  const stack = nodes.has(flow.start) ? [flow.start] : [];
  while (stack.length) {
    const id = stack.pop()!;
    if (reached.has(id)) continue;
    reached.add(id);
    stack.push(...(out.get(id) ?? []));
  }
  flow.nodes.forEach((node, i) => {
    if (nodes.has(flow.start) && !reached.has(node.id))
      problem(file, `nodes[${i}]`, `node "${node.id}" cannot be reached from "${flow.start}"`);
  });
  const state = new Map<string, 'open' | 'done'>();
  const trail: string[] = [];
  const reportedCycles = new Set<string>();
  const visit = (id: string) => {
    state.set(id, 'open');
    trail.push(id);
    for (const to of out.get(id) ?? []) {
      if (state.get(to) === 'open') {
        const cycle = [...trail.slice(trail.indexOf(to)), to];
        const key = [...cycle].sort().join();
        if (!reportedCycles.has(key)) {
          reportedCycles.add(key);
          problem(file, `nodes[${firstAt.get(to)}]`, `cycle: ${cycle.join(' → ')}`);
        }
      } else if (!state.has(to)) visit(to);
    }
    trail.pop();
    state.set(id, 'done');
  };
  for (const node of flow.nodes) if (!state.has(node.id)) visit(node.id);
}

function checkOutcomes(bundle: FlowBundle, problem: Report) {
  const file = FLOW_FILES.outcomes.file;
  const questions = new Map(bundle.screening.nodes.filter(isQuestion).map((n) => [n.id, n]));
  const named = bundle.outcomes.conditions ?? {};
  const contactIds = new Set(bundle.contacts.contacts.map((c) => c.id));
  Object.entries(named).forEach(([name, c]) => checkCondition(c, `conditions.${name}`, file, questions, named, problem));
  for (const outcome of OUTCOME_IDS) {
    if (!bundle.outcomes.outcomes[outcome])
      problem(file, `outcomes.${outcome}`, `outcome "${outcome}" has no mapping to contacts and guidance`);
  }
  for (const [outcome, mapping] of Object.entries(bundle.outcomes.outcomes)) {
    const at = `outcomes.${outcome}`;
    if (!(OUTCOME_IDS as readonly string[]).includes(outcome))
      problem(file, at, `unknown outcome "${outcome}" (outcomes: ${OUTCOME_IDS.join(', ')})`);
    mapping.contacts.forEach((p, i) => {
      if (!contactIds.has(p.id)) problem(file, `${at}.contacts[${i}].id`, `unknown contact "${p.id}" (not in flows/contacts/no.json)`);
      if (p.when) checkCondition(p.when, `${at}.contacts[${i}].when`, file, questions, named, problem);
    });
    mapping.guidance.forEach((p, i) => {
      if (!(GUIDANCE_IDS as readonly string[]).includes(p.id)) problem(file, `${at}.guidance[${i}].id`, `unknown guidance topic "${p.id}"`);
      if (p.when) checkCondition(p.when, `${at}.guidance[${i}].when`, file, questions, named, problem);
    });
    checkChildBeforeRosa(
      mapping.contacts.map((p) => p.id),
      `${at}.contacts`,
      outcome === 'child-at-risk',
    );
  }
  bundle.outcomes.urgent.forEach((contact, i) => {
    if (!contactIds.has(contact)) problem(file, `urgent[${i}]`, `unknown contact "${contact}" (not in flows/contacts/no.json)`);
  });
  checkChildBeforeRosa(bundle.outcomes.urgent, 'urgent', false);

  /**
   * ROSA helps adults (18+). Wherever a list may be read by or for a child, the child helpline comes
   * before ROSA, and for a possible child ROSA never leads.
   */
  function checkChildBeforeRosa(ids: string[], at: string, forChild: boolean) {
    const rosa = ids.indexOf('no-rosa');
    const child = ids.indexOf('no-116111');
    if (rosa === -1) return;
    if (child === -1 ? forChild : child > rosa) {
      problem(file, `${at}[${rosa}]`, 'ROSA serves adults (18+): the child helpline (no-116111) must come before it');
    }
  }
}

const MONTH_MS = 30.44 * 24 * 3600 * 1000;

function checkContacts(bundle: FlowBundle, problem: Report, warn: (w: Problem) => void, today: Date) {
  const file = FLOW_FILES.contacts.file;
  const seen = new Map<string, number>();
  bundle.contacts.contacts.forEach((contact, i) => {
    if (seen.has(contact.id))
      problem(file, `contacts[${i}].id`, `duplicate id "${contact.id}" (also at contacts[${seen.get(contact.id)}])`);
    else seen.set(contact.id, i);
    if (!contact.phone && !contact.web) problem(file, `contacts[${i}]`, 'a contact needs a phone number or a web address');
    const verified = new Date(`${contact.verifiedOn}T00:00:00Z`);
    if (contact.sourceDate !== undefined) {
      const at = `contacts[${i}].sourceDate`;
      if (!isRealPartialDate(contact.sourceDate)) problem(file, at, `"${contact.sourceDate}" is not a real date`);
      else if (contact.sourceDate > contact.verifiedOn)
        problem(
          file,
          at,
          `"${contact.sourceDate}" is after verifiedOn (${contact.verifiedOn}): a source cannot be dated after it was checked`,
        );
    }
    if (contact.verified === 'partly' && !contact.unconfirmed)
      problem(file, `contacts[${i}].unconfirmed`, 'a partly verified contact must say what could not be checked ("hours", "current")');
    if (contact.verified === 'yes' && contact.unconfirmed)
      problem(file, `contacts[${i}].unconfirmed`, 'only a contact marked "verified": "partly" has parts that could not be checked');
    if (Number.isNaN(verified.getTime())) problem(file, `contacts[${i}].verifiedOn`, `"${contact.verifiedOn}" is not a real date`);
    else if (verified.getTime() > today.getTime() + 24 * 3600 * 1000)
      problem(file, `contacts[${i}].verifiedOn`, `"${contact.verifiedOn}" is in the future`);
    else if (today.getTime() - verified.getTime() > 12 * MONTH_MS) {
      warn({
        file,
        path: `contacts[${i}].verifiedOn`,
        message: `"${contact.id}" was last verified on ${contact.verifiedOn}, more than 12 months ago: check it again`,
      });
    }
  });
}

/** A YYYY, YYYY-MM or YYYY-MM-DD date that exists in the calendar. */
function isRealPartialDate(value: string): boolean {
  const [year, month = 1, day = 1] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

// ---- Locales ---------------------------------------------------------------------------------

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

function checkLocales(bundle: FlowBundle, locales: Record<string, LocaleTexts>, problem: Report) {
  const placeholders = new Set([...Object.keys(PHONE_PLACEHOLDERS), ...bundle.facts.facts.map((f) => f.id)]);
  const questionNodes = bundle.screening.nodes.filter(isQuestion);
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
          if (!placeholders.has(m[1]) && !(ns === 'ui')) problem(fileOf(ns), formatPath(path), `unknown placeholder {{${m[1]}}}`);
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
      for (const node of questionNodes) {
        const entry = q[node.id];
        if (!isObject(entry)) {
          missing('questions', node.id);
          continue;
        }
        expectRoleText(entry.title, `${node.id}.title`, 'questions');
        expectText(entry.short, `${node.id}.short`, 'questions');
        if (entry.hint !== undefined) expectRoleText(entry.hint, `${node.id}.hint`, 'questions');
        if (node.kind !== 'indicator') {
          const options = isObject(entry.options) ? entry.options : undefined;
          for (const v of optionsOf(node)) {
            if (!options || options[v] === undefined) missing('questions', `${node.id}.options.${v}`);
            else expectRoleText(options[v], `${node.id}.options.${v}`, 'questions');
          }
        }
      }
      unknownKeys(
        'questions',
        q,
        questionNodes.map((n) => n.id),
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
      for (const key of leafKeys(a))
        if (!leafKeys(b).has(key)) problem(`locales/${other}/${ns}.json`, key, `missing translation (${other}): "${key}" is in ${first}`);
      for (const key of leafKeys(b))
        if (!leafKeys(a).has(key)) problem(`locales/${first}/${ns}.json`, key, `missing translation (${first}): "${key}" is in ${other}`);
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
