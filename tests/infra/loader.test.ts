// @vitest-environment jsdom
/**
 * The inline loader (src/boot/loader.inline.js, as the build puts it into every page): the app's
 * script is asked for only after the first frame of a visible page, at once in a hidden tab, and
 * once only; a press on the prerendered Start button before the app is there is kept for it.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { loaderScript } from '../../scripts/lib/loader-script';

const ENTRY = '/assets/index-Test1234.js';

type Boot = { start: boolean; stop(): void };
const boot = () => (window as unknown as { veiviserBoot?: Boot }).veiviserBoot;
const requested = () => [...document.querySelectorAll('script[src]')].map((s) => [(s as HTMLScriptElement).type, s.getAttribute('src')]);

let visibility: DocumentVisibilityState;
let readyState: DocumentReadyState;
let frames: FrameRequestCallback[];

/** Runs the loader as the browser would: its text, at the end of the page's body. */
function runLoader() {
  new Function(loaderScript(ENTRY))();
}
/** Draws a frame: the requestAnimationFrame callbacks, then the tasks queued from them. */
function drawFrame() {
  const due = frames;
  frames = [];
  due.forEach((callback) => callback(performance.now()));
  vi.runAllTimers();
}

beforeEach(() => {
  vi.useFakeTimers();
  visibility = 'visible';
  readyState = 'loading';
  frames = [];
  vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility);
  vi.spyOn(document, 'readyState', 'get').mockImplementation(() => readyState);
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
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
  test('is the source file without comments, with the entry put in and nothing to close the <script>', () => {
    const text = loaderScript(ENTRY);
    expect(text).toContain(`script.src = "${ENTRY}";`);
    expect(text).not.toMatch(/__APP_ENTRY__|^\s*\/\/|<\/script/m);
  });

  test('asks for the app only once the first frame after parsing is drawn', () => {
    runLoader();
    expect(requested()).toEqual([]);
    readyState = 'interactive';
    document.dispatchEvent(new Event('DOMContentLoaded'));
    vi.runAllTimers();
    expect(requested(), 'not before the frame').toEqual([]);
    drawFrame();
    expect(requested()).toEqual([['module', ENTRY]]);
  });

  test('asks at once in a hidden tab, where no frame would come, and only once', () => {
    visibility = 'hidden';
    runLoader();
    expect(requested()).toEqual([['module', ENTRY]]);
    visibility = 'visible';
    document.dispatchEvent(new Event('visibilitychange'));
    drawFrame();
    expect(requested()).toHaveLength(1);
  });

  test('asks at once when the tab is hidden before the first frame', () => {
    runLoader();
    document.dispatchEvent(new Event('DOMContentLoaded'));
    visibility = 'hidden';
    document.dispatchEvent(new Event('visibilitychange'));
    expect(requested()).toEqual([['module', ENTRY]]);
    drawFrame();
    expect(requested()).toHaveLength(1);
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
