import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../engine/assess';
import type { Answers, Contact, OutcomeId, Role } from '../engine/types';
import { bundle } from '../flow-data';
import { useAnswerLabel } from './check-answers-page';
import { Pairs, useLawRows, useSignLabel } from './professional-outcome';
import { intlLocale } from './text';
import { questionsOf } from '../engine/flow';

interface Props {
  outcome: Exclude<OutcomeId, 'emergency'>;
  role: Role;
  answers: Answers;
  assessment: Assessment;
  contacts: readonly Contact[];
}

interface SummaryModel {
  title: string;
  screening: string;
  noPersonal: string;
  facts: [string, string][];
  answersTitle: string;
  answers: [string, string][];
  assessmentTitle: string;
  result: [string, string];
  /** What the answers show of § 257's elements, and whether the ILO rule is met. */
  law: [string, string][];
  positiveLabel: string;
  positive: { name: string; signs: string[] }[];
  none: string;
  referralsTitle: string;
  referrals: string[];
}

/** How to reach a contact, for notes: the phone number, else the web address or e-mail. */
function reachOf(contact: Contact): string {
  const web = contact.web ?? contact.form?.url;
  return contact.phone ?? web?.replace(/^https?:\/\/(www\.)?/, '') ?? contact.email ?? '';
}

/** The summary's content, built once and shown both as the page and as the copied plain text. */
function useSummaryModel({ outcome, role, answers, assessment, contacts }: Props, made: Date): SummaryModel {
  const { t, i18n } = useTranslation();
  const answerLabel = useAnswerLabel(role);
  const signLabel = useSignLabel();
  const when = new Intl.DateTimeFormat(intlLocale(i18n.language), { dateStyle: 'long', timeStyle: 'short' }).format(made);
  // Every answer given, in the order the flow asks them; the flow keeps only the answers on the path taken.
  const given = bundle.screening.nodes.flatMap((n) => questionsOf(n).map((q) => q.id)).filter((id) => answers[id] !== undefined);
  const lawRows = useLawRows(assessment);
  return {
    title: t('pro:summary.title'),
    screening: t('pro:summary.screening'),
    noPersonal: t('pro:summary.noPersonal'),
    facts: [
      [t('pro:summary.made'), when],
      [t('pro:summary.role'), answers.role ? answerLabel('role', answers.role) : ''],
      [t('pro:summary.purpose'), answers.purpose ? answerLabel('purpose', answers.purpose) : ''],
    ],
    answersTitle: t('pro:summary.answersTitle'),
    answers: given.map((id) => [t(`questions:${id}.short`), answerLabel(id, answers[id])]),
    assessmentTitle: t('pro:summary.assessmentTitle'),
    result: [t('pro:summary.result'), t(`pro:outcomeName.${outcome}`)],
    law: lawRows,
    positiveLabel: t('pro:summary.positive'),
    positive: assessment.dimensions
      .filter((d) => d.positive)
      .map((d) => ({ name: t(`signs:dimensions.${d.dimension}.name`), signs: d.signs.map(signLabel) })),
    none: t('pro:summary.none'),
    referralsTitle: t('pro:summary.referralsTitle'),
    referrals: contacts.map((c) => `${t(`contacts:${c.id}.name`)}: ${reachOf(c)}`),
  };
}

/** The summary as plain text, for pasting into case notes. */
function toPlainText(m: SummaryModel): string {
  const lines = [
    m.title,
    m.screening,
    '',
    ...m.facts.map(([k, v]) => `${k}: ${v}`),
    '',
    `${m.answersTitle}:`,
    ...m.answers.map(([k, v]) => `- ${k}: ${v}`),
    '',
    `${m.assessmentTitle}:`,
    `${m.result[0]}: ${m.result[1]}`,
    ...m.law.map(([k, v]) => `${k}: ${v}`),
    `${m.positiveLabel}: ${m.positive.length === 0 ? m.none : ''}`,
    ...m.positive.flatMap((d) => [`- ${d.name}`, ...d.signs.map((s) => `  - ${s}`)]),
    '',
    `${m.referralsTitle}:`,
    ...m.referrals.map((r) => `- ${r}`),
  ];
  return lines.join('\n').replace(/ +$/gm, '') + '\n';
}

/**
 * A case summary for professionals to print or copy into their own case notes. It holds no name
 * and has no field for personal details, and nothing of it is stored: the clipboard is the only
 * place it goes, and only when asked.
 */
export function CaseSummary(props: Props) {
  const { t } = useTranslation();
  const [made] = useState(() => new Date());
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const m = useSummaryModel(props, made);

  const copyText = async () => {
    try {
      await navigator.clipboard.writeText(toPlainText(m));
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };

  return (
    <div className="case-summary">
      {/* Closed until asked for, to keep the outcome short on a phone; printing opens it (outcome-page.tsx). */}
      <details data-summary className="disclosure case-summary__sheet">
        <summary>{t('pro:summary.show')}</summary>
        <h2 id="summary-heading">{m.title}</h2>
        <p className="case-summary__note">
          <strong>{m.screening}</strong>
        </p>
        <p className="case-summary__note">{m.noPersonal}</p>
        <Pairs className="case-summary__facts" rows={m.facts} />
        <h3>{m.answersTitle}</h3>
        <Pairs className="case-summary__answers" rows={m.answers} />
        <h3>{m.assessmentTitle}</h3>
        <dl className="case-summary__facts">
          <div>
            <dt>{m.result[0]}</dt>
            <dd>{m.result[1]}</dd>
          </div>
          {m.law.map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
          <div>
            <dt>{m.positiveLabel}</dt>
            <dd>
              {m.positive.length === 0 ? (
                m.none
              ) : (
                <ul>
                  {m.positive.map((d) => (
                    <li key={d.name}>
                      {d.name}
                      <ul>
                        {d.signs.map((s) => (
                          <li key={s}>{s}</li>
                        ))}
                      </ul>
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
        </dl>
        <h3>{m.referralsTitle}</h3>
        <ul>
          {m.referrals.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      </details>
      <div className="case-summary__actions">
        <button type="button" className="button button--secondary" data-action="print" onClick={() => window.print()}>
          {t('pro:summary.print')}
        </button>
        <button type="button" className="button button--secondary" data-action="copy" onClick={() => void copyText()}>
          {t('pro:summary.copy')}
        </button>
        <p role="status" className="case-summary__status">
          {copy === 'copied' ? t('pro:summary.copied') : copy === 'failed' ? t('pro:summary.copyFailed') : ''}
        </p>
      </div>
    </div>
  );
}
