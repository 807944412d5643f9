/** The loaders of the texts' chunks, made at build time by scripts/lib/text-chunks.ts. */
declare module 'virtual:texts' {
  import type { Namespace } from '../engine/types';
  /** By "<lang>/<part>": fetches that chunk of a language's texts. */
  export const chunks: Record<string, (() => Promise<{ default: Record<string, Record<string, unknown>> }>) | undefined>;
  /** The part each namespace is in. */
  export const partOf: Record<Namespace, string>;
}
