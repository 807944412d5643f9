/**
 * enumeratePaths() and pathStats(): the length of the screening, and what the short paths ask.
 */
import { describe, expect, it } from 'vitest';
import { isQuestion, isValidAnswer } from '../../src/engine/flow';
import { enumeratePaths, pathStats } from '../../src/engine/paths';
import { allIndicators, bundle, indicatorIds, nodes, walk } from '../fixtures/project';

const CORE = [
  'role',
  'immediate-danger',
  'under-18',
  'purpose',
  'deceived-job',
  'excessive-hours',
  'low-or-no-pay',
  'debt-bondage',
  'documents-withheld',
  'restricted-movement',
  'threats',
  'fines',
];
/** Asked only after an earlier answer opens them. */
const FOLLOW_UPS = [
  'deceived-conditions',
  'wages-withheld',
  'violence',
  'threats-family',
  'forced-to-lie',
  'recruited-by-force',
  'recruitment-debt',
  'vulnerable-situation',
  'bad-living-conditions',
  'dependency',
  'unfamiliar-place',
  'no-legal-status',
  'threat-authorities',
  'wants-to-return',
];
/** Asked according to the purpose. */
const BY_PURPOSE = ['forced-sex', 'forced-crime', 'hazardous-work'];

const paths = enumeratePaths(bundle);
const stats = pathStats(bundle);
const questionsOf = (p: { nodes: string[] }) => p.nodes.filter((id) => isQuestion(nodes.get(id)!));

describe('pathStats', () => {
  it('someone with no signs answers the core screen and the purpose questions only: 12 to 15 questions', () => {
    expect(stats.noSignsQuestions).toBeGreaterThanOrEqual(12);
    expect(stats.noSignsQuestions).toBeLessThanOrEqual(15);
    // The longest no-signs walk: purposes that each open their own question (sex, crime, work).
    const { visited } = walk(
      allIndicators('no', { role: 'other', 'immediate-danger': 'no', 'under-18': 'no', purpose: ['sex', 'crime', 'work'] }),
    );
    expect(visited.filter((id) => isQuestion(nodes.get(id)!))).toHaveLength(stats.noSignsQuestions);
  });

  it('reports the share of paths that ask 15 questions or fewer', () => {
    expect(stats.atMost15).toBeGreaterThan(0);
    expect(stats.atMost15).toBeLessThanOrEqual(1);
  });

  it('counts the nodes and the paths', () => {
    expect(stats.nodes).toBe(bundle.screening.nodes.length);
    expect(stats.paths).toBe(paths.length);
    expect(stats.paths).toBeGreaterThan(10);
  });

  it('the longest path asks at most 30 questions', () => {
    expect(stats.longestQuestions).toBeLessThanOrEqual(30);
    expect(stats.longestQuestions).toBe(Math.max(...paths.map((p) => p.questions)));
  });

  it('the shortest path is the emergency path: 2 questions', () => {
    expect(stats.shortestQuestions).toBe(2);
    const shortest = paths.filter((p) => p.questions === 2);
    expect(shortest.length).toBeGreaterThan(0);
    for (const p of shortest) expect(p.nodes).toEqual(['start', 'role', 'immediate-danger', 'emergency']);
  });

  it('the median lies between the shortest and the longest, and is the median of the paths', () => {
    expect(stats.medianQuestions).toBeGreaterThanOrEqual(stats.shortestQuestions);
    expect(stats.medianQuestions).toBeLessThanOrEqual(stats.longestQuestions);
    const lengths = paths.map((p) => p.questions).sort((a, b) => a - b);
    const below = lengths.filter((n) => n < stats.medianQuestions).length;
    const above = lengths.filter((n) => n > stats.medianQuestions).length;
    expect(below).toBeLessThanOrEqual(lengths.length / 2);
    expect(above).toBeLessThanOrEqual(lengths.length / 2);
  });

  it('a path that is not cut short by the emergency screen asks at least the core questions', () => {
    const full = paths.filter((p) => p.nodes.at(-1) === 'check-answers');
    expect(Math.min(...full.map((p) => p.questions))).toBe(CORE.length);
  });
});

describe('the paths', () => {
  it('start at the start screen and end at check-answers or the emergency screen', () => {
    for (const p of paths) {
      expect(p.nodes[0]).toBe('start');
      expect(['check-answers', 'emergency']).toContain(p.nodes.at(-1));
    }
  });

  it('are distinct, and no path passes a node twice', () => {
    expect(new Set(paths.map((p) => p.nodes.join('>'))).size).toBe(paths.length);
    for (const p of paths) expect(new Set(p.nodes).size).toBe(p.nodes.length);
  });

  it('answer every question they ask, with a valid answer, and nothing else', () => {
    for (const p of paths) {
      const asked = questionsOf(p);
      expect(p.questions).toBe(asked.length);
      expect(Object.keys(p.answers).sort()).toEqual([...asked].sort());
      for (const q of asked) expect(isValidAnswer(nodes.get(q)!, p.answers[q]), `${q}: ${JSON.stringify(p.answers[q])}`).toBe(true);
    }
  });

  it('every path to check-answers asks the core questions, in order', () => {
    for (const p of paths.filter((x) => x.nodes.at(-1) === 'check-answers')) {
      expect(questionsOf(p).filter((q) => CORE.includes(q))).toEqual(CORE);
    }
  });

  it('include the adult no-signs path: the core questions and nothing from the follow-up block', () => {
    const noSigns = paths.filter(
      (p) =>
        p.nodes.at(-1) === 'check-answers' &&
        p.answers['immediate-danger'] !== 'yes' &&
        indicatorIds.every((id) => p.answers[id] === undefined || p.answers[id] === 'no'),
    );
    expect(noSigns.length).toBeGreaterThan(0);
    for (const p of noSigns) {
      const asked = questionsOf(p);
      expect(asked.slice(0, CORE.length)).toEqual(CORE);
      for (const q of FOLLOW_UPS) expect(asked).not.toContain(q);
      for (const q of asked.slice(CORE.length)) expect(BY_PURPOSE).toContain(q);
    }
    expect(noSigns.some((p) => questionsOf(p).join() === CORE.join())).toBe(true);
  });
});

describe('the no-signs adult path through the machine', () => {
  it('asks exactly the core questions when the purpose asks no purpose question', () => {
    const { visited, node, answers } = walk(
      allIndicators('no', { role: 'self', 'immediate-danger': 'no', 'under-18': 'no', purpose: ['organs'] }),
    );
    expect(node).toBe('check-answers');
    expect(visited).toEqual(['start', ...CORE, 'check-answers']);
    expect(Object.keys(answers).sort()).toEqual([...CORE].sort());
  });

  it.each([
    [['work'], ['hazardous-work']],
    [['sex'], ['forced-sex']],
    [['crime'], ['forced-crime']],
  ])('with purpose %j adds only %j', (purpose, extra) => {
    const { visited } = walk(allIndicators('no', { role: 'other', 'immediate-danger': 'unsure', 'under-18': 'no', purpose }));
    expect(visited).toEqual(['start', ...CORE, ...extra, 'check-answers']);
  });
});
