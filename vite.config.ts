import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { checkProject } from './src/engine/validate';
import { projectFileNames, readProjectFiles } from './scripts/lib/project-files';

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
 * The browser needs an indicator's id, dimension and weights, not the citation behind them: the
 * sources stay in flows/indicators.json (and in the checks and docs), out of the first download.
 */
function dropIndicatorSources(): Plugin {
  return {
    name: 'veiviser-drop-indicator-sources',
    enforce: 'pre',
    transform(code, id) {
      if (!id.replace(/\\/g, '/').endsWith('/flows/indicators.json')) return null;
      const data = JSON.parse(code) as { indicators: Record<string, unknown>[] };
      const slim = { ...data, source: undefined, indicators: data.indicators.map(({ source: _source, ...rest }) => rest) };
      return { code: JSON.stringify(slim), map: null };
    },
  };
}

export default defineConfig({
  plugins: [checkFlows(), dropIndicatorSources(), react()],
  build: {
    target: 'es2022',
    // No inline scripts or data: URLs, so the Content-Security-Policy can forbid both.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        codeSplitting: {
          // One chunk per language: its seven text files arrive in one request, and only when chosen.
          groups: [{ name: (id: string) => /[\\/]locales[\\/]([a-z]{2,3})[\\/][a-z]+\.json$/.exec(id)?.[1]?.replace(/^/, 'texts-') ?? null }],
        },
      },
    },
  },
});
