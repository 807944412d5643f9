/**
 * Checks the flow files and the locales together and reports every problem at once, each with the
 * file, the path inside it and a plain message. Used by `npm run flows:check`, by the build (the
 * Vite plugin in vite.config.ts) and by the tests. Pure: it is handed file texts, it reads nothing.
 *
 * The checks live by concern: validate-flow.ts (indicators, screening nodes, scoring),
 * validate-graph.ts (reachability, cycles), validate-outcomes.ts (outcomes and contacts) and
 * validate-locales.ts (every text in every language).
 */
import type { z } from 'zod';
import { checkIndicators, checkScoring, checkScreening } from './validate-flow';
import { checkGraph } from './validate-graph';
import { checkLanguages, checkLocales, NAMESPACES, type LocaleTexts } from './validate-locales';
import { checkContacts, checkOutcomes } from './validate-outcomes';
import { formatPath, type Problem } from './validate-report';
import { FLOW_FILES, LANGUAGES_FILE } from './schema';
import type { FlowBundle } from './types';
import { LANGUAGES } from './types';

export { LANGUAGES, NAMESPACES, formatPath, type LocaleTexts, type Problem };
export { PAGES, typesNumber } from './validate-locales';

export interface CheckResult {
  problems: Problem[];
  warnings: Problem[];
  bundle?: FlowBundle;
  locales?: Record<string, LocaleTexts>;
}

/**
 * @param files file path (relative to the project root, like "flows/screening.json") → file text
 * @param today for the age of `verifiedOn` dates
 */
export function checkProject(files: Readonly<Record<string, string | undefined>>, today = new Date()): CheckResult {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const problem = (file: string, path: string, message: string) => problems.push({ file, path, message });

  const parsed: Partial<Record<keyof typeof FLOW_FILES, unknown>> = {};
  for (const [key, { file, schema }] of Object.entries(FLOW_FILES) as [keyof typeof FLOW_FILES, { file: string; schema: z.ZodType }][]) {
    const json = parseJson(files, file, problem);
    if (json === undefined) continue;
    const result = schema.safeParse(json);
    if (!result.success) {
      for (const issue of result.error.issues) problem(file, formatPath(issue.path), issue.message);
      continue;
    }
    parsed[key] = result.data;
  }
  const complete = Object.keys(FLOW_FILES).every((k) => parsed[k as keyof typeof FLOW_FILES] !== undefined);
  if (!complete) return { problems, warnings };
  const bundle = parsed as FlowBundle;

  checkIndicators(bundle, problem);
  checkScoring(bundle, problem);
  checkScreening(bundle, problem);
  checkGraph(bundle, problem);
  checkOutcomes(bundle, problem);
  checkContacts(bundle, problem, (w) => warnings.push(w), today);

  const languages = parseJson(files, LANGUAGES_FILE, problem);
  if (languages !== undefined) checkLanguages(languages, problem);

  const locales: Record<string, LocaleTexts> = {};
  for (const lang of LANGUAGES) {
    locales[lang] = {};
    for (const ns of NAMESPACES) {
      const json = parseJson(files, `locales/${lang}/${ns}.json`, problem);
      if (json !== undefined && (typeof json !== 'object' || json === null || Array.isArray(json))) {
        problem(`locales/${lang}/${ns}.json`, '(top level)', 'must be an object of keys');
      } else if (json !== undefined) {
        locales[lang][ns] = json as Record<string, unknown>;
      }
    }
  }
  checkLocales(bundle, locales, problem);

  return problems.length === 0 ? { problems, warnings, bundle, locales } : { problems, warnings };
}

function parseJson(
  files: Readonly<Record<string, string | undefined>>,
  file: string,
  problem: (f: string, p: string, m: string) => void,
): unknown {
  const text = files[file];
  if (text === undefined) {
    problem(file, '(file)', 'is missing');
    return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    problem(file, '(file)', `is not valid JSON: ${(error as Error).message}`);
    return undefined;
  }
}
