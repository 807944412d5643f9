// The language suite (languages-suite.mjs) for nb and en.
import { coverage, languageSuite } from './languages-suite.mjs';

languageSuite(['nb', 'en']);
coverage();
