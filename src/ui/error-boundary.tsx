import { Component, type ErrorInfo, type ReactNode } from 'react';
import { bundle } from '../flow-data';
import { telHref } from './contact-card';

interface Props {
  children: ReactNode;
  /** Texts for the fallback, read before anything can fail; plain strings so nothing more can break. */
  labels: { title: string; body: string; names: Record<string, string> };
}

/**
 * If any screen fails, the person still sees who to call. The numbers come from the contacts data,
 * which is bundled with the code, so they are there even when the texts or the flow are not.
 */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    // Logged to this device's console only; nothing is sent anywhere.
    console.error(error, info.componentStack);
  }

  render() {
    if (!this.state.failed) return this.props.children;
    const { labels } = this.props;
    // The urgent contacts of flows/outcomes.json, in their order: the child helpline before ROSA.
    const contacts = bundle.outcomes.urgent.flatMap((id) => bundle.contacts.contacts.find((c) => c.id === id) ?? []);
    return (
      <div className="error-fallback" role="alert">
        <h1 tabIndex={-1}>{labels.title}</h1>
        <p>{labels.body}</p>
        <ul className="error-fallback__numbers">
          {contacts.map((c) => (
            <li key={c.id} data-contact={c.id}>
              {labels.names[c.id] ?? c.id}: <a href={telHref(c)}>{c.phone}</a>
            </li>
          ))}
        </ul>
      </div>
    );
  }
}
