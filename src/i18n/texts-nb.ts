/** Every text in nb, bundled as one chunk so that a language is one request. */
import ui from '../../locales/nb/ui.json';
import questions from '../../locales/nb/questions.json';
import signs from '../../locales/nb/signs.json';
import outcomes from '../../locales/nb/outcomes.json';
import contacts from '../../locales/nb/contacts.json';
import guidance from '../../locales/nb/guidance.json';
import pages from '../../locales/nb/pages.json';

export default { ui, questions, signs, outcomes, contacts, guidance, pages };
