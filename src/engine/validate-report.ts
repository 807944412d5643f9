/** What the checks report, and the helpers every check file shares. */
export interface Problem {
  file: string;
  path: string;
  message: string;
}

export type Report = (file: string, path: string, message: string) => void;

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out === '' ? String(part) : `.${String(part)}`;
  return out || '(top level)';
}

/** Reports each repeated id once, naming where it was first seen. */
export function checkUniqueIds(ids: readonly string[], file: string, pathOf: (i: number) => string, problem: Report) {
  const seen = new Map<string, number>();
  ids.forEach((id, i) => {
    if (seen.has(id)) problem(file, pathOf(i), `duplicate id "${id}" (also at ${pathOf(seen.get(id)!).replace(/\.id$/, '')})`);
    else seen.set(id, i);
  });
}
