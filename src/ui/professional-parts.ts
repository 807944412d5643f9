import { lazy } from 'react';

/**
 * The professionals' parts (checklist, detailed outcome, case summary) are their own chunk: people
 * checking their own situation on a slow phone never download them. They are fetched from the
 * app's own origin as soon as the role "professional" is chosen, well before they are shown.
 */
const load = () => import('./professional-chunk');

export const ChecklistPage = lazy(() => load().then((m) => ({ default: m.ChecklistPage })));
export const ProfessionalDetails = lazy(() => load().then((m) => ({ default: m.ProfessionalDetails })));
export const CaseSummary = lazy(() => load().then((m) => ({ default: m.CaseSummary })));

export function preloadProfessionalParts(): void {
  void load();
}
