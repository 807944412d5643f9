/**
 * npm run flows:check — validates flows/ and locales/ together, prints every problem with file and
 * path, warns about contacts not verified for 12 months, and prints the size of the flow.
 * Exits 1 on any problem.
 */
import { checkProject } from '../src/engine/validate';
import { pathStats } from '../src/engine/paths';
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
console.log(
  `  questions per path: shortest ${stats.shortestQuestions}, median ${stats.medianQuestions}, longest ${stats.longestQuestions}`,
);
console.log(
  `  someone with no signs answers ${stats.noSignsQuestions} questions at most; ${Math.round(stats.atMost15 * 100)}% of paths ask 15 or fewer`,
);
console.log('  (paths with signs ask the follow-ups that decide the outcome and the help shown, so they are longer and more numerous)');
if (stats.medianQuestions > 15) {
  console.warn(`  warning: the median path asks ${stats.medianQuestions} questions; the target is 15 or fewer`);
}
if (stats.longestQuestions > 30) {
  console.error(`  error: the longest path asks ${stats.longestQuestions} questions; at most 30 are allowed`);
  process.exit(1);
}
