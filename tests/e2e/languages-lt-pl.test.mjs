// The language suite (languages-suite.mjs) for lt and pl.
import { languageSuite } from './languages-suite.mjs';

languageSuite(['lt', 'pl']);
