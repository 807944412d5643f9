/**
 * Answers left behind by Change or Back never open, skip or score anything: after either, the
 * answers kept are those a fresh walk with them would keep, and the outcome is the same.
 */
import { describe, expect, it } from 'vitest';
import { answersBefore, at, judge, nodes, screenAnswer, walk, type ScreeningActor } from '../fixtures/project';

const adult = { role: 'self', 'immediate-danger': 'no', 'under-18': 'no', citizenship: 'norway' };
/** Made to sell sex, nothing else: forcedInto alone makes trafficking-signs. */
const forcedSex = { ...adult, purpose: ['sex'], 'forced-sex': 'yes' };

const answerHere = (actor: ScreeningActor, answers: Record<string, string | string[]>) =>
  actor.send({ type: 'ANSWER', value: screenAnswer(nodes.get(at(actor))!, answers, answersBefore(actor))! });

describe('stale answers during Change / Back', () => {
  it('the starting point: made to sell sex is trafficking-signs, and with purpose work forced-sex is not asked', () => {
    const { answers } = walk(forcedSex);
    expect(judge(answers).outcome).toBe('trafficking-signs');
    const work = walk({ ...forcedSex, purpose: ['work'] });
    expect(work.answers).not.toHaveProperty('forced-sex');
    expect(judge(work.answers).outcome).toBe('no-clear-signs');
  });

  // A group screen passed over during Change keeps only the answers it still shows.
  it('changing purpose from [sex] to [work] drops the forced-sex answer the signs-control screen no longer shows', () => {
    const { actor } = walk(forcedSex);
    expect(at(actor)).toBe('check-answers');
    actor.send({ type: 'CHANGE', question: 'about' });
    actor.send({ type: 'ANSWER', value: { 'under-18': 'no', purpose: ['work'] } });
    expect(at(actor)).toBe('signs-work');
    answerHere(actor, {});
    expect(at(actor)).toBe('check-answers');
    const settled = actor.getSnapshot().context.answers;
    expect(settled).not.toHaveProperty('forced-sex');
    // With forced-sex gone there is no sign: a fresh walk with these answers asks no sign screen more.
    const fresh = walk(settled);
    expect(fresh.node).toBe('check-answers');
    expect(Object.keys(settled).sort()).toEqual(Object.keys(fresh.answers).sort());
    expect(judge(settled).outcome).toBe(judge(fresh.answers).outcome);
  });

  it('going Back to the about screen and choosing [work] drops forced-sex and the screens it opened', () => {
    const { actor } = walk(forcedSex);
    while (at(actor) !== 'about') actor.send({ type: 'BACK' });
    actor.send({ type: 'ANSWER', value: { 'under-18': 'no', purpose: ['work'] } });
    const rest = walk({ ...adult, purpose: ['work'] }, { actor });
    expect(rest.visited).toEqual(['signs-work', 'signs-control', 'check-answers']);
    expect(rest.answers).not.toHaveProperty('forced-sex');
    expect(rest.answers).not.toHaveProperty('citizenship');
    actor.send({ type: 'NEXT' });
    expect(at(actor)).toBe('no-clear-signs');
  });
});
