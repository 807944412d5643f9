/** The entry of the professionals' chunk (see professional-parts.ts). Each part waits for its wording. */
import type { Role } from '../engine/types';
import { CaseSummary as Summary } from './case-summary';
import { ChecklistPage as Checklist } from './checklist-page';
import { InfoPage } from './info-page';
import { ProfessionalDetails as Details } from './professional-outcome';
import { withProfessionalTexts } from './professional-texts';

export const CaseSummary = withProfessionalTexts(Summary);
export const ChecklistPage = withProfessionalTexts(Checklist, true);
export const ProfessionalDetails = withProfessionalTexts(Details);
export const InterviewPage = withProfessionalTexts(
  (props: { role: Role; onContinue: () => void }) => <InfoPage page="pro:interview" {...props} />,
  true,
);
