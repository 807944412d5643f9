import type { FlowBundle } from './types';

/** Placeholders that put a phone number from the contacts data into a text. */
export const PHONE_PLACEHOLDERS = {
  emergency: 'no-112',
  medical: 'no-113',
  police: 'no-02800',
  rosa: 'no-rosa',
  childHelpline: 'no-116111',
} as const;

/** Values for every placeholder texts may use, all taken from data. */
export function textValues(bundle: Pick<FlowBundle, 'contacts' | 'facts'>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, contactId] of Object.entries(PHONE_PLACEHOLDERS)) {
    const phone = bundle.contacts.contacts.find((c) => c.id === contactId)?.phone;
    if (phone) values[name] = phone;
  }
  for (const fact of bundle.facts.facts) values[fact.id] = String(fact.value);
  return values;
}
