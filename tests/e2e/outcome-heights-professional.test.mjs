// Outcome heights in every language (outcome-heights-suite.mjs), role professional.
import { heightsSuite } from './outcome-heights-suite.mjs';

heightsSuite('professional');
