// Shared helpers for the browser suite. The app is driven ONLY by the hooks in
// shared/design/test-contract.md: data-question, input name/value, data-action, data-outcome,
// data-contact, data-guidance, data-summary (and data-change on the check-answers page).
//
// Run by scripts/e2e.mjs, which starts scripts/serve.mjs and passes BASE_URL. A single file can
// also be run on its own (`node --test tests/e2e/walks.test.mjs`): then the first call to
// baseUrl() starts the server itself.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import AxeBuilderModule from '@axe-core/playwright';
import SCENARIO_DATA from '../fixtures/scenarios.json' with { type: 'json' };

const AxeBuilder = AxeBuilderModule.default ?? AxeBuilderModule;

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const LANGS = ['nb', 'en'];
export const MOBILE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 800 };
export const EXIT_ORIGIN = 'https://www.yr.no';
/** What the intercepted exit origin answers with. */
export const EXIT_PAGE = { status: 200, contentType: 'text/html', body: '<!doctype html><title>yr</title><h1>weather</h1>' };
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** How long to wait for the next screen after a click or key press. */
const STEP_TIMEOUT = 10_000;

// ---------------------------------------------------------------- server and browser

let serverUrl = process.env.BASE_URL;
let serverProcess = null;

export async function baseUrl() {
  if (serverUrl) return serverUrl;
  if (!existsSync(`${ROOT}dist/index.html`)) throw new Error('dist/index.html is missing: run `npm run build` first');
  serverProcess = spawn(process.execPath, [`${ROOT}scripts/serve.mjs`], {
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  serverUrl = await new Promise((resolvePromise, reject) => {
    let out = '';
    serverProcess.stdout.on('data', (chunk) => {
      out += chunk;
      const m = /at (http:\/\/\S+)/.exec(out);
      if (m) resolvePromise(m[1].replace(/\/$/, ''));
    });
    serverProcess.on('exit', (code) => reject(new Error(`serve.mjs exited with ${code}`)));
  });
  serverProcess.unref();
  return serverUrl;
}

/** The Chromium command-line flags for the suite; scripts/bench.mjs passes the same to Lighthouse. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launch() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  return browser;
}

export async function closeAll(browser) {
  await browser?.close().catch(() => {});
  if (serverProcess) {
    serverProcess.kill('SIGTERM');
    serverProcess = null;
  }
}

/**
 * One Chromium per test file: registers a node:test `before` hook that launches it and an `after`
 * hook that runs `report` (if given) and then closes the browser and the server. Returns a holder
 * whose `browser` property is set once `before` has run.
 */
export function useBrowser(report) {
  const session = { browser: undefined };
  before(async () => {
    session.browser = await launch();
  });
  after(async () => {
    report?.();
    await closeAll(session.browser);
  });
  return session;
}

// ---------------------------------------------------------------- instrumented page

/**
 * Opens a new context and page that records everything the privacy and security checks need:
 * every request, console messages about the Content-Security-Policy, securitypolicyviolation
 * events (through an init script, which the page's CSP does not apply to), page errors, and
 * focus misses (a new screen whose h1 did not receive focus).
 */
export async function openPage(browser, { viewport = MOBILE, deviceScaleFactor = 1, javaScriptEnabled = true } = {}) {
  const context = await browser.newContext({ viewport, deviceScaleFactor, javaScriptEnabled, locale: 'nb-NO' });
  const page = await context.newPage();
  const rec = { requests: [], csp: [], errors: [], consoleErrors: [], focusMisses: [], screens: [] };
  page.on('request', (r) => {
    rec.requests.push({ url: r.url(), method: r.method(), type: r.resourceType(), postData: r.postData() });
  });
  page.on('console', (m) => {
    const text = m.text();
    if (/Content[- ]Security[- ]Policy/i.test(text)) rec.csp.push(`console: ${text}`);
    if (m.type() === 'error') rec.consoleErrors.push(text);
  });
  page.on('pageerror', (e) => rec.errors.push(String(e?.stack ?? e)));
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener(
      'securitypolicyviolation',
      (e) => window.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`),
      true,
    );
  });
  // The quick exit leaves for this origin; never let it reach the network.
  await page.route(`${EXIT_ORIGIN}/**`, (r) => r.fulfill({ ...EXIT_PAGE }));
  return { context, page, rec };
}

/** Reads the CSP violations the init script saw in the current document (call before leaving it). */
export async function collectCsp(page, rec) {
  const seen = await page.evaluate(() => window.__csp ?? []).catch(() => []);
  for (const s of seen) if (!rec.csp.includes(s)) rec.csp.push(s);
  return rec.csp;
}

// ---------------------------------------------------------------- screens

/**
 * A key that tells screens apart: the question id (or "qs:" for a page of several), the outcome id, "check" for the
 * check-answers page, "start" for a screen with a continue button but no question, else the h1
 * text. Evaluated in the page.
 */
function screenKeyInPage() {
  const qs = document.querySelectorAll('[data-question]');
  if (qs.length === 1) return `q:${qs[0].getAttribute('data-question')}`;
  // Several questions on one page (the professionals' checklist).
  // A group screen: named by its first question (follow-ups opening in place do not change it).
  if (qs.length > 1) return `qs:${qs[0].getAttribute('data-question')}`;
  const o = document.querySelector('[data-outcome]');
  if (o) return `o:${o.getAttribute('data-outcome')}`;
  if (document.querySelector('[data-action="change"]')) return 'check';
  const h1 = document.querySelector('h1');
  return `h1:${(h1?.textContent ?? '').trim()}`;
}

export async function screenKey(page) {
  return page.evaluate(screenKeyInPage);
}

export async function focusIsOnH1(page) {
  return page.evaluate(() => {
    const a = document.activeElement;
    return !!a && a.tagName === 'H1';
  });
}

/**
 * Runs `act` (a click or key press), then waits until the screen key differs from `before` and
 * the DOM has settled. Focus on the new h1 is waited for a little longer; a miss is recorded in
 * rec.focusMisses (the keyboard test asserts it strictly).
 */
export async function advance(page, rec, act, { expectChange = true } = {}) {
  const before = await screenKey(page);
  await act();
  if (expectChange) await waitForScreenChange(page, before);
  const after = await screenKey(page);
  try {
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1', null, { timeout: 2_000, polling: 'raf' });
  } catch {
    rec?.focusMisses.push(`${after} (focus on ${await describeActive(page)})`);
  }
  rec?.screens.push(after);
  return after;
}

/** Waits until the screen key is no longer `before`. */
export async function waitForScreenChange(page, before, what = 'the action') {
  try {
    await page.waitForFunction(`(${screenKeyInPage.toString()})() !== ${JSON.stringify(before)}`, null, {
      timeout: STEP_TIMEOUT,
      polling: 'raf',
    });
  } catch {
    throw new Error(`the screen did not change after ${what} on "${before}" (still "${await screenKey(page)}")`);
  }
}

export async function describeActive(page) {
  return page.evaluate(() => {
    const a = document.activeElement;
    if (!a) return 'nothing';
    const attrs = ['data-action', 'name', 'value', 'data-question', 'id']
      .map((n) => (a.getAttribute(n) ? `${n}="${a.getAttribute(n)}"` : ''))
      .filter(Boolean)
      .join(' ');
    return `<${a.tagName.toLowerCase()}${attrs ? ` ${attrs}` : ''}>`;
  });
}

/**
 * Waits until the app has started. index.html carries a prerendered start screen (for a first
 * paint without JavaScript) that the app replaces once its texts are loaded; a click on the
 * prerendered markup does nothing. The contract has no "ready" hook, so wait for the network to
 * be quiet (the texts chunk is the last thing fetched), then for two animation frames so that
 * React has committed.
 */
export async function waitReady(page) {
  await page.waitForLoadState('networkidle', { timeout: STEP_TIMEOUT * 2 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

export async function open(page, lang) {
  const url = `${await baseUrl()}/?lang=${lang}`;
  await page.goto(url, { waitUntil: 'load' });
  await waitReady(page);
  await page.locator('[data-action="continue"]').first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
  await page.waitForFunction((l) => document.documentElement.lang === l, lang, { timeout: STEP_TIMEOUT });
  // The language is marked just before the app renders its start screen, whose effects may fetch
  // more (the browser's language, offered in its own words). The page's loader asks for the app
  // only after the first paint, which can come after 'networkidle' on a busy machine. So: the
  // frames of that render, then no request for a while.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await networkQuiet(page);
}

/** Resolves once the page has started and finished no request for `ms` (10 s at most). */
export async function networkQuiet(page, ms = 300, timeout = STEP_TIMEOUT) {
  let last = Date.now();
  const seen = () => (last = Date.now());
  const events = ['request', 'requestfinished', 'requestfailed'];
  for (const e of events) page.on(e, seen);
  try {
    const end = Date.now() + timeout;
    while (Date.now() - last < ms && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
  } finally {
    for (const e of events) page.off(e, seen);
  }
}

export async function clickContinue(page, rec) {
  return advance(page, rec, () => page.locator('[data-action="continue"]:visible').first().click());
}

/** The values of the checked inputs named `name`. */
export async function checkedValues(page, name) {
  return page.$$eval(`input[name="${name}"]`, (els) => els.filter((e) => e.checked).map((e) => e.value));
}

/**
 * Answers every question on screen from the scenario map, as the acceptance suite does: each visible
 * [data-question], again after each answer so that a follow-up opened in place is answered too;
 * a sign the scenario does not name is "no" (unticked in a tick list), any other question "not
 * sure" (purpose: ["other"]); a tick list with nothing ticked gets "none of these".
 * Returns the first question's id.
 */
export async function answerCurrent(page, scenario) {
  const key = await screenKey(page);
  if (!key.startsWith('q:') && !key.startsWith('qs:')) throw new Error(`not on a question screen: ${key}`);
  const done = new Set();
  let first;
  for (let round = 0; round < 60; round += 1) {
    const ids = await page.$$eval('[data-question]', (els) =>
      els.filter((e) => e.getClientRects().length > 0).map((e) => e.getAttribute('data-question')),
    );
    const id = ids.find((q) => !done.has(q));
    if (!id) break;
    first ??= id;
    done.add(id);
    await answerQuestion(page, id, scenario);
  }
  for (const list of await page.locator('[data-list]').all()) {
    if ((await list.locator('input:checked').count()) === 0) await list.locator('input[value="none"]').check();
  }
  return first;
}

/**
 * What answerCurrent would answer one visible question, without answering it (for tests that give
 * the same answers another way, e.g. by keyboard): `{ type: 'radio', want: value }` or
 * `{ type: 'checkbox', want: [values to tick] }` (an unticked sign, "no", is `[]`).
 */
export async function plannedAnswer(page, id, scenario) {
  const el = page.locator(`[data-question="${id}"]`);
  const sign = (await el.getAttribute('data-kind')) === 'sign';
  const type = await el.locator('input').first().getAttribute('type');
  const values = await el.locator('input').evaluateAll((els) => els.map((e) => e.value));
  if (type === 'radio') return { type, sign, want: scenario[id] ?? (sign || !values.includes('unsure') ? 'no' : 'unsure') };
  if (sign) {
    const v = scenario[id] ?? 'no';
    return { type, sign, want: v === 'no' ? [] : [v] };
  }
  const want = scenario[id] ?? ['other'];
  return { type, sign, want: Array.isArray(want) ? want : [want] };
}

/** The ids of the visible [data-question] elements, in document order. */
export async function visibleQuestionIds(page) {
  return page.$$eval('[data-question]', (els) =>
    els.filter((e) => e.getClientRects().length > 0).map((e) => e.getAttribute('data-question')),
  );
}

async function answerQuestion(page, id, scenario) {
  const el = page.locator(`[data-question="${id}"]`);
  const sign = (await el.getAttribute('data-kind')) === 'sign';
  const type = await el.locator('input').first().getAttribute('type');
  const values = await el.locator('input').evaluateAll((els) => els.map((e) => e.value));
  if (type === 'radio') {
    const v = scenario[id] ?? (sign || !values.includes('unsure') ? 'no' : 'unsure');
    await el.locator(`input[type="radio"][value="${v}"]`).check();
  } else if (sign) {
    const v = scenario[id] ?? 'no';
    if (v !== 'no') await el.locator(`input[type="checkbox"][value="${v}"]`).check();
  } else {
    const want = scenario[id] ?? ['other'];
    for (const v of Array.isArray(want) ? want : [want]) await el.locator(`input[type="checkbox"][value="${v}"]`).check();
  }
}

/**
 * Walks from the start screen to an outcome. `onScreen(key)` is called on every screen reached
 * (start included) before it is left. Resumes after the emergency outcome when scenario.resume
 * is set. Returns the list of screen keys.
 */
export async function walk(page, rec, scenario, { onScreen, maxSteps = 60 } = {}) {
  const keys = [];
  let key = await screenKey(page);
  for (let step = 0; step < maxSteps; step += 1) {
    keys.push(key);
    if (onScreen) await onScreen(key);
    if (key.startsWith('o:')) {
      if (key === 'o:emergency' && scenario.resume) {
        scenario = { ...scenario, resume: false };
        key = await advance(page, rec, () => page.locator('[data-action="resume"]').first().click());
        continue;
      }
      return keys;
    }
    if (key.startsWith('q:') || key.startsWith('qs:')) await answerCurrent(page, scenario);
    key = await clickContinue(page, rec);
  }
  throw new Error(`no outcome after ${maxSteps} steps: ${keys.join(' → ')}`);
}

/**
 * From the current screen, answers each question from `answers` and continues until the screen
 * key is `stopAt` or `maxSteps` continues have been made. Returns the key reached (the caller
 * asserts it).
 */
export async function walkTo(page, rec, answers, stopAt, maxSteps) {
  let key = await screenKey(page);
  for (let i = 0; i < maxSteps && key !== stopAt; i += 1) {
    if (key.startsWith('q:') || key.startsWith('qs:')) await answerCurrent(page, answers);
    key = await clickContinue(page, rec);
  }
  return key;
}

/**
 * Opens every closed <details> on the page (an outcome keeps its guidance and lower contacts in
 * them) by a click on its summary, as a reader would. Returns how many are open.
 */
export async function openDisclosures(page) {
  const closed = page.locator('details:not([open]) > summary:visible');
  for (let i = 0, n = await closed.count(); i < n && (await closed.count()) > 0; i += 1) await closed.first().click();
  return page.locator('details[open]').count();
}

export async function outcomeIds(page) {
  return page.evaluate(() => ({
    outcome: document.querySelector('[data-outcome]')?.getAttribute('data-outcome') ?? null,
    contacts: [...document.querySelectorAll('[data-contact]')].map((e) => e.getAttribute('data-contact')),
    guidance: [...document.querySelectorAll('[data-guidance]')].map((e) => e.getAttribute('data-guidance')),
  }));
}

// ---------------------------------------------------------------- scenarios

/**
 * One walk per outcome: the answers and what the outcome must show. The data is shared with the
 * engine and UI tests (tests/fixtures/scenarios.json); `check` asserts it on outcomeIds(page).
 */
export const SCENARIOS = Object.fromEntries(
  Object.entries(SCENARIO_DATA).map(([name, s]) => [
    name,
    {
      ...s,
      check(ids, assert) {
        assert.equal(ids.outcome, s.outcome);
        includesAll(assert, ids.contacts, s.contacts.include, 'contacts');
        if (s.contacts.first) assert.equal(ids.contacts[0], s.contacts.first, `first contact should be ${s.contacts.first}: ${ids.contacts}`);
        if (s.contacts.notFirst) assert.notEqual(ids.contacts[0], s.contacts.notFirst, `first contact must not be ${s.contacts.notFirst}: ${ids.contacts}`);
        includesAll(assert, ids.guidance, s.guidance.include, 'guidance');
        const shown = s.guidance.exclude.filter((g) => ids.guidance.includes(g));
        assert.deepEqual(shown, [], `guidance must not show ${shown.join(', ')}`);
      },
    },
  ]),
);

function includesAll(assert, have, want, what) {
  const missing = want.filter((w) => !have.includes(w));
  assert.deepEqual(missing, [], `${what} missing ${missing.join(', ')} (shown: ${have.join(', ')})`);
}

/** Every answer value the scenarios use that could leak (question ids are not answers). */
export const ANSWER_VALUES = [
  'self',
  'other',
  'professional',
  'yes',
  'no',
  'unsure',
  'sex',
  'work',
  'begging',
  'crime',
  'marriage',
  'organs',
];

// ---------------------------------------------------------------- checks

/**
 * Checks the recorded requests: same origin as the app, GET, static files, and no query other
 * than ?lang=nb|en (so no answer can ride along). Returns a list of problems.
 */
export function requestProblems(rec, origin, { allowExit = false } = {}) {
  const problems = [];
  for (const r of rec.requests) {
    let u;
    try {
      u = new URL(r.url);
    } catch {
      problems.push(`unparseable URL ${r.url}`);
      continue;
    }
    if (allowExit && u.origin === EXIT_ORIGIN) continue;
    if (u.origin !== origin) problems.push(`request to another origin: ${r.method} ${r.url}`);
    if (r.method !== 'GET') problems.push(`non-GET request: ${r.method} ${r.url}`);
    if (r.postData) problems.push(`request with a body: ${r.url}`);
    const staticFile = u.pathname === '/' || /\.[a-z0-9]+$/i.test(u.pathname);
    if (!staticFile) problems.push(`request for something that is not a static file: ${r.url}`);
    for (const [k, v] of u.searchParams) {
      if (!(k === 'lang' && ['nb', 'en'].includes(v))) problems.push(`query parameter ${k}=${v} in ${r.url}`);
    }
    const leak = ANSWER_VALUES.find((v) => new RegExp(`(^|[^a-z])${v}([^a-z]|$)`, 'i').test(`${u.search}${u.hash}`));
    if (leak) problems.push(`answer value "${leak}" in the query of ${r.url}`);
  }
  return problems;
}

/** Answers left anywhere in the browser: storage, IndexedDB, cookies. */
export async function storageProblems(page, context) {
  const problems = [];
  const s = await page.evaluate(async () => {
    const dbs = typeof indexedDB.databases === 'function' ? await indexedDB.databases() : [];
    return {
      local: Object.keys(localStorage),
      session: Object.keys(sessionStorage),
      idb: dbs.map((d) => d.name),
      cookie: document.cookie,
    };
  });
  if (s.local.length) problems.push(`localStorage keys: ${s.local.join(', ')}`);
  if (s.session.length) problems.push(`sessionStorage keys: ${s.session.join(', ')}`);
  if (s.idb.length) problems.push(`IndexedDB databases: ${s.idb.join(', ')}`);
  if (s.cookie) problems.push(`document.cookie: ${s.cookie}`);
  const cookies = await context.cookies();
  if (cookies.length) problems.push(`cookies: ${cookies.map((c) => c.name).join(', ')}`);
  return problems;
}

/** The page URL and history.state must not carry answers. */
export async function locationProblems(page) {
  const { href, state } = await page.evaluate(() => ({ href: location.href, state: JSON.stringify(history.state) ?? '' }));
  const problems = [];
  const u = new URL(href);
  for (const [k, v] of u.searchParams) if (k !== 'lang') problems.push(`URL query ${k}=${v} on ${href}`);
  const leak = ANSWER_VALUES.find((v) =>
    new RegExp(`(^|[^a-z])${v}([^a-z]|$)`, 'i').test(`${u.search.replace(/lang=(nb|en)/, '')}${u.hash}`),
  );
  if (leak) problems.push(`answer value "${leak}" in the URL ${href}`);
  const stateLeak = ANSWER_VALUES.find((v) => state.includes(`"${v}"`));
  if (stateLeak) problems.push(`answer value "${stateLeak}" in history.state ${state}`);
  return problems;
}

/** Runs axe with the WCAG 2.2 AA tags; returns a detailed report of the violations (or ''). */
export async function axeReport(page, label) {
  const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  if (!result.violations.length) return '';
  const lines = [`axe: ${result.violations.length} violation(s) on ${label}:`];
  for (const v of result.violations) {
    lines.push(`  [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})`);
    for (const n of v.nodes.slice(0, 8)) {
      lines.push(`      target ${JSON.stringify(n.target)}`);
      lines.push(`      html   ${n.html.slice(0, 200)}`);
      if (n.failureSummary) lines.push(`      ${n.failureSummary.replace(/\n/g, '\n      ')}`);
    }
    if (v.nodes.length > 8) lines.push(`      … and ${v.nodes.length - 8} more`);
  }
  return lines.join('\n');
}

/**
 * Sideways scrolling (WCAG 1.4.10 Reflow): null when document.documentElement.scrollWidth <=
 * clientWidth, else a description naming the innermost elements that stick out (their children
 * do not), which are the ones to fix, with the test-contract hooks around them.
 */
export async function overflow(page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    if (root.scrollWidth <= width) return null;
    const sticksOut = (el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && (r.right > width + 0.5 || r.left < -0.5);
    };
    const culprits = [...document.body.querySelectorAll('*')]
      .filter((el) => sticksOut(el) && ![...el.children].some(sticksOut))
      .slice(0, 5)
      .map((el) => {
        const r = el.getBoundingClientRect();
        const attrs = ['data-action', 'data-contact', 'data-guidance', 'data-question', 'class', 'href']
          .map((n) => (el.getAttribute(n) ? `${n}="${el.getAttribute(n)}"` : ''))
          .filter(Boolean)
          .join(' ');
        const hooks = ['data-action', 'data-contact', 'data-guidance', 'data-question', 'data-outcome', 'data-summary']
          .map((n) => (el.closest(`[${n}]`) ? ` in [${n}="${el.closest(`[${n}]`).getAttribute(n)}"]` : ''))
          .join('');
        const text = (el.textContent ?? '').trim().slice(0, 40);
        return `<${el.tagName.toLowerCase()} ${attrs}>${hooks} "${text}" left ${Math.round(r.left)} right ${Math.round(r.right)}`;
      });
    return `scrollWidth ${root.scrollWidth} > clientWidth ${width}; sticking out: ${culprits.join('; ')}`;
  });
}

/** True when the page shows nothing: no rendered text and no visible controls. */
export function isBlankInPage() {
  const root = document.documentElement;
  if (!root || !document.body) return true;
  const hidden = (el) => {
    const cs = getComputedStyle(el);
    return cs.display === 'none' || cs.visibility === 'hidden' || Number(cs.opacity) === 0;
  };
  if (hidden(root) || hidden(document.body)) return true;
  const visible = [...document.body.querySelectorAll('h1,h2,h3,p,li,label,a,button,input,span,div')].filter((el) => {
    if (el.getClientRects().length === 0) return false;
    if (getComputedStyle(el).visibility === 'hidden') return false;
    const text = (el.innerText ?? '').trim();
    return text.length > 0 || el.tagName === 'INPUT';
  });
  return visible.length === 0;
}
