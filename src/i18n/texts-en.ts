/** Every text in en, bundled as one chunk so that a language is one request. */
import ui from '../../locales/en/ui.json';
import questions from '../../locales/en/questions.json';
import signs from '../../locales/en/signs.json';
import outcomes from '../../locales/en/outcomes.json';
import contacts from '../../locales/en/contacts.json';
import guidance from '../../locales/en/guidance.json';
import pages from '../../locales/en/pages.json';

export default { ui, questions, signs, outcomes, contacts, guidance, pages };
