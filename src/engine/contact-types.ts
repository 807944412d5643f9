/** Types of the contact and fact data (flows/contacts/*.json, flows/facts/*.json), checked by zod in schema.ts. */

/** Opening hours. `slots` are [from, to] times written HH:MM. */
export type Hours =
  | { kind: 'always' }
  | { kind: 'weekdays'; slots: [string, string][] }
  /** Every day at these times; `except` gives other times on some days. */
  | { kind: 'daily'; slots: [string, string][]; except?: { day: Weekday; slots: [string, string][] }[] }
  /** The source says "weekdays, daytime" and gives no times. */
  | { kind: 'weekdays-daytime' }
  | { kind: 'varies' }
  | { kind: 'not-stated' };

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** A date as precise as the source gives it: YYYY, YYYY-MM or YYYY-MM-DD. */
export type PartialDate = string;

/** Another number of a contact; `for` says who it is for, where the source says so. */
export interface AltPhone {
  number: string;
  for?: 'deaf-or-hard-of-hearing';
}

/*
 * Ways to reach a service without speaking, for someone who is watched or cannot talk. Each has its
 * own source: a service's chat can be verified on another page, or at another time, than its phone.
 */
export interface ChatWay {
  url: string;
  hours?: Hours;
  source: string;
}
export interface SmsWay {
  /** Left out where the source gives none. */
  number?: string;
  hours?: Hours;
  /** The source says the SMS service needs registering in advance (112's emergency SMS). */
  needsRegistration?: boolean;
  source: string;
}
export interface FormWay {
  url: string;
  /** The source says a tip can be sent without a name. */
  anonymous?: boolean;
  source: string;
}

/** What could not be checked for a contact marked `verified: "partly"`. */
export const UNCONFIRMED_PARTS = ['hours', 'current'] as const;
export type UnconfirmedPart = (typeof UNCONFIRMED_PARTS)[number];

export interface Contact {
  id: string;
  phone?: string;
  phoneAlt?: AltPhone[];
  phoneIntl?: string;
  email?: string;
  web?: string;
  hours: Hours;
  chat?: ChatWay;
  sms?: SmsWay;
  form?: FormWay;
  for: ('victim' | 'bystander' | 'professional')[];
  audience: 'all' | 'adults' | 'children';
  source: string;
  /** When the source itself is dated, as precisely as it says; never guessed. */
  sourceDate?: PartialDate;
  verifiedOn: string;
  verified: 'yes' | 'partly';
  /** For `verified: "partly"`: which parts could not be fully checked. */
  unconfirmed?: UnconfirmedPart[];
}

export interface ContactsFile {
  jurisdiction: string;
  contacts: Contact[];
}

export interface Fact {
  id: string;
  value: number | string;
  source: string;
  verifiedOn: string;
}

export interface FactsFile {
  jurisdiction: string;
  facts: Fact[];
}
