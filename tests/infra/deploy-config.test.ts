/**
 * The headers module (scripts/lib/security-headers.ts) and what is generated from it: the committed
 * deploy/nginx.conf must be what `npm run deploy:config` writes today, and must carry every header
 * on every response.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import {
  builtInlineHashes,
  cacheControl,
  contentSecurityPolicy,
  inlineHashes,
  nginxConfig,
  nginxHashesInclude,
  securityHeaders,
  sha256Source,
} from '../../scripts/lib/security-headers';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const HEADER_NAMES = Object.keys(securityHeaders());

describe('deploy/nginx.conf', () => {
  const committed = readFileSync(join(ROOT, 'deploy', 'nginx.conf'), 'utf8');

  test('is up to date with scripts/lib/security-headers.ts (else run `npm run deploy:config`)', () => {
    expect(committed).toBe(nginxConfig());
  });

  test('every block that adds headers adds all of them, with `always` (404s included)', () => {
    // nginx inherits add_header into a block only when the block has none of its own.
    const directives = committed.replace(/^\s*#.*$/gm, '');
    const blocks = directives.split(/\n\s*(?=location |server \{)/).filter((b) => b.includes('add_header'));
    expect(blocks.length).toBeGreaterThanOrEqual(3); // server, /assets/, .html
    for (const block of blocks) {
      for (const name of [...HEADER_NAMES, 'Cache-Control']) {
        expect(block, `${block.split('\n')[0]} lacks ${name}`).toMatch(new RegExp(`add_header ${name} "[^"]+" always;`));
      }
    }
    expect(directives).not.toMatch(/add_header (?![^\n]* always;)/);
  });

  test('serves dist/ with the 404 page, gzip, long-cached assets and unstored pages', () => {
    expect(committed).toMatch(/\broot dist;/);
    expect(committed).toContain('try_files $uri $uri/ =404;');
    expect(committed).toContain('error_page 404 /404.html;');
    expect(committed).toMatch(/\bgzip on;/);
    expect(committed).toMatch(/location \^~ \/assets\/ \{[^}]*Cache-Control "public, max-age=31536000, immutable"/);
    expect(committed).toMatch(/location ~ \\\.html\$ \{[^}]*Cache-Control "no-store"/);
    expect(committed).toMatch(/script-src 'self' \$veiviser_script_hashes;/);
    expect(committed).toMatch(/style-src 'self' \$veiviser_style_hashes;/);
    expect(committed).toMatch(/include \.\.\/dist\/\.nginx-inline-hashes\.conf;/);
    expect(committed).toMatch(/listen 127\.0\.0\.1:\d+;/);
  });
});

describe('the security headers', () => {
  test('the CSP allows no inline script or style but the hashed ones, and no framing', () => {
    const hashes = { scripts: [sha256Source('go()')], styles: [sha256Source('body{color:red}')] };
    const csp = contentSecurityPolicy({ hashes });
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain(`script-src 'self' ${hashes.scripts[0]};`);
    expect(csp).toContain(`style-src 'self' ${hashes.styles[0]};`);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(contentSecurityPolicy()).toContain("script-src 'self'; style-src 'self';");
    expect(securityHeaders(hashes)).toMatchObject({
      'Content-Security-Policy': csp,
      'Referrer-Policy': 'no-referrer',
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
    });
  });

  test('the meta CSP is the header CSP without frame-ancestors, which a meta cannot carry', () => {
    const hashes = { scripts: [sha256Source('go()')], styles: [sha256Source('a{}')] };
    expect(contentSecurityPolicy({ hashes, meta: true })).not.toContain('frame-ancestors');
    expect(`${contentSecurityPolicy({ hashes, meta: true })}; frame-ancestors 'none'`).toBe(contentSecurityPolicy({ hashes }));
  });

  test('sha256Source is the CSP hash of the exact text', () => {
    // echo -n 'body{color:red}' | openssl dgst -sha256 -binary | base64
    expect(sha256Source('body{color:red}')).toBe("'sha256-FcQqt3aNlV7AZnGV4zkQRVeCeJOxbMPnQSx258L803E='");
  });

  test('inlineHashes takes inline scripts and styles only, not those with a src or attributes', () => {
    const html = '<style>a{}</style><script>go()</script><script type="module" src="/x.js"></script><style media="print">b{}</style>';
    expect(inlineHashes(html)).toEqual({ scripts: [sha256Source('go()')], styles: [sha256Source('a{}')] });
  });

  test('builtInlineHashes reads the inline scripts and styles of every page in dist/ and its folders', () => {
    const dir = mkdtempSync(join(tmpdir(), 'veiviser-dist-'));
    try {
      writeFileSync(join(dir, 'index.html'), '<head><style>a{}</style><style>b{}</style></head><body><script>go()</script></body>');
      writeFileSync(join(dir, '404.html'), '<head><style>a{}</style></head>');
      writeFileSync(join(dir, 'notes.txt'), '<style>c{}</style><script>no()</script>');
      mkdirSync(join(dir, 'en'));
      writeFileSync(join(dir, 'en', 'index.html'), '<head><style>d{}</style></head><body><script>go()</script></body>');
      const hashes = builtInlineHashes(dir);
      expect(hashes).toEqual({
        scripts: [sha256Source('go()')],
        styles: [sha256Source('a{}'), sha256Source('b{}'), sha256Source('d{}')].sort(),
      });
      const include = nginxHashesInclude(hashes);
      expect(include).toContain(`map $uri $veiviser_script_hashes { default "${hashes.scripts.join(' ')}"; }`);
      expect(include).toContain(`map $uri $veiviser_style_hashes { default "${hashes.styles.join(' ')}"; }`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('Cache-Control: assets for a year, pages never stored, the rest revalidated', () => {
    expect(cacheControl('/assets/index-abc.js')).toBe('public, max-age=31536000, immutable');
    expect(cacheControl('/')).toBe('no-store');
    expect(cacheControl('/404.html')).toBe('no-store');
    expect(cacheControl('/favicon.svg')).toBe('no-cache');
  });
});
