/** How the texts are cut into chunks (scripts/lib/text-chunks.ts), and the modules the app loads them by. */
import { describe, expect, it } from 'vitest';
import { TEXT_PARTS, textChunkName, textChunks } from '../../scripts/lib/text-chunks';
import { LANGUAGES, NAMESPACES } from '../../src/engine/types';

type Hook = (id: string) => string | null;
const plugin = textChunks();
const resolveId = plugin.resolveId as unknown as Hook;
const load = plugin.load as unknown as Hook;

describe('text chunks', () => {
  it('put every namespace in exactly one part, the professionals’ wording alone', () => {
    const all = Object.values(TEXT_PARTS).flat();
    expect([...all].sort()).toEqual([...NAMESPACES].sort());
    expect(Object.values(TEXT_PARTS).find((list) => list.includes('pro'))).toEqual(['pro']);
  });

  it('name a file’s chunk after its language and part, and leave other modules alone', () => {
    expect(textChunkName('/app/locales/ru/ui.json')).toBe('texts-ru-screens');
    expect(textChunkName('C:\\app\\locales\\ru\\guidance.json')).toBe('texts-ru-help');
    expect(textChunkName('/app/locales/ti/pro.json')).toBe('texts-ti-pro');
    expect(textChunkName('\0virtual:texts/ar/pro')).toBe('texts-ar-pro');
    expect(textChunkName('/app/locales/languages.json')).toBeNull();
    expect(textChunkName('/app/locales/ru/unknown.json')).toBeNull();
    expect(textChunkName('/app/src/ui/app.tsx')).toBeNull();
    expect(textChunkName('\0virtual:texts')).toBeNull();
  });

  it('give the app one loader per language and part, and a part its files only', () => {
    expect(resolveId('virtual:texts')).toBe('\0virtual:texts');
    expect(resolveId('virtual:texts/ru/help')).toBe('\0virtual:texts/ru/help');
    expect(resolveId('./app')).toBeNull();
    const map = load('\0virtual:texts')!;
    const loaders = [...map.matchAll(/import\('virtual:texts\/([a-z]+)\/([a-z]+)'\)/g)].map((m) => `${m[1]}/${m[2]}`);
    expect(loaders.sort()).toEqual(LANGUAGES.flatMap((lang) => Object.keys(TEXT_PARTS).map((part) => `${lang}/${part}`)).sort());
    for (const [part, list] of Object.entries(TEXT_PARTS)) {
      const code = load(`\0virtual:texts/uk/${part}`)!;
      expect([...code.matchAll(/from '\/locales\/uk\/([a-z]+)\.json'/g)].map((m) => m[1])).toEqual(list);
    }
    expect(load('virtual:texts/uk/help')).toBeNull();
    expect(() => load('\0virtual:texts/xx/help')).toThrow(/no such chunk/);
    expect(() => load('\0virtual:texts/uk/nothing')).toThrow(/no such chunk/);
  });
});
