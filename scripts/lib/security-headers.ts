/**
 * The one definition of the app's security headers and caching rules. Everything that serves or
 * describes the app takes them from here:
 *   - vite.config.ts: the meta Content-Security-Policy in the built HTML, and the headers of
 *     `vite preview` (scripts/serve.mjs, `npm start`);
 *   - scripts/deploy-config.ts: deploy/nginx.conf (`npm run deploy:config`) and, at build time,
 *     dist/.nginx-inline-hashes.conf, the hashes of the inline style and script for nginx;
 *   - scripts/not-found-page.ts: the meta CSP of dist/404.html;
 *   - .ci/run: the headers it expects from nginx.
 *
 * The policy forbids 'unsafe-inline' scripts and styles. The two inline elements of a page — the
 * app's CSS as a <style>, and the small loader of the app's script (src/boot/loader.inline.js), both
 * inline so that the first paint waits for the HTML alone — are allowed by their sha256 hashes. The
 * hashes change whenever the CSS does, or the name of the app's script or of any texts chunk (the
 * loader names them all), that is with nearly every change; so they are read from the built HTML
 * (`builtInlineHashes`), never typed: see docs/decisions/0007-headers-and-serving.md.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Content-Security-Policy directives, in the order they are sent. `script-src` and `style-src` get the hashes too. */
const CSP_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self'"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'self'"],
  // Header only: a <meta> policy cannot carry frame-ancestors (browsers ignore it there).
  ['frame-ancestors', "'none'"],
];

/** A CSP source for an inline element's text, e.g. 'sha256-…'. */
export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** CSP sources ('sha256-…') of a page's inline elements. */
export interface InlineHashes {
  scripts: readonly string[];
  styles: readonly string[];
}
const NO_HASHES: InlineHashes = { scripts: [], styles: [] };

/**
 * The Content-Security-Policy, allowing the inline elements of `hashes`; `meta` leaves out what a
 * <meta http-equiv> policy cannot carry.
 */
export function contentSecurityPolicy({ hashes = NO_HASHES, meta = false }: { hashes?: InlineHashes; meta?: boolean } = {}): string {
  const extra: Record<string, readonly string[]> = { 'script-src': hashes.scripts, 'style-src': hashes.styles };
  return CSP_DIRECTIVES.filter(([name]) => !(meta && name === 'frame-ancestors'))
    .map(([name, value]) => [name, value, ...(extra[name] ?? [])].join(' '))
    .join('; ');
}

/** The security headers on every response (pages, files and errors alike). */
export function securityHeaders(hashes: InlineHashes = NO_HASHES): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy({ hashes }),
    // No address of this page may reach another site: even the name of a helpline's page can tell.
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
    // For browsers that do not know frame-ancestors: the page must not be framed (clickjacking).
    'X-Frame-Options': 'DENY',
  };
}

/**
 * Cache-Control. Hashed build output under /assets/ never changes. HTML is never stored, so that
 * Back after a quick exit, or a look at the browser's cache, finds no page (docs/decisions/0003).
 * Everything else (favicon) is revalidated.
 */
export const CACHE_CONTROL = {
  assets: 'public, max-age=31536000, immutable',
  html: 'no-store',
  other: 'no-cache',
} as const;

export function cacheControl(pathname: string): string {
  if (pathname.startsWith('/assets/')) return CACHE_CONTROL.assets;
  if (pathname.endsWith('/') || pathname.endsWith('.html')) return CACHE_CONTROL.html;
  return CACHE_CONTROL.other;
}

/** The text of every inline <style> element in an HTML document (attributes are not allowed). */
export function inlineStyles(html: string): string[] {
  return [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
}

/** The text of every inline <script> element (one without attributes) in an HTML document. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
}

/** The CSP sources of an HTML document's inline scripts and styles. */
export function inlineHashes(html: string): InlineHashes {
  return { scripts: inlineScripts(html).map(sha256Source), styles: inlineStyles(html).map(sha256Source) };
}

/**
 * CSP sources of the inline scripts and styles in every HTML file in `distDir` and its folders (the
 * start page of each language lives at dist/<lang>/index.html), sorted, unique. One policy serves
 * all pages.
 */
export function builtInlineHashes(distDir: string): InlineHashes {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  if (existsSync(distDir)) {
    for (const entry of readdirSync(distDir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
      const page = inlineHashes(readFileSync(join(entry.parentPath, entry.name), 'utf8'));
      page.scripts.forEach((h) => scripts.add(h));
      page.styles.forEach((h) => styles.add(h));
    }
  }
  return { scripts: [...scripts].sort(), styles: [...styles].sort() };
}

// ---------------------------------------------------------------- nginx

/** Written into dist/ by the build; deploy/nginx.conf includes it. A dotfile: nginx refuses to serve those. */
export const NGINX_HASHES_FILE = '.nginx-inline-hashes.conf';
const NGINX_HASH_VARIABLES: InlineHashes = { scripts: ['$veiviser_script_hashes'], styles: ['$veiviser_style_hashes'] };
/** Where nginx listens in deploy/nginx.conf (and in CI). Loopback: TLS is expected in front of it. */
export const NGINX_LISTEN = '127.0.0.1:8173';

/** dist/.nginx-inline-hashes.conf: sets the variables deploy/nginx.conf puts into script-src and style-src. */
export function nginxHashesInclude(hashes: InlineHashes): string {
  return [
    '# Generated by `npm run build` (scripts/deploy-config.ts --build) from the inline <script> and',
    '# <style> elements in dist/*.html. Included by deploy/nginx.conf; do not edit.',
    `map $uri ${NGINX_HASH_VARIABLES.scripts[0]} { default "${hashes.scripts.join(' ')}"; }`,
    `map $uri ${NGINX_HASH_VARIABLES.styles[0]} { default "${hashes.styles.join(' ')}"; }`,
    '',
  ].join('\n');
}

/** Types nginx sends; the list is here so that the config needs no system mime.types. */
const NGINX_TYPES: ReadonlyArray<readonly [string, string]> = [
  ['text/html', 'html'],
  ['text/css', 'css'],
  ['text/javascript', 'js mjs'],
  ['application/json', 'json map'],
  ['application/manifest+json', 'webmanifest'],
  ['image/svg+xml', 'svg'],
  ['image/png', 'png'],
  ['image/x-icon', 'ico'],
  ['font/woff2', 'woff2'],
  ['text/plain', 'txt'],
];
/** Text types: compressed and sent with charset=utf-8 (text/html always is). */
const NGINX_TEXT_TYPES = 'text/css text/javascript application/json application/manifest+json image/svg+xml text/plain';

function addHeaderLines(indent: string, cache: string): string[] {
  const headers = { ...securityHeaders(NGINX_HASH_VARIABLES), 'Cache-Control': cache };
  return Object.entries(headers).map(([name, value]) => {
    if (value.includes('"')) throw new Error(`header ${name} holds a double quote: ${value}`);
    // `always`: nginx adds headers to 2xx and 3xx responses only, unless told so; 404s need them too.
    return `${indent}add_header ${name} "${value}" always;`;
  });
}

/** deploy/nginx.conf, the production server for dist/. */
export function nginxConfig(): string {
  const types = NGINX_TYPES.map(([type, exts]) => `    ${type} ${exts};`).join('\n');
  return `# Production server for Veiviser's build (dist/). Generated by \`npm run deploy:config\` from
# scripts/lib/security-headers.ts; do not edit by hand (tests/infra/deploy-config.test.ts fails when
# this file is stale).
#
# Run it from the directory that holds dist/ and deploy/ (the prefix; relative paths below are
# relative to it, except \`include\`, which is relative to this file):
#   mkdir -p logs && nginx -p "$PWD/" -c "$PWD/deploy/nginx.conf"
# It listens on ${NGINX_LISTEN} only: put TLS termination in front of it.
#
# Every response, 404s included, carries the security headers. nginx's add_header is inherited by a
# location only if the location has no add_header of its own, so each location that sets
# Cache-Control repeats them all.
worker_processes 1;
pid logs/nginx.pid;
error_log logs/error.log warn;

events {
  worker_connections 256;
}

http {
  types {
${types}
  }
  default_type application/octet-stream;
  charset utf-8;
  charset_types ${NGINX_TEXT_TYPES};

  # No access log: a line per request would keep the address and time of everyone who looked for
  # help, which the app promises not to keep (docs/decisions/0004-answers-in-memory.md).
  access_log off;
  server_tokens off;
  sendfile on;

  gzip on;
  gzip_comp_level 6;
  gzip_min_length 256;
  gzip_vary on;
  gzip_types ${NGINX_TEXT_TYPES};

  # Temporary files in the prefix, not in the system's /var/lib/nginx.
  client_body_temp_path client_body_temp;
  proxy_temp_path proxy_temp;
  fastcgi_temp_path fastcgi_temp;
  uwsgi_temp_path uwsgi_temp;
  scgi_temp_path scgi_temp;

  # The hashes of the inline script and style, written by the build next to the pages they belong to.
  include ../dist/${NGINX_HASHES_FILE};

  server {
    listen ${NGINX_LISTEN};
    server_name _;
    # Redirects (/assets → /assets/) name no host or port: behind TLS termination those are not ours.
    absolute_redirect off;
    root dist;
    index index.html;
    error_page 404 /404.html;

${addHeaderLines('    ', CACHE_CONTROL.other).join('\n')}

    location / {
      try_files $uri $uri/ =404;
    }

    # Hashed file names: a changed file gets a new name, so these can be kept for a year.
    location ^~ /assets/ {
      try_files $uri =404;
${addHeaderLines('      ', CACHE_CONTROL.assets).join('\n')}
    }

    # Dotfiles (the hashes file above, anything else) are not part of the site.
    location ~ /\\. {
      return 404;
    }

    # Pages, the start page (/ → /index.html) and the 404 page: never stored.
    location ~ \\.html$ {
      try_files $uri =404;
${addHeaderLines('      ', CACHE_CONTROL.html).join('\n')}
    }
  }
}
`;
}
