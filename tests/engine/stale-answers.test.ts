import { describe, expect, it } from 'vitest';
import { allIndicators, at, judge, walk } from '../fixtures/project';

describe('stale answers during Change / Back', () => {
  it('changing purpose from [sex] to [work] does not keep follow-ups opened only by the dropped forced-sex answer', () => {
    const answers = allIndicators('no', {
      role: 'self',
      'immediate-danger': 'no',
      'under-18': 'no',
      purpose: ['sex'],
      'forced-sex': 'yes',
      violence: 'yes',
    });
    const { actor } = walk(answers);
    expect(at(actor)).toBe('check-answers');
    actor.send({ type: 'CHANGE', question: 'purpose' });
    actor.send({ type: 'ANSWER', value: ['work'] });
    expect(at(actor)).toBe('hazardous-work');
    actor.send({ type: 'ANSWER', value: 'no' });
    expect(at(actor)).toBe('check-answers');
    const settled = actor.getSnapshot().context.answers;
    expect(settled).not.toHaveProperty('forced-sex');
    // With forced-sex gone there is no coercion sign and no other sign: a fresh walk with these
    // answers goes fines → hazardous-work → check-answers, asking none of the follow-ups.
    const fresh = walk(settled);
    expect(fresh.node).toBe('check-answers');
    expect(Object.keys(settled).sort()).toEqual(Object.keys(fresh.answers).sort());
    expect(settled).not.toHaveProperty('violence');
    expect(judge(settled).outcome).toBe(judge(fresh.answers).outcome);
  });

  it('going Back to purpose and choosing [work] does not ask the follow-ups the dropped forced-sex answer opened', () => {
    const { actor } = walk(
      allIndicators('no', { role: 'self', 'immediate-danger': 'no', 'under-18': 'no', purpose: ['sex'], 'forced-sex': 'yes' }),
    );
    while (at(actor) !== 'purpose') actor.send({ type: 'BACK' });
    actor.send({ type: 'ANSWER', value: ['work'] });
    const rest = walk(allIndicators('no'), { actor });
    expect(rest.visited.slice(rest.visited.indexOf('fines'))).toEqual(['fines', 'hazardous-work', 'check-answers']);
  });
});
