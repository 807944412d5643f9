/** Every text in en, to hand over whole where nothing is fetched (the tests). */
import ui from '../../locales/en/ui.json';
import questions from '../../locales/en/questions.json';
import signs from '../../locales/en/signs.json';
import outcomes from '../../locales/en/outcomes.json';
import contacts from '../../locales/en/contacts.json';
import guidance from '../../locales/en/guidance.json';
import pages from '../../locales/en/pages.json';
import pro from '../../locales/en/pro.json';

export default { ui, questions, signs, outcomes, contacts, guidance, pages, pro };
