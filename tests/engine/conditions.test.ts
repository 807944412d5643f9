/**
 * evaluate() and referencedQuestions(): the conditions the flow data routes and refers by.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, referencedQuestions } from '../../src/engine/conditions';
import type { Answers, Condition } from '../../src/engine/types';
import { bundle } from '../fixtures/project';

const named: Record<string, Condition> = {
  child: { answer: 'under-18', in: ['yes', 'unsure'] },
  'child-or-sex': { any: [{ ref: 'child' }, { answer: 'purpose', in: ['sex'] }] },
  loop: { ref: 'loop-back' },
  'loop-back': { ref: 'loop' },
};

describe('evaluate', () => {
  it.each<[string, Condition, Answers, boolean]>([
    ['a single answer in the list', { answer: 'threats', in: ['yes', 'unsure'] }, { threats: 'unsure' }, true],
    ['a single answer not in the list', { answer: 'threats', in: ['yes'] }, { threats: 'no' }, false],
    ['an unanswered question never matches', { answer: 'threats', in: ['yes', 'no', 'unsure'] }, {}, false],
    ['a list answer matches when any value is in the list', { answer: 'purpose', in: ['work'] }, { purpose: ['sex', 'work'] }, true],
    ['a list answer with no value in the list', { answer: 'purpose', in: ['work'] }, { purpose: ['sex', 'begging'] }, false],
    [
      'several questions: any one answered in the list',
      { answer: ['fines', 'threats'], in: ['yes'] },
      { fines: 'no', threats: 'yes' },
      true,
    ],
    ['several questions: none in the list', { answer: ['fines', 'threats'], in: ['yes'] }, { fines: 'no' }, false],
    [
      'all: every part holds',
      {
        all: [
          { answer: 'a', in: ['1'] },
          { answer: 'b', in: ['2'] },
        ],
      },
      { a: '1', b: '2' },
      true,
    ],
    [
      'all: one part fails',
      {
        all: [
          { answer: 'a', in: ['1'] },
          { answer: 'b', in: ['2'] },
        ],
      },
      { a: '1', b: '3' },
      false,
    ],
    [
      'any: one part holds',
      {
        any: [
          { answer: 'a', in: ['1'] },
          { answer: 'b', in: ['2'] },
        ],
      },
      { b: '2' },
      true,
    ],
    [
      'any: no part holds',
      {
        any: [
          { answer: 'a', in: ['1'] },
          { answer: 'b', in: ['2'] },
        ],
      },
      {},
      false,
    ],
    ['not: of a failing condition', { not: { answer: 'under-18', in: ['yes'] } }, {}, true],
    ['not: of a holding condition', { not: { answer: 'under-18', in: ['yes'] } }, { 'under-18': 'yes' }, false],
    ['ref: a named condition', { ref: 'child' }, { 'under-18': 'unsure' }, true],
    ['ref: nested refs', { ref: 'child-or-sex' }, { 'under-18': 'no', purpose: ['sex'] }, true],
    ['ref: nested refs that fail', { ref: 'child-or-sex' }, { 'under-18': 'no', purpose: ['work'] }, false],
    ['ref: an unknown ref never opens a route', { ref: 'no-such-condition' }, { 'under-18': 'yes' }, false],
    ['not of an unknown ref', { not: { ref: 'no-such-condition' } }, {}, true],
  ])('%s', (_name, condition, answers, expected) => {
    expect(evaluate(condition, answers, named)).toBe(expected);
  });

  it('the named conditions of the real flow: any-sign, not-norwegian and no-right-to-stay', () => {
    const flowNamed = bundle.screening.conditions ?? {};
    const holds = (ref: string, answers: Record<string, string>) => evaluate({ ref }, answers, flowNamed);
    expect(holds('any-sign', { 'excessive-hours': 'yes' })).toBe(true);
    expect(holds('any-sign', { fines: 'unsure' })).toBe(true);
    expect(holds('any-sign', { fines: 'no', 'excessive-hours': 'no' })).toBe(false);
    // A sign of the situation alone (dependency) is asked only after another sign: it is not one of them.
    expect(holds('any-sign', { dependency: 'yes' })).toBe(false);
    expect(['eea', 'other', 'unsure', 'norway'].map((c) => holds('not-norwegian', { citizenship: c }))).toEqual([true, true, true, false]);
    expect(['eea', 'other', 'unsure', 'norway'].map((c) => holds('no-right-to-stay', { citizenship: c }))).toEqual([false, true, true, false]);
    expect(holds('not-norwegian', {})).toBe(false);
  });
});

describe('referencedQuestions', () => {
  it('lists the questions a condition looks at, following refs', () => {
    const c: Condition = { all: [{ ref: 'child-or-sex' }, { not: { answer: ['fines', 'threats'], in: ['yes'] } }] };
    expect(referencedQuestions(c, named).sort()).toEqual(['fines', 'purpose', 'threats', 'under-18']);
  });

  it('stops at a cycle of refs and an unknown ref', () => {
    expect(referencedQuestions({ ref: 'loop' }, named)).toEqual([]);
    expect(referencedQuestions({ ref: 'nothing' }, named)).toEqual([]);
  });
});
