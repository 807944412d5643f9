#!/usr/bin/env node
// Runs the browser suite in tests/e2e/ against the production build:
//   1. builds with `npm run build` only if dist/index.html is missing,
//   2. starts scripts/serve.mjs on a free port (with the app's security headers),
//   3. runs tests/e2e/*.test.mjs with node:test in headless Chromium (playwright-core),
//   4. stops the server and prints "N passed, M failed" as the last line; exits 1 on failure.
//
// Options: E2E_FILTER=<regexp> runs only files whose name matches; CHROMIUM_PATH picks the browser;
// BASE_URL=http://host:port runs against a server that is already up (nginx with deploy/nginx.conf
// in .ci/run, say): then nothing is built or started, and that server must serve this dist/.
//
// A skipped or todo test counts as failed, with its name printed: a test that does not run proves
// nothing, and a green summary must not hide it.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';

const root = fileURLToPath(new URL('..', import.meta.url));
const started = Date.now();

const external = process.env.BASE_URL?.replace(/\/$/, '');

if (!external && !existsSync(join(root, 'dist', 'index.html'))) {
  console.log('dist/index.html is missing: running `npm run build`');
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!existsSync(chromiumPath)) {
  console.error(`No Chromium at ${chromiumPath}: install it with \`apt-get install -y chromium\` or set CHROMIUM_PATH.`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

let server = null;
const baseUrl = external ?? (await startServer());

async function startServer() {
  server = spawn(process.execPath, [join(root, 'scripts', 'serve.mjs')], {
    cwd: root,
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise((resolvePromise, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('serve.mjs did not start within 10 s')), 10_000);
    server.stdout.on('data', (chunk) => {
      out += chunk;
      const m = /at (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolvePromise(m[1].replace(/\/$/, ''));
      }
    });
    server.on('exit', (code) => reject(new Error(`serve.mjs exited with code ${code}`)));
  }).catch((err) => {
    console.error(err.message);
    console.log('0 passed, 1 failed');
    process.exit(1);
  });
  server.stdout.resume();
  return url;
}
console.log(external ? `e2e: against ${baseUrl} (BASE_URL)` : `e2e: serving dist/ at ${baseUrl}`);

// Test files read these; node:test runs each file in a child process that inherits the env.
process.env.BASE_URL = baseUrl;
process.env.CHROMIUM_PATH = chromiumPath;

const filter = process.env.E2E_FILTER ? new RegExp(process.env.E2E_FILTER) : null;
const dir = join(root, 'tests', 'e2e');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.test.mjs') && (!filter || filter.test(f)))
  .sort()
  .map((f) => join(dir, f));

let passed = 0;
let failed = 0;
const notRun = [];
// Two files at a time: each drives its own headless Chromium; more than that on two cores only
// makes every step slower.
const stream = run({ files, concurrency: Number(process.env.E2E_CONCURRENCY ?? 2), timeout: 240_000 });
stream.on('test:pass', (data) => {
  if (data.details?.type === 'suite') return;
  // node:test reports a skipped or todo test as passed; here it is a failure.
  if (data.skip || data.todo) {
    failed += 1;
    notRun.push(`${data.skip ? 'skipped' : 'todo'}: ${data.name} (${data.file ?? 'unknown file'})`);
  } else passed += 1;
});
stream.on('test:fail', (data) => {
  if (data.details?.type === 'suite') return;
  failed += 1;
  if (data.todo) notRun.push(`todo: ${data.name} (${data.file ?? 'unknown file'})`);
});

const report = stream.compose(spec);
report.pipe(process.stdout, { end: false });
// Wait for the reporter to finish writing, so that the summary is the very last line.
await new Promise((resolvePromise) => report.on('end', resolvePromise));

server?.kill('SIGTERM');
if (notRun.length) console.log(`\ne2e: ${notRun.length} test(s) did not run, counted as failed:\n  ${notRun.join('\n  ')}`);
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`\ne2e: ${files.length} files in ${seconds} s`);
if (files.length === 0) failed += 1;
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
