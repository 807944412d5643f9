/**
 * lix(): LIX = words / sentences + 100 × long words (more than six letters) / words.
 */
import { describe, expect, it } from 'vitest';
import { lix, lixCounts, lixOf, selfTexts } from '../../src/engine/lix';

describe('lixCounts', () => {
  it('counts words, sentences and words of more than six letters', () => {
    // "politiet" (8), "Menneskehandel" (14) and "alvorlig" (8) are long; "Ring", "nå" and "er" are not.
    expect(lixCounts('Ring politiet nå. Menneskehandel er alvorlig!')).toEqual({ words: 6, sentences: 2, longWords: 3 });
  });

  it('counts a text without a full stop as one sentence', () => {
    expect(lixCounts('Lite eller ingen lønn')).toEqual({ words: 4, sentences: 1, longWords: 0 });
  });

  it('ends a sentence at a colon, a question mark and an ellipsis', () => {
    expect(lixCounts('Akutt fare: ring nå. Er du trygg? Laster …').sentences).toBe(4);
  });

  it('reads a placeholder as one short word, and a hyphenated word as one word', () => {
    expect(lixCounts('Ring ROSA på {{rosa}}.')).toEqual({ words: 4, sentences: 1, longWords: 0 });
    expect(lixCounts('ID-kortet')).toEqual({ words: 1, sentences: 1, longWords: 1 });
  });

  it('counts letters, not digits or punctuation, for a long word', () => {
    expect(lixCounts('«sparer» § 257').longWords).toBe(0);
    expect(lixCounts('Støttesenter').longWords).toBe(1);
  });

  it('adds several texts together', () => {
    expect(lixCounts(['Ring nå.', 'Du er trygg'])).toEqual({ words: 5, sentences: 2, longWords: 0 });
  });
});

describe('lix', () => {
  it('is words per sentence plus the percentage of long words', () => {
    // 6 words / 2 sentences + 100 × 3 / 6
    expect(lix('Ring politiet nå. Menneskehandel er alvorlig!').lix).toBeCloseTo(3 + 50, 10);
  });

  it('is 0 for a text with no words', () => {
    expect(lix('').lix).toBe(0);
    expect(lixOf({ words: 0, sentences: 0, longWords: 0 })).toBe(0);
  });

  it('gives a plain text a low index and a dense one a high index', () => {
    expect(lix('Du kan få hjelp. Det er gratis. Du bestemmer selv.').lix).toBeLessThan(20);
    expect(lix('Utlendingsdirektoratet behandler oppholdstillatelsessøknader fortløpende etter innkomst').lix).toBeGreaterThan(60);
  });
});

describe('selfTexts', () => {
  it('takes the self variant of role texts and role blocks, and plain texts as they are', () => {
    const tree = {
      a: { title: { self: 'Meg', other: 'Hen', professional: 'Personen' }, short: 'Kort' },
      b: { body: { self: ['En', { list: ['To'] }], other: ['X'], professional: ['Y'] } },
      c: ['Tre', { heading: 'Fire' }],
    };
    expect(selfTexts(tree)).toEqual(['Meg', 'Kort', 'En', 'To', 'Tre', 'Fire']);
  });

  it('leaves out the top-level subtrees it is told to skip', () => {
    expect(selfTexts({ start: { title: 'Start' }, interview: { title: 'Fagfolk' } }, ['interview'])).toEqual(['Start']);
  });

  it('treats an object with other keys as plain, not as a role text', () => {
    expect(selfTexts({ self: 'Jeg', other: 'Andre' })).toEqual(['Jeg', 'Andre']);
  });
});
