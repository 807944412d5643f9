/**
 * The flow data the app runs on. It is checked in full at build time (vite.config.ts runs the same
 * checks as `npm run flows:check`), so here it is only given its type.
 */
import indicators from '../flows/indicators.json';
import screening from '../flows/screening.json';
import scoring from '../flows/scoring.json';
import outcomes from '../flows/outcomes.json';
import contacts from '../flows/contacts/no.json';
import facts from '../flows/facts/no.json';
import { answerBook } from './engine/answers';
import { nodeMap, questionOwners } from './engine/flow';
import type { FlowBundle } from './engine/types';

export const bundle = { indicators, screening, scoring, outcomes, contacts, facts } as unknown as FlowBundle;

/** Lookups the screens share, built once. */
export const nodes = nodeMap(bundle.screening);
export const owners = questionOwners(bundle.screening);
export const book = answerBook(bundle);
