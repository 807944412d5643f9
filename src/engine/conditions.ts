import type { Answers, Condition } from './types';

export type NamedConditions = Readonly<Record<string, Condition>>;

/**
 * Evaluates a condition over the answers. An unanswered question never matches, so a condition
 * about a question the person was not asked is simply false.
 */
export function evaluate(condition: Condition, answers: Answers, named: NamedConditions = {}): boolean {
  if ('ref' in condition) {
    const target = named[condition.ref];
    // The loader rejects unknown refs; at run time an unknown ref must not open a route.
    return target ? evaluate(target, answers, named) : false;
  }
  if ('all' in condition) return condition.all.every((c) => evaluate(c, answers, named));
  if ('any' in condition) return condition.any.some((c) => evaluate(c, answers, named));
  if ('not' in condition) return !evaluate(condition.not, answers, named);
  const questions = typeof condition.answer === 'string' ? [condition.answer] : condition.answer;
  return questions.some((q) => matches(answers[q], condition.in));
}

function matches(value: string | readonly string[] | undefined, accepted: readonly string[]): boolean {
  if (value === undefined) return false;
  if (typeof value === 'string') return accepted.includes(value);
  return value.some((v) => accepted.includes(v));
}

/** Every question id a condition looks at, following refs. */
export function referencedQuestions(condition: Condition, named: NamedConditions = {}, seen = new Set<string>()): string[] {
  if ('ref' in condition) {
    if (seen.has(condition.ref)) return [];
    seen.add(condition.ref);
    const target = named[condition.ref];
    return target ? referencedQuestions(target, named, seen) : [];
  }
  if ('all' in condition) return condition.all.flatMap((c) => referencedQuestions(c, named, seen));
  if ('any' in condition) return condition.any.flatMap((c) => referencedQuestions(c, named, seen));
  if ('not' in condition) return referencedQuestions(condition.not, named, seen);
  return typeof condition.answer === 'string' ? [condition.answer] : [...condition.answer];
}
