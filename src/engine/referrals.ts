import { evaluate } from './conditions';
import type { Answers, Contact, FlowBundle, GuidanceId, OutcomeId } from './types';

export interface Referrals {
  contacts: Contact[];
  guidance: GuidanceId[];
}

/**
 * The contacts and guidance topics for an outcome, in the order flows/outcomes.json gives them,
 * kept where their condition holds for these answers.
 */
export function referralsFor(outcome: OutcomeId, answers: Answers, bundle: Pick<FlowBundle, 'outcomes' | 'contacts'>): Referrals {
  const mapping = bundle.outcomes.outcomes[outcome];
  if (!mapping) return { contacts: [], guidance: [] };
  const named = bundle.outcomes.conditions ?? {};
  const holds = (p: { when?: Parameters<typeof evaluate>[0] }) => !p.when || evaluate(p.when, answers, named);
  const byId = new Map(bundle.contacts.contacts.map((c) => [c.id, c]));
  return {
    contacts: mapping.contacts.filter(holds).flatMap((p) => byId.get(p.id) ?? []),
    guidance: mapping.guidance.filter(holds).map((p) => p.id as GuidanceId),
  };
}

/** Whether these answers get the professionals' view of an outcome (flows/outcomes.json). */
export function seesProfessionalView(answers: Answers, bundle: Pick<FlowBundle, 'outcomes'>): boolean {
  return evaluate(bundle.outcomes.professionalView, answers, bundle.outcomes.conditions ?? {});
}
