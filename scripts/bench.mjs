#!/usr/bin/env node
// `npm run bench`: Lighthouse 12 (mobile preset: slow 4G and 4× CPU slowdown) against the served
// production build, several runs with each throttling method — "simulate", Lighthouse's default,
// which loads the page unthrottled and models the slow phone (lantern), and "devtools", which
// applies the slowdown in the browser while loading — alternating, so that both see the same load
// on the machine; prints the median and range of the performance, accessibility and best-practices
// scores, FCP, LCP, TBT, TTI and total bytes. The two differ for this page: lantern counts every
// request that ended before the paint it saw unthrottled (the page's inline loader asks for the
// app's script only after the first contentful paint, so that it is not one of them: docs/decisions/0007).
// Then, in Chromium with slow 4G and a 4× slower CPU applied over CDP, when the app is there: the
// first paint and the moment the app replaces the prerendered screen. Then the screen-change
// latency: in Chromium with the CPU slowed 4× (CDP Emulation.setCPUThrottlingRate), the time from a
// click on the continue button to the frame that shows the next screen's h1 — the click event's
// timeStamp to a task queued from the first requestAnimationFrame after the h1 text changed, i.e.
// once that frame has been rendered — over every screen change of two long walks (nb and en).
// Writes all three to docs/benchmarks.md.
//
// A benchmark, not a test: the figures are noisy on a small machine, so it is never run in CI.
//   BENCH_RUNS=5 (default, per method)  BENCH_READY=5 (loads for the app-ready figures)  BENCH_URL=… (default: start scripts/serve.mjs on a free port)
//   BENCH_ONLY=latency      only the screen-change latency, printed, docs/benchmarks.md untouched
//   CHROME_PATH / CHROMIUM_PATH (default /usr/bin/chromium)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium as playwright } from 'playwright-core';
import { CHROMIUM_ARGS, SCENARIOS, waitReady, walk } from '../tests/e2e/lib.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const latencyOnly = process.env.BENCH_ONLY === 'latency';
const runs = latencyOnly ? 0 : Number(process.env.BENCH_RUNS ?? 5);
const chrome = process.env.CHROME_PATH || process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const lighthouseBin = join(root, 'node_modules', '.bin', 'lighthouse');

if (!existsSync(chrome)) {
  console.error(`No Chromium at ${chrome}: apt-get install -y chromium, or set CHROME_PATH.`);
  process.exit(1);
}
if (!existsSync(join(root, 'dist', 'index.html'))) {
  console.log('dist/index.html is missing: running `npm run build`');
  if (spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' }).status !== 0) process.exit(1);
}

let server = null;
async function startServer() {
  server = spawn(process.execPath, [join(root, 'scripts', 'serve.mjs')], {
    cwd: root,
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolvePromise, reject) => {
    let out = '';
    server.stdout.on('data', (chunk) => {
      out += chunk;
      const m = /at (http:\/\/\S+)/.exec(out);
      if (m) resolvePromise(m[1]);
    });
    server.on('exit', (code) => reject(new Error(`serve.mjs exited with ${code}`)));
  });
}

const url = process.env.BENCH_URL ?? (await startServer());
const work = mkdtempSync(join(tmpdir(), 'veiviser-bench-'));

const METHODS = ['simulate', 'devtools'];

function lighthouse(i, method) {
  const profile = mkdtempSync(join(tmpdir(), 'veiviser-lh-profile-'));
  const out = join(work, `run-${method}-${i}.json`);
  const flags = ['--headless=new', ...CHROMIUM_ARGS, `--user-data-dir=${profile}`].join(' ');
  const res = spawnSync(
    lighthouseBin,
    [
      url,
      '--form-factor=mobile',
      '--only-categories=performance,accessibility,best-practices',
      `--chrome-flags=${flags}`,
      '--output=json',
      `--output-path=${out}`,
      `--throttling-method=${method}`,
      '--quiet',
    ],
    { cwd: root, env: { ...process.env, CHROME_PATH: chrome }, stdio: ['ignore', 'inherit', 'inherit'], timeout: 180_000 },
  );
  rmSync(profile, { recursive: true, force: true });
  if (res.status !== 0 || !existsSync(out)) throw new Error(`lighthouse run ${i} failed (exit ${res.status})`);
  const lhr = JSON.parse(readFileSync(out, 'utf8'));
  if (lhr.runtimeError) throw new Error(`lighthouse run ${i}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
  return {
    performance: lhr.categories.performance.score * 100,
    accessibility: lhr.categories.accessibility.score * 100,
    bestPractices: lhr.categories['best-practices'].score * 100,
    fcp: audit('first-contentful-paint'),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    tti: audit('interactive'),
    bytes: audit('total-byte-weight'),
    version: lhr.lighthouseVersion,
    userAgent: lhr.environment?.hostUserAgent ?? '',
    failedAudits: Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode))
      .map((a) => a.id),
  };
}

/** How long a screen change takes: see the top of this file. */
const CPU_SLOWDOWN = 4;
const LATENCY_SCENARIO = 'trafficking-signs';
async function screenChangeLatency() {
  const browser = await playwright.launch({ executablePath: chrome, args: CHROMIUM_ARGS });
  const samples = [];
  try {
    for (const lang of ['nb', 'en']) {
      const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'nb-NO' });
      const page = await context.newPage();
      // Runs in the page before the app: records each continue click and, once the h1 text is no
      // longer the one at the click, the time to the frame after that change.
      await page.addInitScript(() => {
        const samples = [];
        window.__screenChanges = samples;
        let pending = null;
        const h1Text = () => document.querySelector('h1')?.textContent ?? '';
        document.addEventListener(
          'click',
          (event) => {
            if (event.target instanceof Element && event.target.closest('[data-action="continue"]')) {
              pending = { start: event.timeStamp, h1: h1Text() };
            }
          },
          true,
        );
        new MutationObserver(() => {
          if (!pending || h1Text() === '' || h1Text() === pending.h1) return;
          const { start } = pending;
          pending = null;
          requestAnimationFrame(() => setTimeout(() => samples.push(performance.now() - start), 0));
        }).observe(document, { subtree: true, childList: true, characterData: true });
      });
      await page.goto(`${url.replace(/\/$/, '')}/?lang=${lang}`, { waitUntil: 'load' });
      await waitReady(page);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
      await walk(page, { focusMisses: [], screens: [] }, SCENARIOS[LATENCY_SCENARIO].answers);
      await page.waitForTimeout(200); // the last sample's frame
      samples.push(...(await page.evaluate(() => window.__screenChanges)));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  if (samples.length < 10) throw new Error(`only ${samples.length} screen changes measured`);
  return samples;
}

/**
 * When the app is there on a slow phone: Chromium with Lighthouse's slow-4G figures applied by CDP
 * (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up) and the CPU slowed 4×, a fresh context per
 * load of `/`. From the navigation's start: the first contentful paint (the prerendered screen) and
 * the moment the app replaces the prerendered screen with its own (src/main.tsx), seen by a
 * MutationObserver the page gets before it runs.
 */
const READY_LOADS = latencyOnly ? 0 : Number(process.env.BENCH_READY ?? 5);
async function appReady() {
  const browser = await playwright.launch({ executablePath: chrome, args: CHROMIUM_ARGS });
  const samples = [];
  try {
    for (let i = 0; i < READY_LOADS; i += 1) {
      const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
      const page = await context.newPage();
      await page.addInitScript(() => {
        new MutationObserver((records, observer) => {
          if (records.some((r) => r.target instanceof Element && r.target.id === 'root' && r.removedNodes.length > 0)) {
            window.__appReady = performance.now();
            observer.disconnect();
          }
        }).observe(document, { subtree: true, childList: true });
      });
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 150,
        downloadThroughput: (1.6 * 1024 * 1024) / 8,
        uploadThroughput: (750 * 1024) / 8,
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForFunction(() => window.__appReady !== undefined, null, { timeout: 60_000 });
      samples.push(
        await page.evaluate(() => ({
          fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
          ready: window.__appReady,
        })),
      );
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return samples;
}

const results = { simulate: [], devtools: [] };
let ready = [];
let latency;
try {
  for (let i = 1; i <= runs; i += 1) for (const method of METHODS) {
    process.stdout.write(`run ${i}/${runs} (${method}) … `);
    const r = lighthouse(i, method);
    results[method].push(r);
    console.log(
      `perf ${r.performance.toFixed(0)}, a11y ${r.accessibility.toFixed(0)}, bp ${r.bestPractices.toFixed(0)}, ` +
        `FCP ${r.fcp.toFixed(0)} ms, LCP ${r.lcp.toFixed(0)} ms, TBT ${r.tbt.toFixed(0)} ms, ${(r.bytes / 1000).toFixed(1)} kB`,
    );
  }
  if (READY_LOADS) {
    process.stdout.write(`app ready on a slow phone (${READY_LOADS} loads) … `);
    ready = await appReady();
    console.log(ready.map((r) => `paint ${r.fcp.toFixed(0)} ms, app ${r.ready.toFixed(0)} ms`).join('; '));
  }
  process.stdout.write(`screen changes (${CPU_SLOWDOWN}× CPU slowdown) … `);
  latency = await screenChangeLatency();
  console.log(`${latency.length} measured`);
} finally {
  server?.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const latencyLine =
  `median ${median(latency).toFixed(0)} ms (range ${Math.min(...latency).toFixed(0)} – ${Math.max(...latency).toFixed(0)} ms, ` +
  `${latency.length} screen changes)`;
if (latencyOnly) {
  console.log(`\nScreen change, continue click → next h1 painted, ${CPU_SLOWDOWN}× CPU slowdown: ${latencyLine}`);
  process.exit(0);
}
const rows = [
  ['Performance score', 'performance', (v) => v.toFixed(0)],
  ['Accessibility score', 'accessibility', (v) => v.toFixed(0)],
  ['Best-practices score', 'bestPractices', (v) => v.toFixed(0)],
  ['First Contentful Paint', 'fcp', (v) => `${(v / 1000).toFixed(2)} s`],
  ['Largest Contentful Paint', 'lcp', (v) => `${(v / 1000).toFixed(2)} s`],
  ['Total Blocking Time', 'tbt', (v) => `${v.toFixed(0)} ms`],
  ['Time to Interactive', 'tti', (v) => `${(v / 1000).toFixed(2)} s`],
  ['Total bytes', 'bytes', (v) => `${(v / 1000).toFixed(1)} kB`],
].map(([label, key, fmt]) => {
  const stats = (method) => {
    const xs = results[method].map((r) => r[key]);
    return { median: fmt(median(xs)), range: `${fmt(Math.min(...xs))} – ${fmt(Math.max(...xs))}` };
  };
  return { label, simulate: stats('simulate'), devtools: stats('devtools') };
});
const version = results.simulate[0].version;

console.log(`\nLighthouse ${version}, mobile preset, ${runs} runs per method — median (range)`);
console.log(`  ${''.padEnd(26)} ${'simulate'.padStart(9)}   ${''.padEnd(21)} ${'devtools'.padStart(9)}`);
for (const r of rows) {
  console.log(`  ${r.label.padEnd(26)} ${r.simulate.median.padStart(9)}   ${`(${r.simulate.range})`.padEnd(21)} ${r.devtools.median.padStart(9)}   (${r.devtools.range})`);
}
const stat = (xs) => `median ${median(xs).toFixed(0)} ms (range ${Math.min(...xs).toFixed(0)} – ${Math.max(...xs).toFixed(0)} ms)`;
if (ready.length > 0) {
  const [paint, app] = [stat(ready.map((r) => r.fcp)), stat(ready.map((r) => r.ready))];
  console.log(`\nSlow phone (CDP slow 4G, ${CPU_SLOWDOWN}× CPU), ${ready.length} loads: first paint ${paint}; app ready ${app}`);
}
console.log(`Screen change, continue click → next h1 painted, ${CPU_SLOWDOWN}× CPU slowdown: ${latencyLine}`);

const notPerfect = [...new Set([...results.simulate, ...results.devtools].flatMap((r) => r.failedAudits))].sort();
const chromium = spawnSync(chrome, ['--version'], { encoding: 'utf8' }).stdout.trim();
const date = new Date().toISOString().slice(0, 10);
const readySection =
  ready.length === 0
    ? ''
    : `## When the app is there

Chromium (playwright-core, 360×740) with Lighthouse's slow-4G figures applied over CDP (150 ms round
trip, 1.6 Mbit/s down) and the CPU slowed ${CPU_SLOWDOWN}×, ${ready.length} fresh loads of \`/\`: the first
contentful paint (the prerendered start screen with the numbers) and the moment the app replaces it
with its own, from the start of the navigation.

| Measure | Median | Range |
|---|---:|---|
| First contentful paint | ${median(ready.map((r) => r.fcp)).toFixed(0)} ms | ${Math.min(...ready.map((r) => r.fcp)).toFixed(0)} ms – ${Math.max(...ready.map((r) => r.fcp)).toFixed(0)} ms |
| App ready | ${median(ready.map((r) => r.ready)).toFixed(0)} ms | ${Math.min(...ready.map((r) => r.ready)).toFixed(0)} ms – ${Math.max(...ready.map((r) => r.ready)).toFixed(0)} ms |

`;
const md = `# Benchmarks

Produced by \`npm run bench\` (scripts/bench.mjs) on ${date}. A benchmark, not a test: it is not run in CI,
and the numbers move from run to run, so the median of ${runs} runs per method is given with the range.

- What: the production build (\`npm run build\`), served by scripts/serve.mjs (\`vite preview\`) on
  127.0.0.1 with the app's real headers (Content-Security-Policy and friends) and gzip compression,
  first page \`/\`.
- Tool: Lighthouse ${version}, mobile preset (emulated phone, slow 4G, 4× CPU slowdown), categories
  performance, accessibility and best practices; a fresh Chromium profile per run. Two throttling
  methods, runs alternating: **simulate** (Lighthouse's default: the page loads unthrottled and the
  slow phone is modelled) and **devtools** (the slowdown is applied in the browser while the page
  loads). Simulate counts every request that ended before the paint it saw unthrottled; the page's
  inline loader asks for the app's script only after the first contentful paint, so that request is not among
  them (docs/decisions/0007). Devtools measures the paint as it happened under the slowdown.
- Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, ${chromium}.

| Measure | Median (simulate) | Range (simulate) | Median (devtools) | Range (devtools) |
|---|---:|---|---:|---|
${rows.map((r) => `| ${r.label} | ${r.simulate.median} | ${r.simulate.range} | ${r.devtools.median} | ${r.devtools.range} |`).join('\n')}

Audits that did not score full marks in at least one run: ${notPerfect.length ? notPerfect.map((a) => `\`${a}\``).join(', ') : 'none'}.

${readySection}## Screen change

From a click on the continue button to the frame that shows the next screen's h1, in Chromium
(playwright-core, 360×740) with the CPU slowed ${CPU_SLOWDOWN}× (CDP \`Emulation.setCPUThrottlingRate\`):
the click event's \`timeStamp\` to a task queued from the first \`requestAnimationFrame\` after the h1
text changed. Every screen change of the "${LATENCY_SCENARIO}" walk, in nb and in en.

| Measure | Median | Range | Screen changes |
|---|---:|---|---:|
| Continue → next h1 painted | ${median(latency).toFixed(0)} ms | ${Math.min(...latency).toFixed(0)} ms – ${Math.max(...latency).toFixed(0)} ms | ${latency.length} |

Scores on a 2-core machine under load are lower than on a phone-class CPU without it; compare runs made
on the same machine only. For the size of what the first page loads, see \`npm run size\`.
`;
writeFileSync(join(root, 'docs', 'benchmarks.md'), md);
console.log('\nwrote docs/benchmarks.md');
