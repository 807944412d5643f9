// The language suite (languages-suite.mjs) for ro and bg.
import { languageSuite, offerSuite } from './languages-suite.mjs';

offerSuite(languageSuite(['ro', 'bg']));
