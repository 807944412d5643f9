import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { intlLocale, PhoneNumber } from './text';
import type { Contact, Hours as HoursData } from '../engine/types';

/** A phone number as a tel: link target: the international form where the data gives one. */
export function telHref(contact: Pick<Contact, 'phone' | 'phoneIntl'>): string | undefined {
  if (contact.phoneIntl) return `tel:${contact.phoneIntl}`;
  return contact.phone ? `tel:${contact.phone.replace(/\s+/g, '')}` : undefined;
}


export function formatDate(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(intlLocale(lang), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));
}

/** A date as precise as its source gives it: "2019", "March 2024" or "1 March 2024". */
export function formatPartialDate(value: string, lang: string): string {
  const [year, month, day] = value.split('-');
  if (day) return formatDate(value, lang);
  if (!month) return year;
  return new Intl.DateTimeFormat(intlLocale(lang), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${year}-${month}-01T00:00:00Z`),
  );
}

/** The host of a web address, for a short link text: "116111.no". */
function host(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

function Hours({ hours }: { hours: HoursData }) {
  const { t } = useTranslation();
  const slots = (list: [string, string][]) => list.map(([from, to]) => t('contact.hours.slot', { from, to })).join(t('contact.hours.and'));
  if (hours.kind === 'weekdays') return <>{t('contact.hours.weekdays', { slots: slots(hours.slots) })}</>;
  if (hours.kind === 'daily') {
    const except = (hours.except ?? []).map((e) => t('contact.hours.except', { day: t(`contact.day.${e.day}`), slots: slots(e.slots) }));
    return (
      <>
        {t('contact.hours.daily', { slots: slots(hours.slots) })}
        {except.length > 0 && ` (${except.join('; ')})`}
      </>
    );
  }
  return <>{t(`contact.hours.${hours.kind}`)}</>;
}

/**
 * Chat, SMS and web forms: for someone who is watched or cannot talk. Only what the data holds, each
 * verified with its own source.
 */
function SilentWays({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const { chat, sms, form } = contact;
  const ways: { key: string; body: ReactNode }[] = [];
  if (chat) {
    ways.push({
      key: 'chat',
      body: (
        <>
          <a href={chat.url} rel="noreferrer">
            {t('contact.silent.chat', { site: host(chat.url) })}
          </a>
          {chat.hours && (
            <>
              {' – '}
              <Hours hours={chat.hours} />
            </>
          )}
        </>
      ),
    });
  }
  if (sms) {
    ways.push({
      key: 'sms',
      body: (
        <>
          {sms.number ? (
            <a href={`sms:${sms.number.replace(/\s+/g, '')}`}>{t('contact.silent.smsTo', { number: sms.number })}</a>
          ) : (
            t(sms.needsRegistration ? 'contact.silent.smsRegistered' : 'contact.silent.smsNoNumber')
          )}
          {sms.number && sms.needsRegistration && ` ${t('contact.silent.smsRegistered')}`}
          {sms.hours && (
            <>
              {' – '}
              <Hours hours={sms.hours} />
            </>
          )}
        </>
      ),
    });
  }
  if (form) {
    ways.push({
      key: 'form',
      body: (
        <>
          <a href={form.url} rel="noreferrer">
            {t('contact.silent.form', { site: host(form.url) })}
          </a>
          {form.anonymous && ` – ${t('contact.silent.anonymous')}`}
        </>
      ),
    });
  }
  if (ways.length === 0) return null;
  const title = <strong className="contact__silent-title">{t('contact.silent.title')}</strong>;
  // One way fits on the title's line; several make a list.
  if (ways.length === 1) {
    return (
      <p className="contact__silent">
        {title} {ways[0].body}
      </p>
    );
  }
  return (
    <div className="contact__silent">
      <p>{title}</p>
      <ul>
        {ways.map((w) => (
          <li key={w.key}>{w.body}</li>
        ))}
      </ul>
    </div>
  );
}

interface CardProps {
  contact: Contact;
  /**
   * The card sits inside a disclosure whose <summary> already names the contact (`labelledBy` is the
   * summary's id): no heading of its own.
   */
  labelledBy?: string;
}

export function ContactCard({ contact, labelledBy }: CardProps) {
  const { t, i18n } = useTranslation();
  const tel = telHref(contact);
  const sourceUrl = /^https?:\/\/\S+/.exec(contact.source)?.[0];
  const nameId = `contact-${contact.id}`;
  // The tip form of the police is the contact itself: one link, not the same address twice.
  const web = contact.web && contact.web !== contact.form?.url ? contact.web : undefined;
  return (
    <article
      className="contact"
      // In a disclosure, the <details> carries the hook (the element that stays visible).
      data-contact={labelledBy ? undefined : contact.id}
      aria-labelledby={labelledBy ?? nameId}
    >
      {!labelledBy && (
        <h3 id={nameId} className="contact__name">
          {t(`contacts:${contact.id}.name`)}
        </h3>
      )}
      {/* The number first: on the outcome page the first card's call link must be on the first screen. */}
      {tel && (
        <p className="contact__phone">
          <a href={tel}>
            <span className="visually-hidden">{t('contact.call')} </span>
            <PhoneNumber>{contact.phone!}</PhoneNumber>
          </a>
          {contact.phoneAlt?.map((alt) => (
            <span key={alt.number} className="contact__alt">
              {' '}
              {alt.for ? (
                <>
                  <a href={`tel:${alt.number.replace(/\s+/g, '')}`}>
                    <PhoneNumber>{alt.number}</PhoneNumber>
                  </a> {t(`contact.altFor.${alt.for}`)}
                </>
              ) : (
                t('contact.alsoOn', { numbers: alt.number })
              )}
            </span>
          ))}
        </p>
      )}
      <p className="contact__helps">{t(`contacts:${contact.id}.helpsWith`)}</p>
      <SilentWays contact={contact} />
      <dl className="contact__facts">
        <div>
          <dt>{t('contact.open')}</dt>
          <dd>
            <Hours hours={contact.hours} />
          </dd>
        </div>
        {web && (
          <div>
            <dt>{t('contact.web')}</dt>
            <dd>
              <a href={web} rel="noreferrer">
                {host(web)}
              </a>
            </dd>
          </div>
        )}
        {contact.email && (
          <div>
            <dt>{t('contact.email')}</dt>
            <dd>
              <a href={`mailto:${contact.email}`}>{contact.email}</a>
            </dd>
          </div>
        )}
      </dl>
      {contact.verified === 'partly' && (
        <p className="contact__partly">
          {[...(contact.unconfirmed ?? []).map((part) => t(`contact.unconfirmed.${part}`)), t('contact.partly')].join(' ')}
        </p>
      )}
      <p className="contact__checked">
        {t('contact.checked', { date: formatDate(contact.verifiedOn, i18n.language) })}{' '}
        {contact.sourceDate && <span>{t('contact.sourceDated', { date: formatPartialDate(contact.sourceDate, i18n.language) })} </span>}
        {sourceUrl ? (
          <a href={sourceUrl} rel="noreferrer">
            {t('contact.source')}
          </a>
        ) : (
          <span>
            {t('contact.source')}: {contact.source}
          </span>
        )}
      </p>
    </article>
  );
}

/** Contact cards in the order given: the order is the advice (who to call first). */
export function ContactList({ contacts }: { contacts: readonly Contact[] }) {
  return (
    <div className="contacts">
      {contacts.map((c) => (
        <ContactCard key={c.id} contact={c} />
      ))}
    </div>
  );
}

/**
 * Contacts of lower priority, each in its own disclosure that opens on demand. The <details>
 * carries `data-contact`: it is the element that stays visible while closed.
 */
export function ContactDisclosures({ contacts }: { contacts: readonly Contact[] }) {
  const { t } = useTranslation();
  return (
    <div className="contacts contacts--more">
      {contacts.map((c) => (
        <details key={c.id} className="disclosure contact-more" data-contact={c.id}>
          <summary id={`contact-more-${c.id}`}>{t(`contacts:${c.id}.name`)}</summary>
          <ContactCard contact={c} labelledBy={`contact-more-${c.id}`} />
        </details>
      ))}
    </div>
  );
}
