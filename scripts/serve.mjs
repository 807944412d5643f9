#!/usr/bin/env node
// Serves the production build in dist/ with Vite's preview server (`vite preview`): gzip, and the
// security headers and Cache-Control of scripts/lib/security-headers.ts on every response, 404s
// included; an unknown path gets dist/404.html with status 404. vite.config.ts wires these up, so
// this file only starts the server and says where it is. The production server is nginx with
// deploy/nginx.conf, generated from the same headers module.
//
//   node scripts/serve.mjs            → http://127.0.0.1:4173/
//   PORT=0 node scripts/serve.mjs     → a free port
//   DIST=path node scripts/serve.mjs  → serve another folder
//
// The first line printed is always "Serving <dir> at <url>", which scripts/e2e.mjs,
// scripts/bench.mjs and tests/e2e/lib.mjs read to learn the port.
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = resolve(process.env.DIST ?? join(root, 'dist'));
const port = Number.parseInt(process.env.PORT ?? '4173', 10);
const host = '127.0.0.1';

const server = await preview({
  root,
  configFile: join(root, 'vite.config.ts'),
  // Warnings and errors only (on stderr), so that the line below is the first on stdout.
  logLevel: 'warn',
  build: { outDir: dist },
  // strictPort: a busy 4173 is an error, not a silent move to 4174 that the README would not match.
  preview: { host, port, strictPort: true },
});

const address = server.httpServer.address();
const actual = typeof address === 'object' && address ? address.port : port;
console.log(`Serving ${dist} at http://${host}:${actual}/`);

// Vite closes the server on SIGTERM itself; Ctrl-C (SIGINT) is handled here the same way.
process.on('SIGINT', () => {
  server.close().finally(() => process.exit(0));
});
