// The language suite (languages-suite.mjs) for sq and ti.
import { languageSuite } from './languages-suite.mjs';

languageSuite(['sq', 'ti']);
