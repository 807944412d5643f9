// @vitest-environment jsdom
/**
 * The contact card: the date of the source beside the date it was checked, what a partly verified
 * contact could not have checked, the number for people who are deaf or hard of hearing, and the
 * silent ways (chat, SMS, web form) — all from flows/contacts/no.json, never typed into a text.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import type { Contact } from '../../src/engine/types';
import { bundle } from '../../src/flow-data';
import { createI18n, loadLanguage, type Language } from '../../src/i18n/setup';
import textsEn from '../../src/i18n/texts-en';
import textsNb from '../../src/i18n/texts-nb';
import { ContactCard, formatPartialDate } from '../../src/ui/contact-card';

afterEach(cleanup);

const contact = (id: string): Contact => {
  const found = bundle.contacts.contacts.find((c) => c.id === id);
  if (!found) throw new Error(`no contact ${id} in flows/contacts/no.json`);
  return found;
};

async function renderCard(c: Contact, lang: Language = 'en') {
  const i18n = createI18n();
  await loadLanguage(i18n, lang, lang === 'en' ? textsEn : textsNb);
  render(
    <I18nextProvider i18n={i18n}>
      <ContactCard contact={c} />
    </I18nextProvider>,
  );
  return { card: document.querySelector<HTMLElement>(`[data-contact="${c.id}"]`)!, t: i18n.t };
}

describe('the date of the source', () => {
  it('is written as precisely as the source gives it', () => {
    expect(formatPartialDate('2019', 'en')).toBe('2019');
    expect(formatPartialDate('2024-03', 'en')).toBe('March 2024');
    expect(formatPartialDate('2024-03', 'nb')).toBe('mars 2024');
    expect(formatPartialDate('2024-03-05', 'en')).toBe('5 March 2024');
  });

  it('shows on every card whose data has one, beside the date it was checked', async () => {
    const dated = bundle.contacts.contacts.filter((c) => c.sourceDate);
    // The child helpline's page is dated (March 2024) in shared/reference/contacts-no.md.
    expect(dated.map((c) => c.id)).toContain('no-116111');
    for (const c of dated) {
      for (const lang of ['en', 'nb'] as const) {
        const { card, t } = await renderCard(c, lang);
        expect(card).toHaveTextContent(t('contact.sourceDated', { date: formatPartialDate(c.sourceDate!, lang) }));
        expect(card).toHaveTextContent(lang === 'en' ? /Checked \d+ \w+ \d{4}\./ : /Sjekket \d+\. \w+ \d{4}\./);
        cleanup();
      }
    }
    const { card } = await renderCard(contact('no-116111'));
    expect(card).toHaveTextContent('Source dated March 2024.');
  });

  it('is left out where the data has none', async () => {
    expect(contact('no-rosa').sourceDate).toBeUndefined();
    const { card } = await renderCard(contact('no-rosa'));
    expect(card).not.toHaveTextContent(/Source dated/);
    expect(card).toHaveTextContent('Checked 1 November 2026.');
  });
});

describe('a partly verified contact', () => {
  it('says on its card what could not be checked (IOM: whether the service still works so)', async () => {
    const iom = contact('no-iom');
    expect(iom.verified).toBe('partly');
    const { card, t } = await renderCard(iom);
    expect(card).toHaveTextContent(t('contact.unconfirmed.current'));
    expect(card).toHaveTextContent(t('contact.partly'));
  });

  it('names the opening hours when they are what is unconfirmed', async () => {
    const { card } = await renderCard({ ...contact('no-iom'), unconfirmed: ['hours'] });
    expect(card).toHaveTextContent('The opening hours could not be fully checked.');
    expect(card).not.toHaveTextContent('still works as described');
  });

  it('is the only kind of card that says so', async () => {
    for (const c of bundle.contacts.contacts.filter((x) => x.verified === 'yes')) {
      const { card, t } = await renderCard(c);
      expect(card).not.toHaveTextContent(t('contact.partly'));
      cleanup();
    }
  });
});

describe('the emergency number', () => {
  it('labels 1412 as the number for people who are deaf or hard of hearing', async () => {
    const { card } = await renderCard(contact('no-112'));
    const link = within(card).getByRole('link', { name: '1412' });
    expect(link).toHaveAttribute('href', 'tel:1412');
    expect(link.parentElement).toHaveTextContent('1412 for people who are deaf or hard of hearing');
  });

  it('says that its SMS service needs registering in advance, and offers no SMS link', async () => {
    expect(contact('no-112').sms?.needsRegistration).toBe(true);
    const { card } = await renderCard(contact('no-112'));
    expect(card).toHaveTextContent(
      'If you cannot talk: Emergency text messages (SMS) work only if you have registered for them in advance.',
    );
    expect(card.querySelector('a[href^="sms:"]')).toBeNull();
  });
});

describe('silent ways to reach help', () => {
  it('the child helpline: its chat as a link, with the hours the source gives', async () => {
    const { card } = await renderCard(contact('no-116111'));
    const chat = within(card).getByRole('link', { name: 'Chat at 116111.no' });
    expect(chat).toHaveAttribute('href', contact('no-116111').chat!.url);
    expect(card).toHaveTextContent('Every day 16:15–22:45 (Saturday 16:15–23:45)');
  });

  it('the police tip form: one link to the form, not the same address again as "Web"', async () => {
    const tips = contact('no-kripos-tips');
    const { card } = await renderCard(tips);
    expect(within(card).getByRole('link', { name: 'Write to them: form at politiet.no' })).toHaveAttribute('href', tips.form!.url);
    expect(within(card).queryByText('Web')).toBeNull();
  });

  it('the Labour Inspection Authority: a form where a tip needs no name, and a chat', async () => {
    const { card } = await renderCard(contact('no-at'));
    const form = within(card).getByRole('link', { name: 'Write to them: form at arbeidstilsynet.no' });
    expect(form.parentElement).toHaveTextContent('you do not have to give your name');
    expect(within(card).getByRole('link', { name: 'Chat at arbeidstilsynet.no' })).toBeInTheDocument();
  });

  it('every chat and form in the data is a link on its card, in both languages', async () => {
    const silent = bundle.contacts.contacts.filter((c) => c.chat || c.form);
    expect(silent.length).toBeGreaterThanOrEqual(4);
    for (const c of silent) {
      for (const lang of ['en', 'nb'] as const) {
        const { card, t } = await renderCard(c, lang);
        expect(card).toHaveTextContent(t('contact.silent.title'));
        for (const url of [c.chat?.url, c.form?.url].filter(Boolean)) {
          expect(card.querySelector(`a[href="${url}"]`), `${c.id} ${url}`).not.toBeNull();
        }
        cleanup();
      }
    }
  });

  it('an SMS number becomes an sms: link', async () => {
    // A made-up contact: no contact in the data has a verified SMS number yet.
    const { card } = await renderCard({ ...contact('no-rosa'), sms: { number: '22 33 11 60', source: 'test' } });
    expect(within(card).getByRole('link', { name: 'Send a text to 22 33 11 60' })).toHaveAttribute('href', 'sms:22331160');
  });

  it('a contact with none says nothing about it', async () => {
    const { card } = await renderCard(contact('no-rosa'));
    expect(card).not.toHaveTextContent('If you cannot talk');
    expect(card.querySelector('a[href^="sms:"]')).toBeNull();
    expect(screen.getAllByRole('link').length).toBeGreaterThan(0);
  });
});
