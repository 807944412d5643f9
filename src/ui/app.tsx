import { Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { evaluate } from '../engine/conditions';
import { seesProfessionalView } from '../engine/referrals';
import { openOffers } from '../engine/flow';
import type { OutcomeId, Role } from '../engine/types';
import { book, bundle, nodes } from '../flow-data';
import { CheckAnswersPage } from './check-answers-page';
import { telHref } from './contact-card';
import { ErrorBoundary } from './error-boundary';
import { InfoPage } from './info-page';
import { LanguageLink, LanguageList } from './language-picker';
import { OutcomePage } from './outcome-page';
import { ChecklistPage, InterviewPage, preloadProfessionalParts } from './professional-parts';
import { QuestionPage } from './question-page';
import { QuickExit } from './quick-exit';
import { StartPage } from './start-page';
import { withPhoneNumber } from './text';
import { useScreening } from './use-screening';

const named = bundle.screening.conditions ?? {};
const contactsById = new Map(bundle.contacts.contacts.map((c) => [c.id, c]));
/** Shown where nothing else can be: the start page and the error screen (flows/outcomes.json). */
export const URGENT = bundle.outcomes.urgent.flatMap((id) => contactsById.get(id) ?? []);

function EmergencyBar() {
  const { t } = useTranslation();
  const emergency = contactsById.get('no-112')!;
  return (
    <p className="emergency-bar">
      {/* On a narrow screen only the number shows: the question stays for screen readers (src/styles/header.css). */}
      <span className="emergency-bar__text">{t('emergencyBar.text')}</span>{' '}
      <a href={telHref(emergency)} className="emergency-bar__number">
        {withPhoneNumber((number) => t('emergencyBar.call', { number }), emergency.phone!)}
      </a>
    </p>
  );
}

type Page = 'flow' | 'safety' | 'interview';

interface ScreenProps {
  screening: ReturnType<typeof useScreening>;
  page: Page;
  setPage: (page: Page) => void;
}

/** The screen for the machine's node (or a page of explanation beside the flow). */
function Screen({ screening, page, setPage }: ScreenProps) {
  const { t } = useTranslation();
  const { node: nodeId, context, send, back, canGoBack, canResume } = screening;
  const node = nodes.get(nodeId)!;
  // The answers on the way here decide what this screen shows and offers; answers left behind by
  // Back or Change are kept only to fill in a screen the person comes back to.
  const before = book.onPath(context.answers, context.history);
  const offer = openOffers(node, before, named).find((o) => o.event === 'checklist');
  const role = (typeof context.answers.role === 'string' ? context.answers.role : 'other') as Role;
  const goBack = canGoBack ? back : undefined;

  if (page === 'safety') return <InfoPage page="pages:safety" role={role} onContinue={() => setPage('flow')} />;
  if (page === 'interview') {
    return (
      <Suspense fallback={null}>
        <InterviewPage role={role} onContinue={() => setPage('flow')} />
      </Suspense>
    );
  }
  if (node.kind === 'info') {
    return <StartPage urgent={URGENT} onContinue={() => send({ type: 'NEXT' })} onSafety={() => setPage('safety')} />;
  }
  if (node.kind === 'check') {
    return (
      <CheckAnswersPage
        role={role}
        path={context.history}
        answers={context.answers}
        onChange={(question) => send({ type: 'CHANGE', question })}
        onContinue={() => send({ type: 'NEXT' })}
        onBack={back}
      />
    );
  }
  if (node.kind === 'outcome') {
    return (
      <OutcomePage
        outcome={node.outcome as OutcomeId}
        role={role}
        answers={context.answers}
        assessment={context.assessment}
        onRestart={screening.restart}
        onResume={canResume ? () => send({ type: 'RESUME' }) : undefined}
        onBack={canResume ? undefined : goBack}
        onSafety={() => setPage('safety')}
        onInterview={() => setPage('interview')}
      />
    );
  }
  if (node.kind === 'checklist') {
    return (
      <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
        <ChecklistPage
          key={context.history.length}
          answers={context.answers}
          path={[...context.history, nodeId]}
          onSubmit={(answers) => send({ type: 'CHECKLIST_ANSWERS', answers })}
          onBack={goBack}
        />
      </Suspense>
    );
  }
  return (
    <QuestionPage
      key={`${node.id}-${context.history.length}`}
      node={node}
      role={role}
      before={before}
      named={named}
      initial={context.answers}
      child={evaluate(bundle.scoring.possibleChild, before)}
      onAnswer={(value) => send({ type: 'ANSWER', value })}
      onBack={goBack}
      onChecklist={
        offer ? { withAnswer: !!offer.withAnswer, take: (value) => send({ type: 'OFFER', offer: offer.event, value }) } : undefined
      }
    />
  );
}

/**
 * The app shell. The quick exit and the emergency bar sit outside the error boundary, so that they
 * stay on screen, and work, even when a screen fails.
 */
/** @param begin the Start button was pressed on the prerendered page, before the app was ready */
export function App({ begin = false }: { begin?: boolean }) {
  const { t, i18n } = useTranslation();
  const screening = useScreening();
  const began = useRef(false);
  const [page, setPage] = useState<Page>('flow');
  const { send, context } = screening;
  const professional = seesProfessionalView(context.answers, bundle);

  useEffect(() => {
    if (professional) preloadProfessionalParts(i18n);
  }, [professional, i18n]);

  useEffect(() => {
    // Once only (StrictMode runs effects twice in development).
    if (begin && !began.current) {
      began.current = true;
      send({ type: 'NEXT' });
    }
  }, [begin, send]);

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

  const names = Object.fromEntries(URGENT.map((c) => [c.id, t(`contacts:${c.id}.name`)]));
  return (
    <>
      <header className="site-header">
        <QuickExit forget={() => send({ type: 'RESTART' })} />
        <EmergencyBar />
      </header>
      <main id="main" className="main">
        <div className="masthead">
          <p className="brand">{t('app.name')}</p>
          <LanguageLink />
        </div>
        {/* Keyed by the screen, so that leaving a failed screen (Back) shows the next one again. */}
        <ErrorBoundary key={`${screening.node}-${page}`} labels={{ title: t('error.appTitle'), body: t('error.appBody'), names }}>
          <Screen screening={screening} page={page} setPage={setPage} />
        </ErrorBoundary>
        <LanguageList />
      </main>
    </>
  );
}
