import { useTranslation } from 'react-i18next';
import type { Contact } from '../engine/types';

/** A phone number as a tel: link target: the international form where the data gives one. */
export function telHref(contact: Pick<Contact, 'phone' | 'phoneIntl'>): string | undefined {
  if (contact.phoneIntl) return `tel:${contact.phoneIntl}`;
  return contact.phone ? `tel:${contact.phone.replace(/\s+/g, '')}` : undefined;
}

export function formatDate(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(lang === 'nb' ? 'nb-NO' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));
}

function Hours({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const h = contact.hours;
  if (h.kind === 'weekdays') {
    return (
      <>
        {t('contact.hours.weekdays', {
          slots: h.slots.map(([from, to]) => t('contact.hours.slot', { from, to })).join(t('contact.hours.and')),
        })}
      </>
    );
  }
  return <>{t(`contact.hours.${h.kind}`)}</>;
}

export function ContactCard({ contact }: { contact: Contact }) {
  const { t, i18n } = useTranslation();
  const tel = telHref(contact);
  const sourceUrl = /^https?:\/\/\S+/.exec(contact.source)?.[0];
  return (
    <article className="contact" data-contact={contact.id} aria-labelledby={`contact-${contact.id}`}>
      <h3 id={`contact-${contact.id}`} className="contact__name">
        {t(`contacts:${contact.id}.name`)}
      </h3>
      <p className="contact__helps">{t(`contacts:${contact.id}.helpsWith`)}</p>
      {tel && (
        <p className="contact__phone">
          <a href={tel}>
            <span className="visually-hidden">{t('contact.call')} </span>
            {contact.phone}
          </a>
          {contact.phoneAlt && contact.phoneAlt.length > 0 && (
            <span className="contact__alt"> {t('contact.alsoOn', { numbers: contact.phoneAlt.join(', ') })}</span>
          )}
        </p>
      )}
      <dl className="contact__facts">
        <div>
          <dt>{t('contact.open')}</dt>
          <dd>
            <Hours contact={contact} />
          </dd>
        </div>
        {contact.web && (
          <div>
            <dt>{t('contact.web')}</dt>
            <dd>
              <a href={contact.web} rel="noreferrer">
                {new URL(contact.web).hostname.replace(/^www\./, '')}
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
      {contact.verified === 'partly' && <p className="contact__partly">{t('contact.partly')}</p>}
      <p className="contact__checked">
        {t('contact.checked', { date: formatDate(contact.verifiedOn, i18n.language) })}{' '}
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
