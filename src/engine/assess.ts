import { evaluate } from './conditions';
import type { Answers, Dimension, Indicator, IndicatorsFile, OutcomeId, ScoringFile, Threshold, Weight } from './types';
import { DIMENSIONS } from './types';

export interface IndicatorSign {
  id: string;
  answer: string;
  weight: Weight;
}

export interface DimensionResult {
  dimension: Dimension;
  /** Positive on "yes" answers alone. */
  positive: boolean;
  /** Positive when "not sure" is counted as a sign as well. */
  possible: boolean;
  /** The indicators answered "yes" or "not sure" in this dimension. */
  signs: IndicatorSign[];
}

/** The elements of straffeloven § 257 that the answers show (firm answers only, but for the child rule). */
export interface LawElements {
  /** Violence, threats, abuse of a vulnerable situation: a means dimension positive. */
  means: boolean;
  /** Exploitation: an exploitation dimension positive, or a firm "yes" to being made to work, sell sex, beg or commit crime. */
  exploitation: boolean;
  /** The firm "yes" answers to being made to sell sex, beg or commit crime: means and purpose in one. */
  forcedInto: string[];
  /** For a possible child: the situation itself is exploitation (no means needed). */
  childSituation: boolean;
}

export interface Assessment {
  outcome: Exclude<OutcomeId, 'emergency'>;
  possibleChild: boolean;
  law: LawElements;
  /** Whether the ILO 2009 combination rule holds on firm answers (shown to professionals). */
  iloTrafficking: boolean;
  dimensions: DimensionResult[];
  /** Dimensions positive on "yes" answers. */
  positiveDimensions: Dimension[];
  /** Dimensions positive when "not sure" counts too. */
  possibleDimensions: Dimension[];
}

export interface AssessContext {
  indicators: IndicatorsFile;
  scoring: ScoringFile;
}

/**
 * Scores the answers by straffeloven § 257 (the outcome) and shows the ILO 2009 indicator picture
 * beside it: the per-dimension rule and the combination rule, all read from flows/scoring.json.
 * See docs/decisions/0001-scoring.md, 0002-unsure-and-age.md and 0005-law-in-the-assessment.md.
 */
export function assess(answers: Answers, { indicators, scoring }: AssessContext): Assessment {
  const possibleChild = evaluate(scoring.possibleChild, answers);
  const weightOf = (i: Indicator): Weight => (possibleChild ? i.weight.child : i.weight.adult);
  const { firm, possible } = scoring.signValues;

  const signs: (IndicatorSign & { dimension: Dimension })[] = [];
  for (const indicator of indicators.indicators) {
    const answer = answers[indicator.id];
    if (typeof answer === 'string' && possible.includes(answer)) {
      signs.push({ id: indicator.id, answer, weight: weightOf(indicator), dimension: indicator.dimension });
    }
  }

  const dimensions: DimensionResult[] = DIMENSIONS.map((dimension) => {
    const inDimension = signs.filter((s) => s.dimension === dimension);
    return {
      dimension,
      positive: meetsAny(
        scoring.dimensionPositive,
        inDimension.filter((s) => firm.includes(s.answer)),
      ),
      possible: meetsAny(scoring.dimensionPositive, inDimension),
      signs: inDimension.map(({ id, answer, weight }) => ({ id, answer, weight })),
    };
  });
  const positiveDimensions = dimensions.filter((d) => d.positive).map((d) => d.dimension);
  const possibleDimensions = dimensions.filter((d) => d.possible).map((d) => d.dimension);

  const { law: rule } = scoring;
  const firmYes = (id: string) => typeof answers[id] === 'string' && firm.includes(answers[id] as string);
  const law: LawElements = {
    means: rule.means.dimensions.some((d) => positiveDimensions.includes(d as Dimension)),
    exploitation:
      rule.exploitation.dimensions.some((d) => positiveDimensions.includes(d as Dimension)) || rule.exploitation.signs.some(firmYes),
    forcedInto: rule.forcedInto.filter(firmYes),
    childSituation: possibleChild && evaluate(rule.childSituation, answers),
  };
  const iloTrafficking = scoring.ilo.trafficking.every((group) => group.some((d) => positiveDimensions.includes(d as Dimension)));

  return { outcome: decide(), possibleChild, law, iloTrafficking, dimensions, positiveDimensions, possibleDimensions };

  function decide(): Assessment['outcome'] {
    // § 257 third paragraph: for a child no means are needed. The situation itself (selling sex,
    // begging or crime for someone, marriage, organs, war service) is enough, and so is any sign,
    // "not sure" included: a false "no signs" for a child is the costlier mistake.
    if (possibleChild && (law.childSituation || signs.length >= rule.childMinSigns)) return 'child-at-risk';
    // § 257 first paragraph: exploiting someone by violence, threats or abuse of a vulnerable
    // situation, with or without recruitment or a journey. "Not sure" never makes trafficking-signs:
    // only firm answers count here.
    if ((law.means && law.exploitation) || law.forcedInto.length > 0) return 'trafficking-signs';
    const ex = scoring.exploitation;
    if (
      possibleDimensions.length >= ex.minPositiveDimensions ||
      signs.filter((s) => s.weight === 'S').length >= ex.minStrong ||
      signs.length >= ex.minIndicators ||
      signs.filter((s) => ex.minSignsIn.dimensions.includes(s.dimension)).length >= ex.minSignsIn.count
    ) {
      return 'exploitation-signs';
    }
    return 'no-clear-signs';
  }
}

/** Whether the signs meet at least one of the thresholds. */
export function meetsAny(thresholds: readonly Threshold[], signs: readonly { weight: Weight }[]): boolean {
  const count = { S: 0, M: 0, W: 0, MW: 0 };
  for (const s of signs) {
    count[s.weight] += 1;
    if (s.weight !== 'S') count.MW += 1;
  }
  return thresholds.some((t) => (Object.entries(t) as [keyof typeof count, number][]).every(([k, min]) => count[k] >= min));
}
