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

export interface Assessment {
  outcome: Exclude<OutcomeId, 'emergency'>;
  possibleChild: boolean;
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
 * Applies the ILO per-dimension rule and the combination rule (shared/reference/indicators.md §2),
 * both read from flows/scoring.json. See docs/decisions/0001-scoring.md and 0002-unsure-and-age.md.
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

  return { outcome: decide(), possibleChild, dimensions, positiveDimensions, possibleDimensions };

  function decide(): Assessment['outcome'] {
    // For a child, act and purpose are enough (no means needed): any sign, "not sure" included.
    if (possibleChild && signs.length >= scoring.child.minIndicators) return 'child-at-risk';
    // "Not sure" never makes trafficking-signs on its own: only "yes" answers count here.
    if (scoring.trafficking.every((group) => group.some((d) => positiveDimensions.includes(d as Dimension)))) {
      return 'trafficking-signs';
    }
    const rule = scoring.exploitation;
    if (
      possibleDimensions.length >= rule.minPositiveDimensions ||
      signs.filter((s) => s.weight === 'S').length >= rule.minStrong ||
      signs.length >= rule.minIndicators ||
      signs.filter((s) => rule.minSignsIn.dimensions.includes(s.dimension)).length >= rule.minSignsIn.count
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
