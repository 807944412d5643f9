/** The entry of the professionals' chunk (see professional-parts.ts). */
export { CaseSummary } from './case-summary';
export { ChecklistPage } from './checklist-page';
export { ProfessionalDetails } from './professional-outcome';
