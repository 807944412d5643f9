import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flowDocument } from '../../src/engine/mermaid';
import { checkProject } from '../../src/engine/validate';
import { readProjectFiles, ROOT } from '../../scripts/lib/project-files';

describe('docs/flow.md', () => {
  it('is the diagram of the current flow (run `npm run flows:graph` after changing flows/)', () => {
    const { bundle } = checkProject(readProjectFiles());
    expect(bundle).toBeDefined();
    expect(readFileSync(join(ROOT, 'docs', 'flow.md'), 'utf8')).toBe(flowDocument(bundle!));
  });

  it('draws every node, and assessment edges from check-answers and the checklist to the four scored outcomes', () => {
    const { bundle } = checkProject(readProjectFiles());
    const doc = flowDocument(bundle!);
    for (const node of bundle!.screening.nodes) expect(doc).toContain(node.id.replace(/-/g, '_'));
    for (const from of ['check_answers', 'checklist']) {
      for (const to of ['child_at_risk', 'trafficking_signs', 'exploitation_signs', 'no_clear_signs']) {
        expect(doc).toContain(`${from} -->|"assessment"| ${to}`);
      }
    }
    expect(doc.match(/\|"assessment"\|/g)).toHaveLength(8);
  });
});
