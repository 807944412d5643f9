/**
 * npm run flows:check — validates flows/ and locales/ together, prints every problem with file and
 * path, warns about contacts not verified for 12 months, and prints the size of the flow.
 * Exits 1 on any problem.
 */
import { checkProject } from '../src/engine/validate';
import { overBudget, pathStats, SCREEN_BUDGET } from '../src/engine/paths';
import { readProjectFiles } from './lib/project-files';

const result = checkProject(readProjectFiles());

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
const over = overBudget(stats);
if (over.length > 0) {
  for (const line of over) console.error(`  error: over the screen budget: ${line}`);
  process.exit(1);
}
