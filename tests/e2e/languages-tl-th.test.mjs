// The language suite (languages-suite.mjs) for tl and th.
import { languageSuite } from './languages-suite.mjs';

languageSuite(['tl', 'th']);
