/**
 * Types of the flow data in flows/*.json. The shapes are checked by zod in schema.ts at build time;
 * the browser bundle only ever sees data that has passed those checks, so it imports these types
 * and never zod.
 */
import type { ContactsFile, FactsFile } from './contact-types';

export * from './contact-types';

/** The languages every text must exist in; the first is the default. */
export const LANGUAGES = ['nb', 'en', 'ro', 'bg', 'lt', 'pl', 'uk', 'ru', 'ar', 'ur', 'tl', 'th', 'sq', 'ti'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The files of texts each language has (locales/<lang>/<namespace>.json). */
export const NAMESPACES = ['ui', 'questions', 'signs', 'outcomes', 'contacts', 'guidance', 'pages', 'pro'] as const;
export type Namespace = (typeof NAMESPACES)[number];
/**
 * The professionals' wording (checklist, assessment, case summary, interview guidance): a chunk of
 * its own, fetched only once someone answers as a professional, so that everyone else downloads less.
 */
export const PRO_NAMESPACE = 'pro' satisfies Namespace;

export const ROLES = ['self', 'other', 'professional'] as const;
export type Role = (typeof ROLES)[number];

export const OUTCOME_IDS = ['emergency', 'child-at-risk', 'trafficking-signs', 'exploitation-signs', 'no-clear-signs'] as const;
export type OutcomeId = (typeof OUTCOME_IDS)[number];

/** The outcomes `assess()` can reach; `emergency` is reached by a route, not by scoring. */
export const ASSESSED_OUTCOMES = [
  'child-at-risk',
  'trafficking-signs',
  'exploitation-signs',
  'no-clear-signs',
] as const satisfies readonly OutcomeId[];

export const GUIDANCE_IDS = [
  'reflection-period',
  'safe-return',
  'legal-aid',
  'safe-housing',
  'consent-irrelevant',
  'report-to-police',
  'labour-rights',
  'child-protection',
  'hide-your-visit',
] as const;
export type GuidanceId = (typeof GUIDANCE_IDS)[number];

export const INDICATOR_VALUES = ['yes', 'no', 'unsure'] as const;
export type Weight = 'S' | 'M' | 'W';
export type Dimension = 1 | 2 | 3 | 4 | 5 | 6;
export const DIMENSIONS: readonly Dimension[] = [1, 2, 3, 4, 5, 6];

/** A condition over the answers given so far. Pure data, evaluated by conditions.ts. */
export type Condition =
  { answer: string | string[]; in: string[] } | { all: Condition[] } | { any: Condition[] } | { not: Condition } | { ref: string };

export interface Indicator {
  id: string;
  dimension: Dimension;
  weight: { adult: Weight; child: Weight };
  purposes: string[];
  source: string;
}

export interface IndicatorsFile {
  source: { title: string; url: string; note?: string };
  dimensions: Record<string, string>;
  indicators: Indicator[];
}

export interface Route {
  when: Condition;
  to: string;
}

export type NodeKind = 'info' | 'single' | 'multiple' | 'indicator' | 'group' | 'checklist' | 'check' | 'outcome';

/** The kinds of question; a group screen holds several of them. */
export type QuestionKind = 'single' | 'multiple' | 'indicator';

/** One question on a group screen. */
export interface GroupQuestion {
  id: string;
  kind: QuestionKind;
  options?: string[];
  /**
   * Shown only when this holds over the answers so far, this screen's included: a condition on an
   * earlier question of the same screen opens the question in place, under that answer.
   */
  askIf?: Condition;
}

/**
 * How a group screen lays out its sign questions: `ticklist` — each sign a checkbox ("tick all that
 * apply", with "not sure" beside it and an exclusive "none of these"); `rows` — each a yes / no / not
 * sure row. Questions that are not signs are always a radio or checkbox group of their own.
 */
export type GroupStyle = 'ticklist' | 'rows';

export interface FlowNode {
  id: string;
  kind: NodeKind;
  /** Answer values, for `single` and `multiple`; indicators always take yes / no / unsure. */
  options?: string[];
  /** Routes tried in order before `next`. */
  routes?: Route[];
  next?: string;
  /** The node is asked only when this holds; otherwise the flow moves on to its `next`. */
  askIf?: Condition;
  /** For outcome nodes. */
  outcome?: OutcomeId;
  /** For a group screen: its questions, in the order shown. */
  questions?: GroupQuestion[];
  style?: GroupStyle;
  /** For an outcome node the person can leave to go on with the questions (emergency). */
  resume?: string;
  /** Another way on from this node, offered when `when` holds (the professionals' checklist). */
  offers?: Offer[];
}

export interface Offer {
  event: string;
  when?: Condition;
  to: string;
  /** Taken with an answer to this question, which is recorded on the way (one step, not two). */
  withAnswer?: boolean;
}

export interface ScreeningFile {
  id: string;
  start: string;
  conditions?: Record<string, Condition>;
  nodes: FlowNode[];
}

/** Minimum counts per weight class; `MW` counts medium and weak together. */
export type Threshold = Partial<Record<'S' | 'M' | 'W' | 'MW', number>>;

export interface ScoringFile {
  source: string;
  signValues: { firm: string[]; possible: string[] };
  dimensionPositive: Threshold[];
  possibleChild: Condition;
  /** Straffeloven § 257, the rule the outcome follows (docs/decisions/0005-law-in-the-assessment.md). */
  law: {
    source: string;
    quote: string;
    /** Means: any of these dimensions positive on firm answers (coercion, abuse of vulnerability). */
    means: { dimensions: number[] };
    /** Exploitation: any of these dimensions positive, or a firm answer to any of these signs. */
    exploitation: { dimensions: number[]; signs: string[] };
    /** Being made to do it: means and purpose in one ("tvinger … til"), enough on a firm answer. */
    forcedInto: string[];
    /** For a possible child, the situation itself is exploitation: no means are needed. */
    childSituation: Condition;
    /** For a possible child, this many signs ("not sure" included) are enough as well. */
    childMinSigns: number;
  };
  /** The ILO 2009 combination rule, shown to professionals beside the law. */
  ilo: {
    source: string;
    /** Groups of dimensions: every group needs at least one positive dimension. */
    trafficking: number[][];
  };
  exploitation: {
    minPositiveDimensions: number;
    minStrong: number;
    minIndicators: number;
    /** Signs of exploitation itself (not of vulnerability alone): this many in these dimensions. */
    minSignsIn: { dimensions: number[]; count: number };
  };
}

/** A contact or guidance topic an outcome shows, where its condition holds. */
export interface Referral {
  id: string;
  when?: Condition;
}

export interface OutcomeMapping {
  contacts: Referral[];
  guidance: Referral[];
}

export interface OutcomesFile {
  conditions?: Record<string, Condition>;
  /** The contacts shown where nothing else can be: the start page, the error screen. */
  urgent: string[];
  /** Who sees the professionals' parts of an outcome (the § 257 and ILO view, the case summary). */
  professionalView: Condition;
  outcomes: Record<string, OutcomeMapping>;
}

/** Everything the engine needs, after validation. */
export interface FlowBundle {
  indicators: IndicatorsFile;
  screening: ScreeningFile;
  scoring: ScoringFile;
  outcomes: OutcomesFile;
  contacts: ContactsFile;
  facts: FactsFile;
}

/** How a language's texts came to be, said honestly on its start page when no native speaker has checked them. */
export type TranslationStatus =
  | { status: 'original' }
  | { status: 'machine'; from: string; on: string }
  | { status: 'reviewed'; on: string; reviewer: string };

export interface LanguageInfo {
  code: Language;
  /** The language's name in itself ("Română"). */
  name: string;
  /** Its name in Norwegian, for the words to ask for an interpreter ("rumensk"). */
  norwegianName: string;
  dir: 'ltr' | 'rtl';
  /** Browser language codes (navigator.languages, before any region) that mean this language. */
  browser: string[];
  translation: TranslationStatus;
}

export interface LanguagesFile {
  default: Language;
  /** The Norwegian words to ask for an interpreter, with {{language}} for the language's Norwegian name. */
  interpreterPhrase: string;
  languages: LanguageInfo[];
}

/** Answers, keyed by question id. Checkbox questions hold a list. */
export type Answers = Readonly<Record<string, string | readonly string[]>>;
