import { useSelector } from '@xstate/react';
import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nodeMap } from '../engine/flow';
import type { OutcomeId, Role } from '../engine/types';
import { bundle } from '../flow-data';
import { isLanguage, LANGUAGES, loadLanguage, type Language } from '../i18n/setup';
import { CheckAnswersPage } from './check-answers-page';
import { telHref } from './contact-card';
import { ErrorBoundary } from './error-boundary';
import { InfoPage } from './info-page';
import { OutcomePage } from './outcome-page';
import { ChecklistPage, preloadProfessionalParts } from './professional-parts';
import { QuestionPage } from './question-page';
import { QuickExit } from './quick-exit';
import { StartPage } from './start-page';
import { useScreening } from './use-screening';

const nodes = nodeMap(bundle.screening);
const contactsById = new Map(bundle.contacts.contacts.map((c) => [c.id, c]));
const URGENT = ['no-112', 'no-02800', 'no-rosa', 'no-116111'].flatMap((id) => contactsById.get(id) ?? []);

function EmergencyBar() {
  const { t } = useTranslation();
  const emergency = contactsById.get('no-112')!;
  return (
    <p className="emergency-bar">
      {t('emergencyBar.text')}{' '}
      <a href={telHref(emergency)} className="emergency-bar__number">
        {t('emergencyBar.call', { number: emergency.phone })}
      </a>
    </p>
  );
}

function LanguagePicker({ onChange }: { onChange: (lang: Language) => void }) {
  const { t, i18n } = useTranslation();
  return (
    <nav className="language-picker" aria-label={t('language.label')}>
      <ul>
        {LANGUAGES.map((lang) => (
          <li key={lang}>
            <button
              type="button"
              lang={lang}
              data-action="language"
              data-lang={lang}
              aria-current={i18n.language === lang ? 'true' : undefined}
              onClick={() => onChange(lang)}
            >
              {t(`language.name.${lang}`)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Screens() {
  const { t } = useTranslation();
  const { actor, node: nodeId, context, send, back, canGoBack } = useScreening();
  const canTakeChecklist = useSelector(actor, (s) => s.can({ type: 'OFFER', offer: 'checklist' }));
  const [page, setPage] = useState<'flow' | 'safety' | 'interview'>('flow');
  const node = nodes.get(nodeId)!;
  const role = (typeof context.answers.role === 'string' ? context.answers.role : 'other') as Role;

  useEffect(() => {
    if (role === 'professional') preloadProfessionalParts();
  }, [role]);

  // The browser can restore this page from its back/forward cache after a quick exit: start over.
  useEffect(() => {
    const onShow = (event: PageTransitionEvent) => {
      if (event.persisted) {
        document.documentElement.classList.remove('is-exiting');
        send({ type: 'RESTART' });
        setPage('flow');
      }
    };
    window.addEventListener('pageshow', onShow);
    return () => window.removeEventListener('pageshow', onShow);
  }, [send]);

  const forget = () => send({ type: 'RESTART' });
  const goBack = canGoBack ? back : undefined;

  let screen;
  if (page !== 'flow') {
    screen = <InfoPage page={page} onContinue={() => setPage('flow')} />;
  } else if (node.kind === 'info') {
    screen = <StartPage urgent={URGENT} onContinue={() => send({ type: 'NEXT' })} onSafety={() => setPage('safety')} />;
  } else if (node.kind === 'check') {
    screen = (
      <CheckAnswersPage
        role={role}
        path={context.history}
        answers={context.answers}
        onChange={(question) => send({ type: 'CHANGE', question })}
        onContinue={() => send({ type: 'NEXT' })}
        onBack={back}
      />
    );
  } else if (node.kind === 'outcome') {
    screen = (
      <OutcomePage
        outcome={node.outcome as OutcomeId}
        role={role}
        answers={context.answers}
        onRestart={() => send({ type: 'RESTART' })}
        onResume={node.resume ? () => send({ type: 'RESUME' }) : undefined}
        onBack={node.resume ? undefined : goBack}
        onSafety={() => setPage('safety')}
        onInterview={() => setPage('interview')}
      />
    );
  } else if (node.kind === 'checklist') {
    screen = (
      <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
        <ChecklistPage
          key={context.history.length}
          answers={context.answers}
          onSubmit={(answers) => send({ type: 'CHECKLIST_ANSWERS', answers })}
          onBack={goBack}
        />
      </Suspense>
    );
  } else {
    screen = (
      <QuestionPage
        key={`${node.id}-${context.history.length}`}
        node={node}
        role={role}
        initial={context.answers[node.id]}
        onAnswer={(value) => send({ type: 'ANSWER', value })}
        onBack={goBack}
        onChecklist={canTakeChecklist ? () => send({ type: 'OFFER', offer: 'checklist' }) : undefined}
      />
    );
  }

  return (
    <>
      <header className="site-header">
        <QuickExit forget={forget} />
        <EmergencyBar />
      </header>
      <main id="main" className="main">
        <div className="masthead">
          <p className="brand">{t('app.name')}</p>
          <LanguagePickerConnected />
        </div>
        {screen}
      </main>
    </>
  );
}

function LanguagePickerConnected() {
  const { i18n } = useTranslation();
  return (
    <LanguagePicker
      onChange={(lang) => {
        void loadLanguage(i18n, lang).then(() => {
          document.documentElement.lang = lang;
          document.documentElement.dir = i18n.dir(lang);
        });
      }}
    />
  );
}

export function App() {
  const { t } = useTranslation();
  const names = Object.fromEntries(URGENT.map((c) => [c.id, t(`contacts:${c.id}.name`)]));
  return (
    <ErrorBoundary labels={{ title: t('error.appTitle'), body: t('error.appBody'), names }}>
      <Screens />
    </ErrorBoundary>
  );
}

export { isLanguage };
