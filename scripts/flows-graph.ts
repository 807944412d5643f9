/** npm run flows:graph — writes docs/flow.md, a Mermaid diagram of the flow. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { flowDocument } from '../src/engine/mermaid';
import { checkProject } from '../src/engine/validate';
import { readProjectFiles, ROOT } from './lib/project-files';

const result = checkProject(readProjectFiles());
if (!result.bundle) {
  for (const p of result.problems) console.error(`error    ${p.file}  ${p.path}  ${p.message}`);
  process.exit(1);
}
const file = join(ROOT, 'docs', 'flow.md');
writeFileSync(file, flowDocument(result.bundle));
console.log(`flows:graph wrote ${file}`);
