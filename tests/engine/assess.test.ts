/**
 * assess(): the outcome by straffeloven § 257 (means and exploitation, being made to sell sex, beg
 * or commit crime, and for a child the situation itself), the ILO per-dimension rule and the ILO
 * combination rule beside it, and "not sure" (shared/reference/indicators.md §1b–2,
 * flows/scoring.json).
 */
import { describe, expect, it } from 'vitest';
import { assess, meetsAny } from '../../src/engine/assess';
import type { Answers, Dimension, Weight } from '../../src/engine/types';
import { weakIndicators } from '../fixtures/indicators';
import { PURPOSES, bundle, indicator, indicatorIds, judge } from '../fixtures/project';

const ADULT = { 'under-18': 'no' } as const;
const yes = (...ids: string[]) => Object.fromEntries(ids.map((id) => [id, 'yes']));
const unsure = (...ids: string[]) => Object.fromEntries(ids.map((id) => [id, 'unsure']));
const dim = (answers: Answers, d: Dimension) => judge(answers).dimensions.find((x) => x.dimension === d)!;
const allNo = Object.fromEntries(indicatorIds.map((id) => [id, 'no']));

describe('the real indicators have the weights the cases below rely on', () => {
  it.each([
    ['deceived-job', 1, 'S', 'S'],
    ['deceived-conditions', 1, 'M', 'M'],
    ['recruited-by-force', 2, 'S', 'S'],
    ['vulnerable-situation', 3, 'M', 'M'],
    ['excessive-hours', 4, 'S', 'S'],
    ['low-or-no-pay', 4, 'M', 'M'],
    ['bad-living-conditions', 4, 'M', 'M'],
    ['debt-bondage', 5, 'S', 'S'],
    ['documents-withheld', 5, 'S', 'S'],
    ['violence', 5, 'S', 'S'],
    ['threats', 5, 'M', 'S'],
    ['forced-sex', 5, 'M', 'S'],
    ['forced-crime', 5, 'M', 'S'],
    ['forced-work', 5, 'M', 'M'],
    ['fines', 5, 'M', 'M'],
    ['forced-to-lie', 5, 'M', 'M'],
    ['dependency', 6, 'M', 'M'],
    ['no-legal-status', 6, 'M', 'M'],
    ['unfamiliar-place', 6, 'M', 'M'],
    ['housing-from-employer', 6, 'M', 'M'],
    ['afraid-of-authorities', 6, 'M', 'M'],
  ] as const)('%s: dimension %i, adult %s, child %s', (id, dimension, adult, child) => {
    expect(indicator(id)).toMatchObject({ dimension, weight: { adult, child } });
  });
});

describe('a dimension is positive with 2 S, 1 S + 1 M/W, 3 M or 2 M + 1 W (real indicators)', () => {
  it.each([
    { rule: '2 S', d: 5, ids: ['debt-bondage', 'documents-withheld'], positive: true },
    { rule: '2 S (violence, restricted movement)', d: 5, ids: ['violence', 'restricted-movement'], positive: true },
    { rule: '1 S + 1 M (dimension 4)', d: 4, ids: ['excessive-hours', 'low-or-no-pay'], positive: true },
    { rule: '1 S + 1 M (dimension 1)', d: 1, ids: ['deceived-job', 'deceived-conditions'], positive: true },
    { rule: '1 S + 1 M (dimension 2)', d: 2, ids: ['recruited-by-force', 'recruitment-debt'], positive: true },
    { rule: '3 M (dimension 6)', d: 6, ids: ['dependency', 'no-legal-status', 'unfamiliar-place'], positive: true },
    { rule: '3 M (dimension 5, adult threats is M)', d: 5, ids: ['threats', 'fines', 'forced-to-lie'], positive: true },
    { rule: 'a single S is not enough', d: 5, ids: ['violence'], positive: false },
    { rule: '2 M alone are not enough', d: 6, ids: ['dependency', 'no-legal-status'], positive: false },
    { rule: '2 M alone are not enough (dimension 4)', d: 4, ids: ['low-or-no-pay', 'bad-living-conditions'], positive: false },
    { rule: 'a single M is not enough', d: 3, ids: ['vulnerable-situation'], positive: false },
  ] as const)('$rule → dimension $d positive: $positive', ({ d, ids, positive }) => {
    const answers = { ...ADULT, ...yes(...ids) };
    const result = dim(answers, d);
    expect(result.positive).toBe(positive);
    expect(result.possible).toBe(positive);
    expect(result.signs.map((s) => s.id).sort()).toEqual([...ids].sort());
    expect(result.signs.every((s) => s.answer === 'yes')).toBe(true);
    expect(judge(answers).positiveDimensions).toEqual(positive ? [d] : []);
  });

  it('signs in different dimensions are not added up', () => {
    // One S in dimension 5 and one M in dimension 4: neither dimension is positive.
    const result = judge({ ...ADULT, ...yes('violence', 'low-or-no-pay') });
    expect(result.positiveDimensions).toEqual([]);
    expect(result.possibleDimensions).toEqual([]);
  });

  it('records each sign with its answer and its adult weight, in dimension order', () => {
    const result = judge({ ...ADULT, 'debt-bondage': 'yes', threats: 'unsure', fines: 'no', 'excessive-hours': 'yes' });
    expect(result.dimensions.map((d) => d.dimension)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(result.dimensions[3].signs).toEqual([{ id: 'excessive-hours', answer: 'yes', weight: 'S' }]);
    expect(result.dimensions[4].signs).toEqual([
      { id: 'debt-bondage', answer: 'yes', weight: 'S' },
      { id: 'threats', answer: 'unsure', weight: 'M' },
    ]);
    for (const d of [0, 1, 2, 5]) expect(result.dimensions[d].signs).toEqual([]);
  });
});

describe('the dimension rule with weak indicators (fixture with W weights)', () => {
  const context = { indicators: weakIndicators, scoring: bundle.scoring };
  it.each([
    { rule: '1 S + 1 W', names: ['s1', 'w1'], positive: true },
    { rule: '2 M + 1 W', names: ['m1', 'm2', 'w1'], positive: true },
    { rule: '2 S', names: ['s1', 's2'], positive: true },
    { rule: '3 M', names: ['m1', 'm2', 'm3'], positive: true },
    { rule: '1 S + 1 M', names: ['s1', 'm1'], positive: true },
    { rule: '1 M + 2 W is not enough', names: ['m1', 'w1', 'w2'], positive: false },
    { rule: '2 W alone are not enough', names: ['w1', 'w2'], positive: false },
    { rule: '1 M + 1 W is not enough', names: ['m1', 'w1'], positive: false },
    { rule: 'a single S is not enough', names: ['s1'], positive: false },
    { rule: '2 M alone are not enough', names: ['m1', 'm2'], positive: false },
  ])('$rule → positive: $positive (in every dimension)', ({ names, positive }) => {
    for (const d of [1, 2, 3, 4, 5, 6] as const) {
      const answers = { ...ADULT, ...yes(...names.map((n) => `d${d}-${n}`)) };
      const result = assess(answers, context);
      expect(result.dimensions[d - 1].positive, `dimension ${d}`).toBe(positive);
      expect(result.positiveDimensions).toEqual(positive ? [d] : []);
    }
  });

  it('weak indicators weigh M for a possible child: 2 W + 1 M is then positive', () => {
    const answers = yes('d4-m1', 'd4-w1', 'd4-w2');
    expect(assess({ ...answers, 'under-18': 'no' }, context).dimensions[3].positive).toBe(false);
    const child = assess({ ...answers, 'under-18': 'yes' }, context);
    expect(child.dimensions[3].positive).toBe(true);
    expect(child.dimensions[3].signs.map((s) => s.weight)).toEqual(['M', 'M', 'M']);
  });

  it('the ILO combination holds for dimensions 3 + 4 + 6 as well', () => {
    const answers = { ...ADULT, ...yes('d3-m1', 'd3-m2', 'd3-m3', 'd4-s1', 'd4-w1', 'd6-s1', 'd6-s2') };
    const result = assess(answers, context);
    expect(result.positiveDimensions).toEqual([3, 4, 6]);
    expect(result.iloTrafficking).toBe(true);
    expect(result.law).toMatchObject({ means: true, exploitation: true });
    expect(result.outcome).toBe('trafficking-signs');
  });
});

describe('meetsAny on the scoring thresholds', () => {
  const thresholds = bundle.scoring.dimensionPositive;
  const w = (s: string) => [...s].map((weight) => ({ weight: weight as Weight }));
  it.each([
    ['SS', true],
    ['SM', true],
    ['SW', true],
    ['MMM', true],
    ['MMW', true],
    ['S', false],
    ['MM', false],
    ['MW', false],
    ['MWW', false],
    ['WWW', false],
    ['', false],
  ])('%s → %s', (weights, expected) => {
    expect(meetsAny(thresholds, w(weights))).toBe(expected);
  });
});

describe('the ILO combination (1 or 2 or 3) and 4 and (5 or 6), beside the law', () => {
  const dim1 = yes('deceived-job', 'deceived-conditions');
  const dim2 = yes('recruited-by-force', 'recruitment-debt');
  const dim4 = yes('excessive-hours', 'low-or-no-pay');
  const dim5 = yes('debt-bondage', 'documents-withheld');
  const dim6 = yes('dependency', 'no-legal-status', 'unfamiliar-place');

  it('reads its groups from flows/scoring.json', () => {
    expect(bundle.scoring.ilo.trafficking).toEqual([[1, 2, 3], [4], [5, 6]]);
  });

  it.each([
    { name: '1 + 4 + 5', answers: { ...dim1, ...dim4, ...dim5 }, dims: [1, 4, 5], ilo: true, outcome: 'trafficking-signs' },
    { name: '2 + 4 + 6', answers: { ...dim2, ...dim4, ...dim6 }, dims: [2, 4, 6], ilo: true, outcome: 'trafficking-signs' },
    {
      name: '1 + 2 + 4 + 5 + 6',
      answers: { ...dim1, ...dim2, ...dim4, ...dim5, ...dim6 },
      dims: [1, 2, 4, 5, 6],
      ilo: true,
      outcome: 'trafficking-signs',
    },
    // § 257 needs no recruitment: means (5 or 6) and exploitation (4) are enough.
    { name: '4 + 5 (no recruitment)', answers: { ...dim4, ...dim5 }, dims: [4, 5], ilo: false, outcome: 'trafficking-signs' },
    { name: '4 + 6 (no recruitment)', answers: { ...dim4, ...dim6 }, dims: [4, 6], ilo: false, outcome: 'trafficking-signs' },
    // Means without exploitation, or exploitation without means, are not enough.
    { name: '1 + 5 (missing 4)', answers: { ...dim1, ...dim5 }, dims: [1, 5], ilo: false, outcome: 'exploitation-signs' },
    { name: '1 + 5 + 6 (missing 4)', answers: { ...dim1, ...dim5, ...dim6 }, dims: [1, 5, 6], ilo: false, outcome: 'exploitation-signs' },
    { name: '1 + 4 (missing 5 or 6)', answers: { ...dim1, ...dim4 }, dims: [1, 4], ilo: false, outcome: 'exploitation-signs' },
  ])('$name → ILO $ilo, outcome $outcome', ({ answers, dims, ilo, outcome }) => {
    const result = judge({ ...ADULT, ...answers });
    expect(result.positiveDimensions).toEqual(dims);
    expect(result.iloTrafficking).toBe(ilo);
    expect(result.outcome).toBe(outcome);
    expect(result.possibleChild).toBe(false);
  });

  it('the ILO rule holds only with a recruitment dimension: taking it away keeps the law outcome', () => {
    const withRecruitment = judge({ ...ADULT, ...dim1, ...dim4, ...dim5 });
    const without = judge({ ...ADULT, ...dim4, ...dim5 });
    expect([withRecruitment.iloTrafficking, without.iloTrafficking]).toEqual([true, false]);
    expect([withRecruitment.outcome, without.outcome]).toEqual(['trafficking-signs', 'trafficking-signs']);
    expect(withRecruitment.law).toEqual(without.law);
  });

  it('the same answers with one sign short in dimension 4 are not trafficking-signs', () => {
    const result = judge({ ...ADULT, ...dim1, ...dim5, 'excessive-hours': 'yes' });
    expect(result.dimensions[3]).toMatchObject({ positive: false, possible: false });
    expect(result.law).toEqual({ means: true, exploitation: false, forcedInto: [], childSituation: false });
    expect(result.outcome).toBe('exploitation-signs');
  });

  it('an adult is an adult when under-18 is not answered at all', () => {
    const result = judge({ ...dim1, ...dim4, ...dim5 });
    expect(result.possibleChild).toBe(false);
    expect(result.outcome).toBe('trafficking-signs');
  });
});

describe('straffeloven § 257 for adults: means and exploitation, or being made to do it', () => {
  it('reads its elements from flows/scoring.json', () => {
    expect(bundle.scoring.law).toMatchObject({
      means: { dimensions: [5, 6] },
      exploitation: { dimensions: [4], signs: ['forced-sex', 'forced-crime', 'forced-work'] },
      forcedInto: ['forced-sex', 'forced-crime'],
    });
  });

  it.each<{ name: string; answers: Answers; law: object; dims: number[]; outcome: string }>([
    {
      name: 'coerced into work in Norway, no recruitment sign (passport, debt, threats, watched; long hours, low pay)',
      answers: {
        purpose: ['work'],
        citizenship: 'norway',
        ...yes('documents-withheld', 'debt-bondage', 'threats', 'restricted-movement', 'excessive-hours', 'low-or-no-pay'),
      },
      law: { means: true, exploitation: true, forcedInto: [] },
      dims: [4, 5],
      outcome: 'trafficking-signs',
    },
    {
      name: 'the professional case: long hours, low pay, passport kept, debt, threats',
      answers: yes('excessive-hours', 'low-or-no-pay', 'documents-withheld', 'debt-bondage', 'threats'),
      law: { means: true, exploitation: true, forcedInto: [] },
      dims: [4, 5],
      outcome: 'trafficking-signs',
    },
    {
      name: 'abuse of a vulnerable situation (housing from the employer, dependency, afraid of the authorities) and exploitation',
      answers: yes('housing-from-employer', 'dependency', 'afraid-of-authorities', 'excessive-hours', 'bad-living-conditions'),
      law: { means: true, exploitation: true, forcedInto: [] },
      dims: [4, 6],
      outcome: 'trafficking-signs',
    },
    {
      name: 'forced begging: made to beg (forced-crime "yes"), nothing else',
      answers: { purpose: ['begging'], 'forced-crime': 'yes' },
      law: { means: false, exploitation: true, forcedInto: ['forced-crime'] },
      dims: [],
      outcome: 'trafficking-signs',
    },
    {
      name: 'forced crime by threats',
      answers: { purpose: ['crime'], ...yes('forced-crime', 'threats') },
      law: { means: false, exploitation: true, forcedInto: ['forced-crime'] },
      dims: [],
      outcome: 'trafficking-signs',
    },
    {
      name: 'made to sell sex, nothing else',
      answers: { purpose: ['sex'], 'forced-sex': 'yes' },
      law: { means: false, exploitation: true, forcedInto: ['forced-sex'] },
      dims: [],
      outcome: 'trafficking-signs',
    },
    {
      name: 'made to work (forced-work "yes") and coercion positive (passport kept, debt)',
      answers: { purpose: ['work'], ...yes('forced-work', 'documents-withheld', 'debt-bondage') },
      law: { means: true, exploitation: true, forcedInto: [] },
      dims: [5],
      outcome: 'trafficking-signs',
    },
    {
      name: 'made to work (forced-work "yes") alone: exploitation without means',
      answers: { purpose: ['work'], 'forced-work': 'yes' },
      law: { means: false, exploitation: true, forcedInto: [] },
      dims: [],
      outcome: 'exploitation-signs',
    },
    {
      name: 'coercion positive without exploitation (passport kept, debt)',
      answers: yes('documents-withheld', 'debt-bondage'),
      law: { means: true, exploitation: false, forcedInto: [] },
      dims: [5],
      outcome: 'exploitation-signs',
    },
    {
      name: 'an adult selling sex with no sign',
      answers: { purpose: ['sex'], ...allNo },
      law: { means: false, exploitation: false, forcedInto: [] },
      dims: [],
      outcome: 'no-clear-signs',
    },
  ])('$name → $outcome', ({ answers, law, dims, outcome }) => {
    const result = judge({ ...ADULT, ...answers });
    expect(result.law).toEqual({ ...law, childSituation: false });
    expect(result.positiveDimensions).toEqual(dims);
    expect(result.outcome).toBe(outcome);
    // None of these shows a recruitment dimension: the ILO rule does not hold.
    expect(result.iloTrafficking).toBe(false);
  });

  describe('"not sure" alone never makes trafficking-signs', () => {
    it.each<[string, Answers]>([
      ['made to sell sex', { purpose: ['sex'], 'forced-sex': 'unsure' }],
      ['made to beg', { purpose: ['begging'], 'forced-crime': 'unsure' }],
      ['made to work', { purpose: ['work'], 'forced-work': 'unsure' }],
      [
        'the coerced-work case',
        { purpose: ['work'], ...unsure('documents-withheld', 'debt-bondage', 'threats', 'restricted-movement', 'excessive-hours', 'low-or-no-pay') },
      ],
      ['every sign', unsure(...indicatorIds)],
    ])('%s, answered "not sure" → exploitation-signs', (_name, answers) => {
      const result = judge({ ...ADULT, ...answers });
      expect(result.outcome).toBe('exploitation-signs');
      expect(result.law).toEqual({ means: false, exploitation: false, forcedInto: [], childSituation: false });
      expect(result.iloTrafficking).toBe(false);
    });

    it('a firm "yes" to being made to beg with "not sure" to the rest is trafficking-signs', () => {
      expect(judge({ ...ADULT, ...unsure(...indicatorIds), 'forced-crime': 'yes' }).outcome).toBe('trafficking-signs');
    });
  });
});

describe('the child rule (§ 257 third paragraph): the situation itself, or any sign', () => {
  /** The purposes that are exploitation in themselves for a child, by the law; the rest are not. */
  const SITUATIONS = ['sex', 'begging', 'crime', 'marriage', 'organs', 'war-service'];
  const NOT_SITUATIONS = ['work', 'other'];

  it('every purpose the flow offers is in one list or the other', () => {
    expect([...SITUATIONS, ...NOT_SITUATIONS].sort()).toEqual([...PURPOSES].sort());
  });

  describe.each(['yes', 'unsure'])('under-18 %s', (age) => {
    it.each(SITUATIONS)('purpose %s with every sign "no" → child-at-risk', (purpose) => {
      const result = judge({ ...allNo, 'under-18': age, purpose: [purpose] });
      expect(result.outcome).toBe('child-at-risk');
      expect(result.possibleChild).toBe(true);
      expect(result.law.childSituation).toBe(true);
      expect(result.dimensions.flatMap((d) => d.signs)).toEqual([]);
    });

    it.each(NOT_SITUATIONS)('purpose %s with every sign "no" → no-clear-signs', (purpose) => {
      const result = judge({ ...allNo, 'under-18': age, purpose: [purpose] });
      expect(result.outcome).toBe('no-clear-signs');
      expect(result.possibleChild).toBe(true);
      expect(result.law.childSituation).toBe(false);
    });

    it('purpose work and a situation together → child-at-risk', () => {
      expect(judge({ ...allNo, 'under-18': age, purpose: ['work', 'begging'] }).outcome).toBe('child-at-risk');
    });

    it.each(['yes', 'unsure'])('purpose work and one sign answered %s → child-at-risk', (value) => {
      const result = judge({ ...allNo, 'under-18': age, purpose: ['work'], 'low-or-no-pay': value });
      expect(result.outcome).toBe('child-at-risk');
      expect(result.law.childSituation).toBe(false);
    });
  });

  it.each(SITUATIONS)('an adult with purpose %s and every sign "no" → no-clear-signs', (purpose) => {
    const result = judge({ ...allNo, ...ADULT, purpose: [purpose] });
    expect(result.outcome).toBe('no-clear-signs');
    expect(result.law.childSituation).toBe(false);
  });

  it('under-18 yes + one medium sign → child-at-risk', () => {
    const result = judge({ 'under-18': 'yes', fines: 'yes' });
    expect(result.outcome).toBe('child-at-risk');
    expect(result.possibleChild).toBe(true);
    expect(result.dimensions[4].signs).toEqual([{ id: 'fines', answer: 'yes', weight: 'M' }]);
  });

  it('the same medium sign for an adult → exploitation-signs, not child-at-risk', () => {
    expect(judge({ 'under-18': 'no', fines: 'yes' }).outcome).toBe('exploitation-signs');
  });

  it('a vulnerability alone for an adult (no papers) → no-clear-signs', () => {
    expect(judge({ 'under-18': 'no', 'no-legal-status': 'yes' }).outcome).toBe('no-clear-signs');
  });

  it('under-18 yes + one "not sure" sign → child-at-risk', () => {
    expect(judge({ 'under-18': 'yes', 'low-or-no-pay': 'unsure' }).outcome).toBe('child-at-risk');
  });

  it('under-18 yes with every indicator "no" and no purpose → no-clear-signs', () => {
    const result = judge({ ...allNo, 'under-18': 'yes' });
    expect(result.outcome).toBe('no-clear-signs');
    expect(result.possibleChild).toBe(true);
    expect(result.dimensions.every((d) => d.signs.length === 0)).toBe(true);
  });

  it('a child with signs in every dimension is child-at-risk, not trafficking-signs', () => {
    const answers = { 'under-18': 'yes', ...yes(...indicatorIds) };
    const result = judge(answers);
    expect(result.outcome).toBe('child-at-risk');
    expect(result.positiveDimensions).toEqual([1, 2, 4, 5, 6]);
    expect(result.iloTrafficking).toBe(true);
  });

  it('uses the child weights: threats and forced-sex count as S for a child', () => {
    const answers = yes('threats', 'forced-sex');
    const child = judge({ ...answers, 'under-18': 'yes' });
    expect(child.dimensions[4].signs.map((s) => s.weight)).toEqual(['S', 'S']);
    expect(child.dimensions[4].positive).toBe(true);
    const adult = judge({ ...answers, 'under-18': 'no' });
    expect(adult.dimensions[4].signs.map((s) => s.weight)).toEqual(['M', 'M']);
    expect(adult.dimensions[4].positive).toBe(false);
  });

  it('age "unsure" is treated as a possible child', () => {
    const result = judge({ 'under-18': 'unsure', threats: 'yes' });
    expect(result.possibleChild).toBe(true);
    expect(result.outcome).toBe('child-at-risk');
    expect(result.dimensions[4].signs).toEqual([{ id: 'threats', answer: 'yes', weight: 'S' }]);
  });
});

describe('"not sure" answers', () => {
  const traffickingAsYes = yes(
    'deceived-job',
    'deceived-conditions',
    'excessive-hours',
    'low-or-no-pay',
    'debt-bondage',
    'documents-withheld',
  );

  it('the answers as "yes" give trafficking-signs', () => {
    expect(judge({ ...ADULT, ...traffickingAsYes }).outcome).toBe('trafficking-signs');
  });

  it('the same answers all "not sure" give exploitation-signs, never trafficking-signs', () => {
    const answers = { ...ADULT, ...Object.fromEntries(Object.keys(traffickingAsYes).map((id) => [id, 'unsure'])) };
    const result = judge(answers);
    expect(result.outcome).toBe('exploitation-signs');
    expect(result.positiveDimensions).toEqual([]);
    expect(result.possibleDimensions).toEqual([1, 4, 5]);
    expect(result.dimensions[0]).toMatchObject({ positive: false, possible: true });
  });

  it('every indicator "not sure" is still only exploitation-signs for an adult', () => {
    const result = judge({ ...ADULT, ...unsure(...indicatorIds) });
    expect(result.outcome).toBe('exploitation-signs');
    expect(result.positiveDimensions).toEqual([]);
  });

  it('one dimension only possible ("not sure") keeps the outcome at exploitation-signs', () => {
    const answers = {
      ...ADULT,
      ...yes('deceived-job', 'deceived-conditions', 'excessive-hours', 'low-or-no-pay'),
      ...unsure('debt-bondage', 'documents-withheld'),
    };
    const result = judge(answers);
    expect(result.positiveDimensions).toEqual([1, 4]);
    expect(result.possibleDimensions).toEqual([1, 4, 5]);
    expect(result.outcome).toBe('exploitation-signs');
  });

  it('"not sure" can raise the outcome to exploitation-signs', () => {
    expect(judge({ ...ADULT, violence: 'unsure' }).outcome).toBe('exploitation-signs');
    expect(judge({ ...ADULT, fines: 'unsure', dependency: 'unsure' }).outcome).toBe('exploitation-signs');
    expect(judge({ ...ADULT, fines: 'unsure' }).outcome).toBe('exploitation-signs');
    // …but a vulnerability alone, even answered "yes", does not.
    expect(judge({ ...ADULT, dependency: 'unsure' }).outcome).toBe('no-clear-signs');
  });

  it('a "yes" and a "not sure" in one dimension make it possible but not positive', () => {
    const result = dim({ ...ADULT, 'excessive-hours': 'yes', 'low-or-no-pay': 'unsure' }, 4);
    expect(result).toMatchObject({ positive: false, possible: true });
    expect(result.signs).toEqual([
      { id: 'excessive-hours', answer: 'yes', weight: 'S' },
      { id: 'low-or-no-pay', answer: 'unsure', weight: 'M' },
    ]);
  });
});

describe('few or no signs', () => {
  it('no answers at all → no-clear-signs', () => {
    const result = judge({});
    expect(result.outcome).toBe('no-clear-signs');
    expect(result.positiveDimensions).toEqual([]);
    expect(result.possibleDimensions).toEqual([]);
    expect(result.possibleChild).toBe(false);
  });

  it('every indicator "no" → no-clear-signs with no signs', () => {
    const result = judge({ ...ADULT, role: 'self', purpose: ['work'], ...Object.fromEntries(indicatorIds.map((id) => [id, 'no'])) });
    expect(result.outcome).toBe('no-clear-signs');
    expect(result.dimensions.flatMap((d) => d.signs)).toEqual([]);
  });

  it('one medium "yes" of exploitation itself → exploitation-signs (a false "no signs" costs more)', () => {
    const result = judge({ ...ADULT, 'low-or-no-pay': 'yes' });
    expect(result.outcome).toBe('exploitation-signs');
    expect(result.dimensions[3].signs).toEqual([{ id: 'low-or-no-pay', answer: 'yes', weight: 'M' }]);
  });

  it('two vulnerabilities (dimensions 3 and 6) → exploitation-signs; one → no-clear-signs', () => {
    expect(judge({ ...ADULT, 'unfamiliar-place': 'yes' }).outcome).toBe('no-clear-signs');
    expect(judge({ ...ADULT, 'unfamiliar-place': 'yes', 'vulnerable-situation': 'yes' }).outcome).toBe('exploitation-signs');
  });

  it('one strong "yes" → exploitation-signs', () => {
    const result = judge({ ...ADULT, 'documents-withheld': 'yes' });
    expect(result.outcome).toBe('exploitation-signs');
    expect(result.positiveDimensions).toEqual([]);
    expect(result.dimensions[4].signs).toEqual([{ id: 'documents-withheld', answer: 'yes', weight: 'S' }]);
  });

  it('two medium "yes" in different dimensions → exploitation-signs', () => {
    expect(judge({ ...ADULT, 'low-or-no-pay': 'yes', dependency: 'yes' }).outcome).toBe('exploitation-signs');
  });

  it('answers to questions that are not indicators are not signs', () => {
    const result = judge({ ...ADULT, role: 'self', 'immediate-danger': 'yes', 'wants-to-return': 'yes', purpose: ['sex', 'work'] });
    expect(result.outcome).toBe('no-clear-signs');
    expect(result.dimensions.flatMap((d) => d.signs)).toEqual([]);
  });

  it('a list given as an indicator answer is not a sign', () => {
    expect(judge({ ...ADULT, violence: ['yes'], 'debt-bondage': ['yes'] }).outcome).toBe('no-clear-signs');
  });
});
