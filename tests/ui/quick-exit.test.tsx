// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createI18n, loadLanguage } from '../../src/i18n/setup';
import textsEn from '../../src/i18n/texts-en';
import { createShiftCounter, EXIT_URL, QuickExit } from '../../src/ui/quick-exit';
import { renderApp } from './render-app';
import { answer, clickContinue, currentQuestion } from './walk';

afterEach(() => {
  cleanup();
  document.documentElement.classList.remove('is-exiting');
  vi.useRealTimers();
});

/** A keypress as the browser reports it: keydown, then keyup. */
function press(key: string) {
  fireEvent.keyDown(document, { key });
  fireEvent.keyUp(document, { key });
}

describe('the Shift counter', () => {
  let exits: number;
  let left: number[];
  let counter: ReturnType<typeof createShiftCounter>;
  const up = (key: string) => counter.keyup({ key });
  const down = (key: string) => counter.keydown({ key });
  beforeEach(() => {
    vi.useFakeTimers();
    exits = 0;
    left = [];
    counter = createShiftCounter(
      () => exits++,
      (n) => left.push(n),
    );
  });

  it('leaves on the third Shift and says how many presses are left before', () => {
    for (let i = 0; i < 3; i++) {
      down('Shift');
      up('Shift');
    }
    expect(exits).toBe(1);
    expect(left).toEqual([2, 1]);
  });

  it('starts again after any other key', () => {
    down('Shift');
    up('Shift');
    down('Shift');
    up('Shift');
    down('a');
    up('a');
    down('Shift');
    up('Shift');
    expect(exits).toBe(0);
    down('Shift');
    up('Shift');
    down('Shift');
    up('Shift');
    expect(exits).toBe(1);
  });

  it('does not count Shift used as a modifier (Shift+A)', () => {
    for (let i = 0; i < 3; i++) {
      down('Shift');
      down('A');
      up('A');
      up('Shift');
    }
    expect(exits).toBe(0);
  });

  it('starts again after a pause of five seconds', () => {
    down('Shift');
    up('Shift');
    down('Shift');
    up('Shift');
    vi.advanceTimersByTime(5001);
    down('Shift');
    up('Shift');
    expect(exits).toBe(0);
    expect(left.at(-1)).toBe(2);
  });
});

describe('the quick exit control', () => {
  async function renderExit() {
    const i18n = createI18n();
    await loadLanguage(i18n, 'en', textsEn);
    const forget = vi.fn();
    const leave = vi.fn();
    render(
      <I18nextProvider i18n={i18n}>
        <QuickExit forget={forget} leave={leave} />
      </I18nextProvider>,
    );
    return { forget, leave };
  }

  it('is a real link to a neutral site that sends no referrer', async () => {
    await renderExit();
    const link = screen.getByRole('link', { name: 'Leave this page quickly' });
    expect(link).toHaveAttribute('href', EXIT_URL);
    expect(link.getAttribute('rel')).toMatch(/noreferrer/);
    expect(link).toHaveAttribute('data-action', 'quick-exit');
  });

  it('a click hides the page, forgets the answers and leaves', async () => {
    const { forget, leave } = await renderExit();
    fireEvent.click(screen.getByRole('link', { name: 'Leave this page quickly' }));
    expect(document.documentElement).toHaveClass('is-exiting');
    expect(forget).toHaveBeenCalledOnce();
    expect(leave).toHaveBeenCalledWith(EXIT_URL);
  });

  it('Shift three times does the same, and the count is announced', async () => {
    const { forget, leave } = await renderExit();
    act(() => press('Shift'));
    expect(screen.getByRole('status')).toHaveTextContent('Press Shift 2 more times');
    act(() => press('Shift'));
    expect(screen.getByRole('status')).toHaveTextContent('Press Shift 1 more time');
    act(() => press('Shift'));
    expect(forget).toHaveBeenCalledOnce();
    expect(leave).toHaveBeenCalledWith(EXIT_URL);
  });

  it('another key between the presses resets the count', async () => {
    const { leave } = await renderExit();
    act(() => press('Shift'));
    act(() => press('Shift'));
    act(() => press('Tab'));
    act(() => press('Shift'));
    expect(leave).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent('Press Shift 2 more times');
  });
});

describe('the quick exit in the app', () => {
  it('clears the answers', async () => {
    const { user } = await renderApp('en');
    await clickContinue(user);
    await answer(user, { role: 'self' });
    expect(currentQuestion()).toBe('immediate-danger');
    // jsdom cannot leave the page; what matters here is that the answers are gone at once.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    act(() => {
      press('Shift');
      press('Shift');
      press('Shift');
    });
    quiet.mockRestore();
    expect(document.documentElement).toHaveClass('is-exiting');
    expect(document.querySelector('[data-action="continue"]')).toHaveTextContent('Start');
    expect(currentQuestion()).toBeNull();
  });
});
