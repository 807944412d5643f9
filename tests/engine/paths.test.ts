/**
 * enumeratePaths() and pathStats(): the length of the screening, counted again by walking the real
 * machine, and held to the screen budget (SCREEN_BUDGET: help within ten screens).
 */
import { describe, expect, it } from 'vitest';
import { isQuestion, isValidAnswer, visibleQuestions } from '../../src/engine/flow';
import { enumeratePaths, overBudget, pathStats, SCREEN_BUDGET, type FlowPath, type PathStats } from '../../src/engine/paths';
import type { Answers } from '../../src/engine/types';
import { PURPOSES, at, bundle, indicatorIds, named, nodes, startActor, walk } from '../fixtures/project';

/** The screens every path to check-answers passes, in order. */
const CORE = ['role', 'immediate-danger', 'about', 'signs-work', 'signs-control'];
/** Asked only once a sign is answered "yes" or "not sure". */
const AFTER_A_SIGN = ['signs-situation', 'status'];

const paths = enumeratePaths(bundle);
const stats = pathStats(bundle);
const screensOf = (p: { nodes: string[] }) => p.nodes.filter((id) => isQuestion(nodes.get(id)!));
const hasSign = (answers: Answers) => indicatorIds.some((id) => answers[id] === 'yes' || answers[id] === 'unsure');

/**
 * Replays a path through the machine, pressing Continue on each screen (the start page, each
 * question screen with its answers, check-answers) until an outcome shows; returns the presses.
 */
function continuePresses(p: FlowPath): { presses: number; end: string } {
  const actor = startActor();
  let presses = 0;
  for (let i = 0; i < 40 && nodes.get(at(actor))!.kind !== 'outcome'; i++) {
    const node = nodes.get(at(actor))!;
    if (node.kind === 'group') {
      const shown = visibleQuestions(node, p.answers, p.answers, named);
      actor.send({ type: 'ANSWER', value: Object.fromEntries(shown.map((q) => [q.id, p.answers[q.id]])) });
    } else if (isQuestion(node)) actor.send({ type: 'ANSWER', value: p.answers[node.id] });
    else actor.send({ type: 'NEXT' });
    presses += 1;
  }
  return { presses, end: at(actor) };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

describe('the screen budget, counted by walking the machine', () => {
  it('is at most 7 screens with no sign, a median of 10 and at most 12 with signs', () => {
    expect(SCREEN_BUDGET).toEqual({ noSigns: 7, medianWithSigns: 10, longestWithSigns: 12 });
  });

  describe.each(['self', 'other', 'professional'])('role %s', (role) => {
    // The emergency screen is one tap from danger, and the checklist is the professionals' own way: not counted.
    const own = enumeratePaths(bundle, { fixed: { role } }).filter((p) => !p.nodes.includes('emergency'));
    const walked = own.map((p) => ({ path: p, ...continuePresses(p) }));
    const noSigns = walked.filter((w) => !hasSign(w.path.answers)).map((w) => w.presses);
    const withSigns = walked.filter((w) => hasSign(w.path.answers)).map((w) => w.presses);

    it('every path walks to an outcome, in as many presses as the path has screens', () => {
      expect(walked.length).toBeGreaterThan(0);
      for (const w of walked) {
        expect(nodes.get(w.end)!.kind, w.path.nodes.join(' > ')).toBe('outcome');
        expect(w.presses).toBe(w.path.screens);
      }
      expect(noSigns.length).toBeGreaterThan(0);
      expect(withSigns.length).toBeGreaterThan(0);
    });

    it('pathStats reports what the walks count', () => {
      expect(stats.screensByRole[role]).toEqual({
        paths: own.length,
        noSigns: Math.max(...noSigns),
        medianWithSigns: median(withSigns),
        longestWithSigns: Math.max(...withSigns),
      });
    });

    if (role !== 'professional') {
      it('keeps within the budget', () => {
        expect(Math.max(...noSigns)).toBeLessThanOrEqual(7);
        expect(median(withSigns)).toBeLessThanOrEqual(10);
        expect(Math.max(...withSigns)).toBeLessThanOrEqual(12);
      });
    }
  });

  it('someone with no sign, whatever the purpose, presses Continue 7 times; with a sign, 9 times', () => {
    for (const role of ['self', 'other']) {
      for (const purpose of PURPOSES) {
        const base = { role, 'immediate-danger': 'no', 'under-18': 'no', purpose: [purpose], citizenship: 'other', 'wants-to-return': 'no' };
        for (const [answers, presses] of [
          [base, 7],
          [{ ...base, fines: 'unsure' }, 9],
        ] as const) {
          const { actor, visited } = walk(answers);
          expect(at(actor), `${role} ${purpose}`).toBe('check-answers');
          actor.send({ type: 'NEXT' });
          // Every screen passed but the outcome took one press of Continue.
          expect(visited.length, `${role} ${purpose} ${JSON.stringify(answers)}`).toBe(presses);
        }
      }
    }
  });

  it('overBudget is empty for the real flow and names the role, the figure and the budget when over', () => {
    expect(overBudget(stats)).toEqual([]);
    const over: PathStats = {
      ...stats,
      screensByRole: {
        ...stats.screensByRole,
        self: { paths: 3, noSigns: 8, medianWithSigns: 10, longestWithSigns: 13 },
        professional: { paths: 3, noSigns: 20, medianWithSigns: 20, longestWithSigns: 20 },
      },
    };
    expect(overBudget(over)).toEqual([
      'self: noSigns is 8 screens; the budget is 7',
      'self: longestWithSigns is 13 screens; the budget is 12',
    ]);
  });
});

describe('pathStats: questions screens per path', () => {
  it('the shortest path is the emergency path: 2 question screens', () => {
    expect(stats.shortestQuestions).toBe(2);
    for (const p of paths.filter((x) => x.questions === 2)) expect(p.nodes).toEqual(['start', 'role', 'immediate-danger', 'emergency']);
  });

  it('the longest path asks 7 question screens: the core screens and the two after a sign', () => {
    expect(stats.longestQuestions).toBe(CORE.length + AFTER_A_SIGN.length);
    const { visited } = walk({ role: 'self', 'immediate-danger': 'no', 'under-18': 'no', purpose: ['work'], threats: 'yes', citizenship: 'eea', 'wants-to-return': 'no' });
    expect(screensOf({ nodes: visited })).toEqual([...CORE, ...AFTER_A_SIGN]);
  });

  it('the median lies between the shortest and the longest, and is the median of the paths', () => {
    expect(stats.medianQuestions).toBeGreaterThanOrEqual(stats.shortestQuestions);
    expect(stats.medianQuestions).toBeLessThanOrEqual(stats.longestQuestions);
    expect(stats.medianQuestions).toBe(median(paths.map((p) => screensOf(p).length)));
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

  it('answer every question their screens show, with a valid answer, and nothing else', () => {
    for (const p of paths) {
      const screens = screensOf(p);
      expect(p.questions).toBe(screens.length);
      const shown = screens.flatMap((id) => visibleQuestions(nodes.get(id)!, p.answers, p.answers, named).map((q) => q.id));
      expect(Object.keys(p.answers).sort()).toEqual([...shown].sort());
      for (const id of screens) {
        const node = nodes.get(id)!;
        const value = node.kind === 'group' ? Object.fromEntries(visibleQuestions(node, p.answers, p.answers, named).map((q) => [q.id, p.answers[q.id]])) : p.answers[id];
        expect(isValidAnswer(node, value, p.answers, named), `${id}: ${JSON.stringify(value)}`).toBe(true);
      }
    }
  });

  it('every path to check-answers passes the core screens, in order', () => {
    const full = paths.filter((x) => x.nodes.at(-1) === 'check-answers');
    expect(full.length).toBeGreaterThan(0);
    for (const p of full) expect(screensOf(p).filter((q) => CORE.includes(q))).toEqual(CORE);
  });

  it('a path with no sign asks nothing after the core screens; a path with a sign asks the two screens after them', () => {
    const full = paths.filter((x) => x.nodes.at(-1) === 'check-answers');
    for (const p of full) {
      expect(screensOf(p).filter((q) => !CORE.includes(q))).toEqual(hasSign(p.answers) ? AFTER_A_SIGN : []);
    }
    expect(full.some((p) => hasSign(p.answers))).toBe(true);
    expect(full.some((p) => !hasSign(p.answers))).toBe(true);
  });
});
