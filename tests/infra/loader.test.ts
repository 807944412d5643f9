// @vitest-environment jsdom
/**
 * The inline loader (src/boot/loader.inline.js, as the build puts it into every page): the app's
 * script, and the texts of the language it will start in, are asked for only after the first
 * contentful paint of a visible page (after the first frame where the browser cannot tell), at once
 * in a hidden tab, and once only; a press on the prerendered Start button before the app is there
 * is kept for it.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { loaderScript } from '../../scripts/lib/loader-script';

const ENTRY = '/assets/index-Test1234.js';
const TEXTS = { nb: ['/assets/texts-nb-1.js'], en: ['/assets/texts-en-1.js', '/assets/texts-en-2.js'], ro: ['/assets/texts-ro-1.js'] };

type Boot = { start: boolean; stop(): void };
const boot = () => (window as unknown as { veiviserBoot?: Boot }).veiviserBoot;
/** What the page has asked for: [type or rel, address], in order. */
const requested = () =>
  [...document.querySelectorAll('script[src], link[rel="modulepreload"]')].map((e) => [
    e instanceof HTMLScriptElement ? e.type : e.getAttribute('rel'),
    e.getAttribute('src') ?? e.getAttribute('href'),
  ]);
const APP = [['modulepreload', TEXTS.nb[0]], ['module', ENTRY]];

/** A browser's PerformanceObserver for 'paint' entries, which the test fires by hand. */
class FakePaintObserver {
  static supportedEntryTypes = ['paint'];
  static observers: FakePaintObserver[] = [];
  constructor(private callback: (list: { getEntriesByName(name: string): unknown[] }, observer: FakePaintObserver) => void) {}
  observe(options: { type: string; buffered: boolean }) {
    expect(options).toEqual({ type: 'paint', buffered: true });
    FakePaintObserver.observers.push(this);
  }
  disconnect() {
    FakePaintObserver.observers = FakePaintObserver.observers.filter((o) => o !== this);
  }
  static paint(name: string) {
    for (const o of [...FakePaintObserver.observers]) o.callback({ getEntriesByName: (n) => (n === name ? [{ name }] : []) }, o);
  }
}

let visibility: DocumentVisibilityState;
let readyState: DocumentReadyState;
let frames: FrameRequestCallback[];

/** Runs the loader as the browser would: its text, at the end of the page's body. */
function runLoader() {
  new Function(loaderScript(ENTRY, TEXTS))();
}
function parsed() {
  readyState = 'interactive';
  document.dispatchEvent(new Event('DOMContentLoaded'));
}
/** Draws a frame: the requestAnimationFrame callbacks, then the tasks queued from them. */
function drawFrame() {
  const due = frames;
  frames = [];
  due.forEach((callback) => callback(performance.now()));
  vi.advanceTimersByTime(0);
}

beforeEach(() => {
  vi.useFakeTimers();
  visibility = 'visible';
  readyState = 'loading';
  frames = [];
  vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility);
  vi.spyOn(document, 'readyState', 'get').mockImplementation(() => readyState);
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  vi.stubGlobal('PerformanceObserver', FakePaintObserver);
  FakePaintObserver.observers = [];
  window.history.replaceState(null, '', '/');
  document.documentElement.lang = 'nb';
  document.body.innerHTML = '<div id="root"><main><button data-action="continue">Start</button></main></div>';
  document.head.innerHTML = '';
});

afterEach(() => {
  boot()?.stop();
  delete (window as unknown as { veiviserBoot?: Boot }).veiviserBoot;
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('the inline loader', () => {
  test('is the source file without comments, with the entry and the texts put in and nothing to close the <script>', () => {
    const text = loaderScript(ENTRY, TEXTS);
    expect(text).toContain(`script.src = "${ENTRY}";`);
    expect(text).toContain(`var texts = ${JSON.stringify(TEXTS)};`);
    expect(text).not.toMatch(/__APP_ENTRY__|__TEXTS__|^\s*\/\/|<\/script/m);
  });

  test('asks for the app and its texts only once the first contentful paint is on screen', () => {
    runLoader();
    expect(requested()).toEqual([]);
    parsed();
    drawFrame();
    FakePaintObserver.paint('first-paint');
    vi.advanceTimersByTime(0);
    expect(requested(), 'not before the first contentful paint').toEqual([]);
    FakePaintObserver.paint('first-contentful-paint');
    expect(requested(), 'in a task after the paint entry').toEqual([]);
    vi.advanceTimersByTime(0);
    expect(requested()).toEqual(APP);
    vi.runAllTimers();
    expect(requested(), 'once only').toEqual(APP);
  });

  test('asks a second after parsing should no paint entry come', () => {
    runLoader();
    parsed();
    vi.advanceTimersByTime(999);
    expect(requested()).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(requested()).toEqual(APP);
  });

  test('without paint entries, asks after the first frame after parsing is drawn', () => {
    vi.stubGlobal('PerformanceObserver', undefined);
    runLoader();
    parsed();
    vi.advanceTimersByTime(999);
    expect(requested(), 'not before the frame').toEqual([]);
    drawFrame();
    expect(requested()).toEqual(APP);
  });

  test('without paint entries and without a frame, asks a second after parsing', () => {
    vi.stubGlobal('PerformanceObserver', { supportedEntryTypes: ['mark'] });
    runLoader();
    parsed();
    vi.advanceTimersByTime(999);
    expect(requested()).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(requested()).toEqual(APP);
  });

  test('fetches the texts of ?lang= when it names a language, else those of the page', () => {
    window.history.replaceState(null, '', '/?lang=en');
    visibility = 'hidden';
    runLoader();
    expect(requested()).toEqual([['modulepreload', TEXTS.en[0]], ['modulepreload', TEXTS.en[1]], ['module', ENTRY]]);
  });

  test('on a language\'s own page, an unknown ?lang= gets that page\'s texts, as src/main.tsx starts in it', () => {
    window.history.replaceState(null, '', '/ro/?lang=xx');
    document.documentElement.lang = 'ro';
    visibility = 'hidden';
    runLoader();
    expect(requested()).toEqual([['modulepreload', TEXTS.ro[0]], ['module', ENTRY]]);
  });

  test('an unknown ?lang= gets the texts of the page, and an unknown page language none', () => {
    window.history.replaceState(null, '', '/?lang=constructor');
    visibility = 'hidden';
    runLoader();
    expect(requested()).toEqual(APP);
    boot()?.stop();
    document.head.innerHTML = '';
    window.history.replaceState(null, '', '/?lang=xx');
    document.documentElement.lang = 'xx';
    runLoader();
    expect(requested()).toEqual([['module', ENTRY]]);
  });

  test('asks at once in a hidden tab, where nothing is painted, and only once', () => {
    visibility = 'hidden';
    runLoader();
    expect(requested()).toEqual(APP);
    visibility = 'visible';
    document.dispatchEvent(new Event('visibilitychange'));
    FakePaintObserver.paint('first-contentful-paint');
    vi.runAllTimers();
    expect(requested()).toEqual(APP);
  });

  test('asks at once when the tab is hidden before the first paint', () => {
    runLoader();
    parsed();
    visibility = 'hidden';
    document.dispatchEvent(new Event('visibilitychange'));
    expect(requested()).toEqual(APP);
    FakePaintObserver.paint('first-contentful-paint');
    vi.runAllTimers();
    expect(requested()).toEqual(APP);
  });

  test('until the app is there, the quick exit leaves with location.replace (no history entry) and blanks the page', () => {
    const replace = vi.fn();
    vi.stubGlobal('location', { ...window.location, search: '', replace });
    document.body.insertAdjacentHTML('afterbegin', '<a href="https://www.yr.no/" data-action="quick-exit"><span>Exit</span></a>');
    runLoader();
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    document.querySelector('[data-action="quick-exit"] span')!.dispatchEvent(click);
    expect(click.defaultPrevented, 'the plain link is not followed').toBe(true);
    expect(replace).toHaveBeenCalledWith('https://www.yr.no/');
    expect(document.documentElement.classList.contains('is-exiting')).toBe(true);
    expect(document.title).toBe('');
    document.documentElement.classList.remove('is-exiting');

    boot()!.stop();
    const later = new MouseEvent('click', { bubbles: true, cancelable: true });
    document.querySelector('[data-action="quick-exit"]')!.dispatchEvent(later);
    expect(later.defaultPrevented, 'after stop(), the app handles it').toBe(false);
    expect(replace).toHaveBeenCalledTimes(1);
  });

  test('keeps a press on the prerendered Start button for the app, and stops listening when told', () => {
    runLoader();
    const start = document.querySelector<HTMLButtonElement>('[data-action="continue"]')!;
    document.body.click();
    expect(boot()?.start).toBe(false);
    start.click();
    expect(boot()?.start).toBe(true);

    boot()!.start = false;
    boot()!.stop();
    start.click();
    expect(boot()?.start, 'after stop()').toBe(false);
  });
});
