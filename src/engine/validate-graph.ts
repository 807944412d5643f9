/** Reachability and cycles, over the same graph the machine is compiled from. */
import { edgesOf, nodeMap, outcomeNodes } from './flow';
import { FLOW_FILES } from './schema';
import type { FlowBundle } from './types';
import { ASSESSED_OUTCOMES, OUTCOME_IDS } from './types';
import type { Report } from './validate-report';

export function checkGraph(bundle: FlowBundle, problem: Report) {
  const file = FLOW_FILES.screening.file;
  const flow = bundle.screening;
  const nodes = nodeMap(flow);
  const indexOf = new Map(flow.nodes.map((n, i) => [n.id, i]));
  const targets = outcomeNodes(flow);
  for (const outcome of OUTCOME_IDS) {
    if (!targets.has(outcome)) problem(file, 'nodes', `outcome "${outcome}" has no outcome node`);
  }
  const assessedTargets = ASSESSED_OUTCOMES.map((o) => targets.get(o)).filter((x): x is string => !!x);

  const out = new Map<string, string[]>();
  for (const e of edgesOf(flow, assessedTargets)) if (nodes.has(e.to)) out.set(e.from, [...(out.get(e.from) ?? []), e.to]);

  const reached = new Set<string>();
  const stack = nodes.has(flow.start) ? [flow.start] : [];
  while (stack.length) {
    const id = stack.pop()!;
    if (reached.has(id)) continue;
    reached.add(id);
    stack.push(...(out.get(id) ?? []));
  }
  flow.nodes.forEach((node, i) => {
    if (nodes.has(flow.start) && !reached.has(node.id)) problem(file, `nodes[${i}]`, `node "${node.id}" cannot be reached from "${flow.start}"`);
  });

  const state = new Map<string, 'open' | 'done'>();
  const trail: string[] = [];
  const reported = new Set<string>();
  const visit = (id: string) => {
    state.set(id, 'open');
    trail.push(id);
    for (const to of out.get(id) ?? []) {
      if (state.get(to) === 'open') {
        const cycle = [...trail.slice(trail.indexOf(to)), to];
        const key = [...cycle].sort().join();
        if (!reported.has(key)) {
          reported.add(key);
          problem(file, `nodes[${indexOf.get(to)}]`, `cycle: ${cycle.join(' → ')}`);
        }
      } else if (!state.has(to)) visit(to);
    }
    trail.pop();
    state.set(id, 'done');
  };
  for (const node of flow.nodes) if (!state.has(node.id)) visit(node.id);
}
