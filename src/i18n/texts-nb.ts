/** Every text in nb, to hand over whole where nothing is fetched (the tests). */
import ui from '../../locales/nb/ui.json';
import questions from '../../locales/nb/questions.json';
import signs from '../../locales/nb/signs.json';
import outcomes from '../../locales/nb/outcomes.json';
import contacts from '../../locales/nb/contacts.json';
import guidance from '../../locales/nb/guidance.json';
import pages from '../../locales/nb/pages.json';
import pro from '../../locales/nb/pro.json';

export default { ui, questions, signs, outcomes, contacts, guidance, pages, pro };
