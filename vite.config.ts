import { existsSync, readFileSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join, resolve, sep } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { checkProject } from './src/engine/validate';
import { loaderScript, type TextsFiles } from './scripts/lib/loader-script';
import { LANGUAGES } from './src/engine/types';
import { projectFileNames, readProjectFiles } from './scripts/lib/project-files';
import { builtInlineHashes, CACHE_CONTROL, cacheControl, contentSecurityPolicy, inlineHashes, securityHeaders } from './scripts/lib/security-headers';
import { START_PARTS, textChunkName, textChunks } from './scripts/lib/text-chunks';

/**
 * Validates flows/ and locales/ before every build (and when the dev server starts), failing with the
 * file, the path inside it and what is wrong. The app then imports the checked JSON as it is, so
 * zod and the checks never reach the browser.
 */
function checkFlows(): Plugin {
  return {
    name: 'veiviser-check-flows',
    buildStart() {
      const result = checkProject(readProjectFiles());
      for (const w of result.warnings) this.warn(`${w.file}  ${w.path}  ${w.message}`);
      if (result.problems.length > 0) {
        const lines = result.problems.map((p) => `  ${p.file}  ${p.path}  ${p.message}`);
        this.error(`flows or locales are not valid (${result.problems.length} problems):\n${lines.join('\n')}`);
      }
      for (const name of projectFileNames()) this.addWatchFile(name);
    },
  };
}

/**
 * The browser needs an indicator's id, dimension and weights, and the scoring's thresholds, not the
 * citations and the quoted law behind them: those stay in flows/ (and in the checks and docs), out
 * of the first download.
 */
function dropCitations(): Plugin {
  const slim: Record<string, (data: Record<string, unknown>) => unknown> = {
    '/flows/indicators.json': (data) => ({
      ...data,
      source: undefined,
      dimensions: undefined,
      indicators: (data.indicators as Record<string, unknown>[]).map(({ source: _source, purposes: _purposes, ...rest }) => rest),
    }),
    // The language list needs names and directions; who translated when is for flows:check and the docs.
    '/locales/languages.json': (data) => ({
      ...data,
      languages: (data.languages as { translation: { status: string } }[]).map((l) => ({ ...l, translation: { status: l.translation.status } })),
    }),
    // Who a contact is for (for, audience) is read by the checks and flows/outcomes.json's order, and the
    // sources of its chat, text and form ways by the checks: the card shows the contact's own source.
    '/flows/contacts/no.json': (data) => ({
      contacts: (data.contacts as Record<string, unknown>[]).map(({ for: _for, audience: _audience, ...rest }) => {
        // The card only marks what is partly verified.
        if (rest.verified === 'yes') delete rest.verified;
        for (const way of ['chat', 'sms', 'form']) {
          if (rest[way]) rest[way] = { ...(rest[way] as object), source: undefined };
        }
        return rest;
      }),
    }),
    // A fact is put into texts by its value; its source and date stay in flows/facts/no.json.
    '/flows/facts/no.json': (data) => ({
      facts: (data.facts as Record<string, unknown>[]).map(({ id, value }) => ({ id, value })),
    }),
    '/flows/scoring.json': (data) => {
      const law = data.law as Record<string, unknown>;
      const ilo = data.ilo as Record<string, unknown>;
      return { ...data, source: undefined, law: { ...law, source: undefined, quote: undefined }, ilo: { ...ilo, source: undefined } };
    },
  };
  return {
    name: 'veiviser-drop-citations',
    enforce: 'pre',
    transform(code, id) {
      const file = Object.keys(slim).find((f) => id.replace(/\\/g, '/').endsWith(f));
      if (!file) return null;
      return { code: JSON.stringify(slim[file](JSON.parse(code) as Record<string, unknown>)), map: null };
    },
  };
}

/**
 * The files of each language's texts that the app loads when it starts in that language (the chunks
 * `texts-<lang>-<part>` of scripts/lib/text-chunks.ts's START_PARTS), so that the loader can fetch
 * them beside the app's script.
 */
function textsFiles(bundle: Record<string, { type: string; name?: string; fileName: string }>): TextsFiles {
  const files: Record<string, string[]> = {};
  for (const chunk of Object.values(bundle)) {
    const [, lang, part] = (chunk.type === 'chunk' && /^texts-([a-z]{2,3})-([a-z]+)$/.exec(chunk.name ?? '')) || [];
    if (lang && START_PARTS.includes(part)) (files[lang] ??= []).push(`/${chunk.fileName}`);
  }
  const missing = LANGUAGES.filter((lang) => files[lang]?.length !== START_PARTS.length);
  if (missing.length > 0) throw new Error(`not every texts chunk (${START_PARTS.join(', ')}) for ${missing.join(', ')}: see scripts/lib/text-chunks.ts`);
  for (const list of Object.values(files)) list.sort();
  return files;
}

/** The app's module script tag (in the dev server, also Vite's own client, which stays as it is). */
const ENTRY_SCRIPT = /\s*<script type="module"[^>]*\ssrc="(?!\/@vite\/)([^"]+)"[^>]*><\/script>/g;

/**
 * The first paint, and the security headers (all from scripts/lib/security-headers.ts).
 *
 * Build: the entry stylesheet (~2 kB gzip) is inlined into the HTML as a <style>, so that the first
 * paint waits for the HTML alone, and the module script tag is replaced by the small loader of
 * src/boot/loader.inline.js at the end of <body>, which asks for the app's script and its texts once
 * the first contentful paint is on screen (the prerendered start screen needs no script to show). Both inline elements are
 * allowed by their sha256 hashes, never by 'unsafe-inline': the hashes go into the meta CSP here, and
 * into the header CSP of `vite preview` and nginx, which read them back from dist/*.html.
 *
 * Preview (scripts/serve.mjs): every response, 404s included, gets the security headers and the
 * Cache-Control of scripts/lib/security-headers.ts; an unknown path gets dist/404.html with status 404.
 *
 * The dev server gets the loader too (one way to start the app), but no CSP: Vite injects inline
 * scripts and styles there, which the policy forbids.
 */
function securityAndFirstPaint(): Plugin {
  return {
    name: 'veiviser-security-and-first-paint',
    config(config, env) {
      if (!env.isPreview) return;
      const dist = resolve(config.root ?? process.cwd(), config.build?.outDir ?? 'dist');
      return {
        // 'mpa': no fallback to index.html for unknown paths; they get the 404 page below.
        appType: 'mpa',
        preview: { headers: securityHeaders(builtInlineHashes(dist)), cors: false },
      };
    },
    transformIndexHtml: {
      // 'post': after Vite has put in the <link rel="stylesheet"> and <script> tags of the build.
      order: 'post',
      handler(html, ctx) {
        const entries = [...html.matchAll(ENTRY_SCRIPT)].map((m) => m[1]);
        if (entries.length !== 1) throw new Error(`${ctx.filename}: expected one module script for the app, found ${entries.length}`);
        const bundle = ctx.bundle;
        // The dev server has no chunks: the app asks for its texts itself.
        const loader = loaderScript(entries[0], bundle ? textsFiles(bundle) : {});
        const withLoader = html.replace(ENTRY_SCRIPT, '').replace(/(\s*)<\/body>/, (_, space: string) => `${space}  <script>${loader}</script>${space}</body>`);
        if (!withLoader.includes('<script>')) throw new Error(`${ctx.filename}: no </body> to put the loader before`);
        if (!bundle) return withLoader;
        if (/http-equiv=["']Content-Security-Policy/i.test(html)) {
          throw new Error(`${ctx.filename} has its own meta Content-Security-Policy; it comes from scripts/lib/security-headers.ts`);
        }
        const out = withLoader.replace(/<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g, (tag, fileName: string) => {
          const asset = bundle[fileName];
          if (asset?.type !== 'asset') return tag;
          const css = String(asset.source);
          if (css.includes('</style')) throw new Error(`${fileName} cannot be inlined: it contains "</style"`);
          // Inlined, so no request: the file is not needed in dist/ (no chunk imports it).
          delete bundle[fileName];
          return `<style>${css}</style>`;
        });
        const csp = contentSecurityPolicy({ hashes: inlineHashes(out), meta: true });
        const withMeta = out.replace(/(<meta charset="utf-8" \/>)/i, `$1\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`);
        if (withMeta === out) throw new Error(`${ctx.filename}: no <meta charset="utf-8" /> to put the CSP after`);
        return withMeta;
      },
    },
    configurePreviewServer(server) {
      const dist = resolve(server.config.root, server.config.build.outDir);
      const headers = server.config.preview.headers ?? {};
      const pathnameOf = (url = '/') => {
        try {
          return decodeURIComponent(new URL(url, 'http://localhost').pathname);
        } catch {
          return null;
        }
      };
      const sendHtml = (res: ServerResponse, status: number, file: string, head: boolean) => {
        res.statusCode = status;
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.setHeader('Cache-Control', CACHE_CONTROL.html);
        res.end(head ? undefined : readFileSync(file));
      };
      const notFound = (res: ServerResponse, head: boolean) => {
        const page = join(dist, '404.html');
        if (existsSync(page)) return sendHtml(res, 404, page, head);
        res.statusCode = 404;
        res.setHeader('Content-Type', 'text/plain; charset=utf-8');
        res.end(head ? undefined : 'Not Found\n');
      };
      // First in the chain: the headers are set before anything answers, so every answer has them
      // (Vite's static file server keeps a Cache-Control that is already set).
      server.middlewares.use((req, res, next) => {
        for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value);
        const pathname = pathnameOf(req.url);
        if (pathname === null) {
          res.statusCode = 400;
          return res.end();
        }
        res.setHeader('Cache-Control', cacheControl(pathname));
        // Dotfiles (dist/.nginx-inline-hashes.conf) are not part of the site, as in nginx.
        if (pathname.includes('/.')) return notFound(res, req.method === 'HEAD');
        next();
      });
      // After the static files and the rewrite of / to /index.html: pages are sent here rather than
      // by Vite (which would send Cache-Control: no-cache), and anything else is not found.
      return () => {
        server.middlewares.use((req, res) => {
          const head = req.method === 'HEAD';
          const pathname = pathnameOf(req.url) ?? '/';
          const file = resolve(dist, `.${pathname}`);
          const inDist = file.startsWith(dist + sep);
          if (inDist && file.endsWith('.html') && existsSync(file) && statSync(file).isFile()) {
            return sendHtml(res, 200, file, head);
          }
          // A folder with a start page (/en → /en/), as nginx does.
          if (inDist && !pathname.endsWith('/') && existsSync(join(file, 'index.html'))) {
            res.statusCode = 301;
            res.setHeader('Location', `${pathname}/`);
            return res.end();
          }
          notFound(res, head);
        });
      };
    },
  };
}

export default defineConfig({
  plugins: [checkFlows(), dropCitations(), textChunks(), react(), securityAndFirstPaint()],
  build: {
    target: 'es2022',
    // No data: URLs, so the Content-Security-Policy can forbid them (the one inline script and style are allowed by hash).
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        codeSplitting: {
          // A few chunks per language, fetched only when needed (scripts/lib/text-chunks.ts).
          groups: [{ name: (id: string) => textChunkName(id) }],
        },
      },
    },
  },
});
