// The language suite (languages-suite.mjs) for uk and ru.
import { languageSuite } from './languages-suite.mjs';

languageSuite(['uk', 'ru']);
