/**
 * LIX (läsbarhetsindex, Björnsson 1968), a readability index for Scandinavian text:
 *
 *   LIX = words / sentences + 100 × long words / words
 *
 * where a long word has more than six letters. Under 30 is very easy (children's books), 30–40
 * easy (fiction, popular press), 40–50 medium (newspapers), 50–60 hard, over 60 very hard.
 * Pure: no I/O. scripts/flows-check.ts prints it for the nb "self" texts (docs/content-guide.md).
 */

export interface LixResult {
  words: number;
  sentences: number;
  longWords: number;
  /** The index, or 0 for a text with no words. */
  lix: number;
}

/** A {{placeholder}} reads as one short word (a number or a name). */
const PLACEHOLDER = /\{\{[^}]*\}\}/g;
/** Letters and digits, joined by inner hyphens or apostrophes ("ID-kortet", "don't"). */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
/** The end of a sentence: a full stop, colon, question or exclamation mark, or an ellipsis, then a space or the end. */
const SENTENCE_END = /[.:!?…]+(?=\s|$|["»”)])/g;
const LETTER = /\p{L}/gu;

/** Counts for one text or several; each text ends a sentence even without a full stop (a list item, a heading). */
export function lixCounts(texts: string | readonly string[]): Omit<LixResult, 'lix'> {
  let words = 0;
  let sentences = 0;
  let longWords = 0;
  for (const raw of typeof texts === 'string' ? [texts] : texts) {
    const text = raw.replace(PLACEHOLDER, '0').trim();
    const found = text.match(WORD) ?? [];
    if (found.length === 0) continue;
    words += found.length;
    longWords += found.filter((w) => (w.match(LETTER) ?? []).length > 6).length;
    const ends = text.match(SENTENCE_END)?.length ?? 0;
    // The last sentence has no full stop in a list item or a label.
    sentences += ends + (/[.:!?…]["»”)]*$/.test(text) ? 0 : 1);
  }
  return { words, sentences, longWords };
}

export function lixOf(counts: Omit<LixResult, 'lix'>): number {
  if (counts.words === 0) return 0;
  return counts.words / Math.max(1, counts.sentences) + (100 * counts.longWords) / counts.words;
}

/** The LIX of one text, or of several texts read together. */
export function lix(texts: string | readonly string[]): LixResult {
  const counts = lixCounts(texts);
  return { ...counts, lix: lixOf(counts) };
}

const ROLE_KEYS = ['self', 'other', 'professional'];

function isRoleObject(value: unknown): value is Record<'self' | 'other' | 'professional', unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === ROLE_KEYS.length && ROLE_KEYS.every((k) => keys.includes(k));
}

/**
 * Every string a person asking for themselves can see in a locale tree: a role text or role blocks
 * give their `self` variant; plain texts are taken as they are. `skip` leaves out subtrees by their
 * top-level key (texts shown to professionals only).
 */
export function selfTexts(tree: unknown, skip: readonly string[] = []): string[] {
  const out: string[] = [];
  const walk = (value: unknown, depth: number) => {
    if (typeof value === 'string') out.push(value);
    else if (Array.isArray(value)) value.forEach((v) => walk(v, depth + 1));
    else if (isRoleObject(value)) walk(value.self, depth + 1);
    else if (typeof value === 'object' && value !== null) {
      for (const [key, child] of Object.entries(value)) {
        if (depth === 0 && skip.includes(key)) continue;
        walk(child, depth + 1);
      }
    }
  };
  walk(tree, 0);
  return out;
}
