// The language suite (languages-suite.mjs) for ar and ur.
import { languageSuite } from './languages-suite.mjs';

languageSuite(['ar', 'ur']);
