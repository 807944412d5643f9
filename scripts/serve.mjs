#!/usr/bin/env node
// A tiny static server for the production build in dist/, with the security headers the app is
// designed for. No dependencies: node:http only.
//
//   node scripts/serve.mjs            → http://127.0.0.1:4173/
//   PORT=0 node scripts/serve.mjs     → a free port, printed on the first line of stdout
//   DIST=path node scripts/serve.mjs  → serve another folder
//
// Text files are sent gzip-compressed when the client accepts it, as any production host would
// (compressed once per file version and kept in memory).
//
// The first line printed is always "Serving <dir> at <url>", which scripts/e2e.mjs and
// scripts/bench.mjs read to learn the port.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(process.env.DIST ?? join(fileURLToPath(new URL('.', import.meta.url)), '..', 'dist'));
const port = Number.parseInt(process.env.PORT ?? '4173', 10);
const host = '127.0.0.1';

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
};

const SECURITY_HEADERS = {
  'Content-Security-Policy': CSP,
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

function send(res, status, headers, body) {
  res.writeHead(status, { ...SECURITY_HEADERS, ...headers });
  res.end(body);
}

async function handle(req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(res, 405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }, 'Method Not Allowed\n');
    return;
  }
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    send(res, 400, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Bad Request\n');
    return;
  }
  if (pathname.endsWith('/')) pathname += 'index.html';
  const file = normalize(join(root, pathname));
  if (file !== root && !file.startsWith(root + sep)) {
    send(res, 404, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Not Found\n');
    return;
  }
  let info;
  try {
    info = await stat(file);
  } catch {
    info = null;
  }
  if (!info || !info.isFile()) {
    send(res, 404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }, 'Not Found\n');
    return;
  }
  const ext = extname(file).toLowerCase();
  const isHtml = ext === '.html';
  // Hashed build output under /assets/ never changes; everything else is revalidated, and the
  // HTML is never stored (so that Back after a quick exit fetches a fresh, empty app).
  const cache = isHtml ? 'no-store' : pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
  const type = TYPES[ext] ?? 'application/octet-stream';
  let body = await readFile(file);
  const headers = { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': cache, Vary: 'Accept-Encoding' };
  const compressible = /^(text\/|application\/(json|manifest\+json|xml)|image\/svg\+xml)/.test(type);
  if (compressible && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && body.length > 256) {
    body = gzipped(file, info.mtimeMs, body);
    headers['Content-Encoding'] = 'gzip';
  }
  headers['Content-Length'] = body.length;
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

const gzipCache = new Map();
function gzipped(file, mtime, body) {
  const hit = gzipCache.get(file);
  if (hit && hit.mtime === mtime) return hit.body;
  const zipped = gzipSync(body, { level: 9 });
  gzipCache.set(file, { mtime, body: zipped });
  return zipped;
}

const server = createServer((req, res) => {
  handle(req, res).catch((err) => {
    console.error(err);
    if (!res.headersSent) send(res, 500, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Internal Server Error\n');
    else res.destroy();
  });
});

server.listen(port, host, () => {
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  console.log(`Serving ${root} at http://${host}:${actual}/`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close();
    server.closeAllConnections?.();
    process.exit(0);
  });
}
