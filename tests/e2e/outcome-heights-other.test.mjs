// Outcome heights in every language (outcome-heights-suite.mjs), role other.
import { heightsSuite } from './outcome-heights-suite.mjs';

heightsSuite('other');
