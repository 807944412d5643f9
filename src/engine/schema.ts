/**
 * zod schemas for every flow file. Used at build time and by the checks only: the browser bundle
 * imports data that has already passed them (see vite.config.ts), so zod never ships to users.
 */
import { z } from 'zod';
import type { Condition } from './types';
import { OUTCOME_IDS, UNCONFIRMED_PARTS, WEEKDAYS } from './types';

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lower-case id with hyphens (like "debt-bondage")');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');
const dimension = z.number().int().min(1).max(6);
const weight = z.enum(['S', 'M', 'W'], { error: 'must be "S", "M" or "W"' });

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union(
    [
      z.strictObject({ answer: z.union([id, z.array(id).min(1)]), in: z.array(z.string()).min(1) }),
      z.strictObject({ all: z.array(conditionSchema).min(1) }),
      z.strictObject({ any: z.array(conditionSchema).min(1) }),
      z.strictObject({ not: conditionSchema }),
      z.strictObject({ ref: id }),
    ],
    { error: 'must be a condition: { answer, in }, { all }, { any }, { not } or { ref }' },
  ),
);

export const indicatorsSchema = z.strictObject({
  source: z.strictObject({ title: z.string().min(1), url: z.url(), note: z.string().optional() }),
  dimensions: z.record(z.enum(['1', '2', '3', '4', '5', '6']), id),
  indicators: z
    .array(
      z.strictObject({
        id,
        dimension: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)], {
          error: 'must be an ILO dimension from 1 to 6',
        }),
        weight: z.strictObject({ adult: weight, child: weight }, { error: 'must give a weight for adults and for children' }),
        purposes: z.array(z.enum(['sex', 'work', 'begging', 'crime', 'marriage', 'organs', 'war-service', 'other'])).min(1),
        source: z.string().min(1, 'must say where the indicator comes from'),
      }),
    )
    .min(1),
});

const questionKind = z.enum(['single', 'multiple', 'indicator']);
export const screeningSchema = z.strictObject({
  id,
  start: id,
  conditions: z.record(id, conditionSchema).optional(),
  nodes: z
    .array(
      z.strictObject({
        id,
        kind: z.enum(['info', 'single', 'multiple', 'indicator', 'group', 'checklist', 'check', 'outcome']),
        options: z.array(id).min(2).optional(),
        questions: z
          .array(z.strictObject({ id, kind: questionKind, options: z.array(id).min(2).optional(), askIf: conditionSchema.optional() }))
          .min(1)
          .optional(),
        style: z.enum(['ticklist', 'rows']).optional(),
        routes: z.array(z.strictObject({ when: conditionSchema, to: id })).optional(),
        next: id.optional(),
        askIf: conditionSchema.optional(),
        outcome: z.enum(OUTCOME_IDS).optional(),
        resume: id.optional(),
        offers: z
          .array(z.strictObject({ event: id, when: conditionSchema.optional(), to: id, withAnswer: z.boolean().optional() }))
          .optional(),
      }),
    )
    .min(1),
});

const threshold = z
  .strictObject({ S: z.number().int().min(1), M: z.number().int().min(1), W: z.number().int().min(1), MW: z.number().int().min(1) })
  .partial()
  .refine((t) => Object.keys(t).length > 0, 'a threshold needs at least one count');

export const scoringSchema = z.strictObject({
  source: z.string().min(1),
  signValues: z.strictObject({
    firm: z.array(z.enum(['yes', 'no', 'unsure'])).min(1),
    possible: z.array(z.enum(['yes', 'no', 'unsure'])).min(1),
  }),
  dimensionPositive: z.array(threshold).min(1),
  possibleChild: conditionSchema,
  law: z.strictObject({
    source: z.string().min(1, 'must say where the rule comes from'),
    quote: z.string().min(1, 'must quote the law'),
    means: z.strictObject({ dimensions: z.array(dimension).min(1) }),
    exploitation: z.strictObject({ dimensions: z.array(dimension), signs: z.array(id) }),
    forcedInto: z.array(id),
    childSituation: conditionSchema,
    childMinSigns: z.number().int().min(1),
  }),
  ilo: z.strictObject({
    source: z.string().min(1),
    trafficking: z.array(z.array(dimension).min(1)).min(1),
  }),
  exploitation: z.strictObject({
    minPositiveDimensions: z.number().int().min(1),
    minStrong: z.number().int().min(1),
    minIndicators: z.number().int().min(1),
    minSignsIn: z.strictObject({ dimensions: z.array(z.number().int().min(1).max(6)).min(1), count: z.number().int().min(1) }),
  }),
});

const pick = z.strictObject({ id, when: conditionSchema.optional() });
export const outcomesSchema = z.strictObject({
  conditions: z.record(id, conditionSchema).optional(),
  urgent: z.array(id).min(1, 'list the contacts to show where nothing else can be (start page, error screen)'),
  professionalView: conditionSchema,
  outcomes: z.record(z.string(), z.strictObject({ contacts: z.array(pick).min(1), guidance: z.array(pick) })),
});

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time written HH:MM');
const slots = z.array(z.tuple([time, time])).min(1);
const hours = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('always') }),
    z.strictObject({ kind: z.literal('weekdays'), slots }),
    z.strictObject({
      kind: z.literal('daily'),
      slots,
      except: z.array(z.strictObject({ day: z.enum(WEEKDAYS), slots })).optional(),
    }),
    z.strictObject({ kind: z.literal('weekdays-daytime') }),
    z.strictObject({ kind: z.literal('varies') }),
    z.strictObject({ kind: z.literal('not-stated') }),
  ],
  { error: 'must be opening hours: kind "always", "weekdays", "daily", "weekdays-daytime", "varies" or "not-stated"' },
);
const phoneNumber = z.string().regex(/^\+?[0-9 ]{3,16}$/, 'must be a phone number of digits and spaces');
const webAddress = z.url({ protocol: /^https$/, error: 'must be a web address starting with https://' });
const source = z.string({ error: 'must say where it comes from (a source)' }).min(1, 'must say where it comes from (a source)');
/** A date as precise as its source: a year, a month or a day. */
const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD');

export const contactsSchema = z.strictObject({
  jurisdiction: z.string().length(2),
  contacts: z.array(
    z.strictObject({
      id,
      phone: phoneNumber.optional(),
      phoneAlt: z
        .array(
          z.strictObject(
            { number: phoneNumber, for: z.enum(['deaf-or-hard-of-hearing']).optional() },
            { error: 'must be { "number": "…" } with an optional "for" ("deaf-or-hard-of-hearing")' },
          ),
        )
        .optional(),
      phoneIntl: z
        .string()
        .regex(/^\+[0-9]{6,15}$/, 'must be an international number like +4722331160')
        .optional(),
      email: z.email().optional(),
      web: z.url().optional(),
      hours,
      // Ways to reach the service without speaking, each with its own source.
      chat: z.strictObject({ url: webAddress, hours: hours.optional(), source }).optional(),
      sms: z
        .strictObject({ number: phoneNumber.optional(), hours: hours.optional(), needsRegistration: z.boolean().optional(), source })
        .optional(),
      form: z.strictObject({ url: webAddress, anonymous: z.boolean().optional(), source }).optional(),
      for: z.array(z.enum(['victim', 'bystander', 'professional'])).min(1),
      audience: z.enum(['all', 'adults', 'children']),
      source: z.string({ error: 'every contact needs a source' }).min(1, 'every contact needs a source'),
      sourceDate: partialDate.optional(),
      verifiedOn: isoDate,
      verified: z.enum(['yes', 'partly'], { error: 'must be "yes" or "partly"; leave unverified contacts out' }),
      unconfirmed: z.array(z.enum(UNCONFIRMED_PARTS)).min(1).optional(),
    }),
  ),
});

export const factsSchema = z.strictObject({
  jurisdiction: z.string().length(2),
  facts: z.array(
    z.strictObject({
      id: z.string().regex(/^[a-zA-Z]+$/),
      value: z.union([z.number(), z.string()]),
      source: z.string().min(1),
      verifiedOn: isoDate,
    }),
  ),
});

export const languagesSchema = z.strictObject({
  default: z.string(),
  interpreterPhrase: z.string().includes('{{language}}', { error: 'must hold {{language}}' }),
  languages: z
    .array(
      z.strictObject({
        code: z.string().regex(/^[a-z]{2,3}$/, 'must be a language code like "ro"'),
        name: z.string().min(1),
        norwegianName: z.string().min(1),
        dir: z.enum(['ltr', 'rtl']),
        browser: z.array(z.string().regex(/^[a-z]{2,3}$/)).min(1),
        translation: z.discriminatedUnion(
          'status',
          [
            z.strictObject({ status: z.literal('original') }),
            z.strictObject({ status: z.literal('machine'), from: z.string(), on: isoDate }),
            z.strictObject({ status: z.literal('reviewed'), on: isoDate, reviewer: z.string().min(1, 'say who reviewed it (their role)') }),
          ],
          { error: 'must be { status: "original" }, { status: "machine", from, on } or { status: "reviewed", on, reviewer }' },
        ),
      }),
    )
    .min(1),
});
export const LANGUAGES_FILE = 'locales/languages.json';

/** The flow files and the schema each must meet. */
export const FLOW_FILES = {
  indicators: { file: 'flows/indicators.json', schema: indicatorsSchema },
  screening: { file: 'flows/screening.json', schema: screeningSchema },
  scoring: { file: 'flows/scoring.json', schema: scoringSchema },
  outcomes: { file: 'flows/outcomes.json', schema: outcomesSchema },
  contacts: { file: 'flows/contacts/no.json', schema: contactsSchema },
  facts: { file: 'flows/facts/no.json', schema: factsSchema },
} as const;
