/**
 * npm run flows:check — validates flows/ and locales/ together, prints every problem with file and
 * path, warns about contacts not verified for 12 months, and prints the size of the flow.
 * Exits 1 on any problem.
 */
import { checkProject } from '../src/engine/validate';
import { overBudget, pathStats, SCREEN_BUDGET } from '../src/engine/paths';
import { readProjectFiles } from './lib/project-files';
import { lix, selfTexts } from '../src/engine/lix';
import { LANGUAGES_FILE } from '../src/engine/schema';
import { NAMESPACES, type LanguagesFile } from '../src/engine/types';

const files = readProjectFiles();
const result = checkProject(files);

for (const w of result.warnings) console.warn(`warning  ${w.file}  ${w.path}  ${w.message}`);
if (result.problems.length > 0) {
  for (const p of result.problems) console.error(`error    ${p.file}  ${p.path}  ${p.message}`);
  console.error(`\nflows:check found ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}.`);
  process.exit(1);
}

const stats = pathStats(result.bundle!);
console.log('flows:check passed.');
console.log(`  nodes: ${stats.nodes}`);
console.log(`  paths (distinct sequences of screens from the start to check-answers or the emergency outcome): ${stats.paths}`);
console.log(`  screens answered per path: shortest ${stats.shortestQuestions}, median ${stats.medianQuestions}, longest ${stats.longestQuestions}`);
console.log('  Continue presses from the start page to the outcome, by role (budget for self and other: ' +
  `no signs ≤ ${SCREEN_BUDGET.noSigns}, with signs median ≤ ${SCREEN_BUDGET.medianWithSigns} and longest ≤ ${SCREEN_BUDGET.longestWithSigns}):`);
for (const [role, s] of Object.entries(stats.screensByRole)) {
  console.log(`    ${role.padEnd(13)} no signs ${s.noSigns}; with signs median ${s.medianWithSigns}, longest ${s.longestWithSigns} (${s.paths} paths)`);
}
// Readability: the LIX of the nb texts a person asking for themselves reads, per namespace (role
// texts give their "self" variant; pro.json and the checklist offer in ui.json are for professionals
// only). Each must stay under LIX_LIMIT (docs/content-guide.md, "Plain words").
{
  const LIX_LIMIT = 30;
  const skip: Record<string, string[]> = { ui: ['frontline'] };
  console.log(`  LIX of the nb "self" texts (must be under ${LIX_LIMIT}):`);
  for (const ns of ['questions', 'outcomes', 'guidance', 'pages', 'signs', 'ui']) {
    const raw = files[`locales/nb/${ns}.json`];
    if (raw === undefined) continue;
    const r = lix(selfTexts(JSON.parse(raw), skip[ns] ?? []));
    const line = `    ${ns.padEnd(10)} ${r.lix.toFixed(1)}  (${r.words} words, ${r.sentences} sentences, ${r.longWords} long words)`;
    if (r.lix >= LIX_LIMIT) {
      console.error(`${line}  error: LIX ${r.lix.toFixed(1)} is ${LIX_LIMIT} or more`);
      process.exitCode = 1;
    } else console.log(line);
  }
}

const over = overBudget(stats);
if (over.length > 0) {
  for (const line of over) console.error(`  error: over the screen budget: ${line}`);
  process.exit(1);
}

// Languages and how their texts came to be (locales/languages.json): said honestly, here and on
// each machine-translated language's start page.
{
  const { languages } = JSON.parse(files[LANGUAGES_FILE]!) as LanguagesFile;
  const keysOf = (lang: string) =>
    NAMESPACES.reduce((n, ns) => n + countLeaves(JSON.parse(files[`locales/${lang}/${ns}.json`] ?? '{}')), 0);
  console.log('  languages (code, name, direction, keys, translation):');
  for (const l of languages) {
    const t = l.translation;
    const status =
      t.status === 'original' ? 'written in it' : t.status === 'machine' ? `machine-translated from ${t.from} on ${t.on}, not yet checked by a native speaker` : `reviewed on ${t.on} by ${t.reviewer}`;
    console.log(`    ${l.code.padEnd(3)} ${l.name.padEnd(20)} ${l.dir}  ${String(keysOf(l.code)).padStart(4)} keys  ${status}`);
  }
}

function countLeaves(tree: unknown): number {
  if (tree && typeof tree === 'object' && !Array.isArray(tree)) return Object.values(tree).reduce((n: number, v) => n + countLeaves(v), 0);
  return 1;
}
