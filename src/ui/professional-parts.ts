import type { i18n } from 'i18next';
import { lazy } from 'react';
import { loadProfessionalTexts } from '../i18n/setup';

/**
 * The professionals' parts (checklist, detailed outcome, case summary, interview guidance) and their
 * wording are chunks of their own: people checking their own situation on a slow phone never
 * download them. They are fetched from the app's own origin as soon as the role "professional" is
 * chosen, well before they are shown.
 */
const load = () => import('./professional-chunk');

export const ChecklistPage = lazy(() => load().then((m) => ({ default: m.ChecklistPage })));
export const ProfessionalDetails = lazy(() => load().then((m) => ({ default: m.ProfessionalDetails })));
export const CaseSummary = lazy(() => load().then((m) => ({ default: m.CaseSummary })));
export const InterviewPage = lazy(() => load().then((m) => ({ default: m.InterviewPage })));

export function preloadProfessionalParts(instance: i18n): void {
  void load();
  // A part whose wording failed to come asks for it again when shown (professional-texts.tsx).
  loadProfessionalTexts(instance).catch(() => undefined);
}
