import type { Ref } from 'react';

/** A problem on a screen: which question (or tick list), where to move focus, and what to say. */
export interface Problem {
  target: string;
  focus: string;
  message: string;
}

/**
 * GOV.UK's error summary: announced (role=alert) and focused when it appears, each problem a link
 * that moves focus to the answers it is about.
 */
export function ErrorSummary({ ref, title, problems }: { ref: Ref<HTMLDivElement>; title: string; problems: readonly Problem[] }) {
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" className="error-summary__title">
        {title}
      </h2>
      <ul>
        {problems.map((p) => (
          <li key={p.target}>
            <a
              href={`#${p.focus}`}
              onClick={(event) => {
                // As govuk-frontend's error summary: move focus to the answers without touching the
                // URL or the browser history.
                event.preventDefault();
                document.getElementById(p.focus)?.focus();
              }}
            >
              {p.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The message above the answers of the question (or list) it is about. */
export function ErrorMessage({ id, prefix, message }: { id: string; prefix: string; message: string }) {
  return (
    <p id={id} className="error-message">
      <span className="visually-hidden">{prefix} </span>
      {message}
    </p>
  );
}
