// Outcome heights in every language (outcome-heights-suite.mjs), role self.
import { heightsSuite } from './outcome-heights-suite.mjs';

heightsSuite('self');
