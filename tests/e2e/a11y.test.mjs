// Issue 4 (2): axe-core with the WCAG 2.0/2.1 A and AA and WCAG 2.2 AA rules on every distinct
// screen, in nb and en: start, the safety page, every screen of the flow (the one-question screens
// role and immediate-danger, each group screen, check-answers and all five outcomes), the
// professionals' checklist and interview pages. A group screen is scanned as it opens and again
// when answering it opened follow-ups in place; an outcome is scanned with its disclosures (guidance,
// more contacts) open. Zero violations; a failure prints each violation with its rule id, targets,
// HTML and the fix summary. The last test of each language asserts that every screen of
// flows/screening.json was scanned, and how many scans there were.
//
// Scanned at the phone viewport (360×740), where the layout is tightest.
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  LANGS,
  ROOT,
  SCENARIOS,
  advance,
  answerCurrent,
  axeReport,
  clickContinue,
  open,
  openDisclosures,
  openPage,
  screenKey,
  useBrowser,
  visibleQuestionIds,
  walk,
} from './lib.mjs';

let scanned = 0;
const session = useBrowser(() => console.log(`# a11y: ${scanned} scans with axe`));

const FLOW = JSON.parse(readFileSync(`${ROOT}flows/screening.json`, 'utf8'));

/**
 * The flow node a screen key stands for: q:<id> a one-question node, or a group node showing only
 * that question (its follow-ups closed); qs:<first question> the group node that holds the
 * question; o:<outcome> the outcome node; check the check-answers node.
 */
function nodeOf(key) {
  const at = key.indexOf(':');
  const [kind, id] = [key.slice(0, at + 1), key.slice(at + 1)];
  const inGroup = (n) => n.kind === 'group' && n.questions.some((q) => q.id === id);
  let node;
  if (key === 'check') node = FLOW.nodes.find((n) => n.kind === 'check');
  else if (kind === 'q:') node = FLOW.nodes.find((n) => n.id === id && n.kind !== 'group') ?? FLOW.nodes.find(inGroup);
  else if (kind === 'qs:') node = FLOW.nodes.find(inGroup);
  else if (kind === 'o:') node = FLOW.nodes.find((n) => n.kind === 'outcome' && n.outcome === id);
  assert.ok(node, `no node of flows/screening.json for the screen ${key}`);
  return node.id;
}

/** Every screen a language must have scanned: the pages outside the flow and each node of it. */
const EXPECTED = ['start', 'safety', 'interview', ...FLOW.nodes.filter((n) => n.kind !== 'info').map((n) => n.id)].sort();

for (const lang of LANGS) {
  describe(`axe, ${lang}`, () => {
    /** The screens scanned in this language (node ids and page names). */
    const seen = new Set();
    let followUps = 0;

    test('start and safety pages', async () => {
      const { context, page, rec } = await openPage(session.browser);
      try {
        await open(page, lang);
        const reports = [];
        reports.push(await axeReport(page, `start (${lang})`));
        scanned += 1;
        seen.add('start');
        const safety = page.locator('[data-action="safety"]:visible').first();
        assert.equal(await safety.count(), 1, 'a data-action="safety" on the start screen');
        const key = await advance(page, rec, () => safety.click());
        reports.push(await axeReport(page, `safety page ${key} (${lang})`));
        scanned += 1;
        seen.add('safety');
        const text = reports.filter(Boolean).join('\n\n');
        assert.equal(text, '', `\n${text}`);
      } finally {
        await context.close();
      }
    });

    // Professionals are offered a one-page checklist (data-action="checklist") on the screen that
    // asks about the person, and, from it, interview advice (data-action="interview").
    test('professional checklist and interview pages', async () => {
      const { context, page, rec } = await openPage(session.browser);
      try {
        await open(page, lang);
        const answers = { role: 'professional', 'immediate-danger': 'no', 'under-18': 'no', purpose: ['work'] };
        let key = await screenKey(page);
        const offer = page.locator('[data-action="checklist"]:visible').first();
        for (let i = 0; i < 8 && !key.startsWith('o:') && key !== 'check'; i += 1) {
          if ((await offer.count()) > 0) break;
          if (key.startsWith('q:') || key.startsWith('qs:')) await answerCurrent(page, answers);
          key = await clickContinue(page, rec);
        }
        assert.equal(await offer.count(), 1, `a data-action="checklist" offered to a professional (reached ${key})`);
        const reports = [];
        // The way in takes the answers on its screen with it.
        await answerCurrent(page, answers);
        key = await advance(page, rec, () => offer.click());
        assert.ok((await page.locator('[data-question]').count()) > 10, `the checklist lists the signs (${key})`);
        reports.push(await axeReport(page, `checklist ${key} (${lang})`));
        scanned += 1;
        seen.add('checklist');
        const interview = page.locator('[data-action="interview"]:visible').first();
        assert.equal(await interview.count(), 1, 'a data-action="interview" on the checklist');
        key = await advance(page, rec, () => interview.click());
        reports.push(await axeReport(page, `interview ${key} (${lang})`));
        scanned += 1;
        seen.add('interview');
        const text = reports.filter(Boolean).join('\n\n');
        assert.equal(text, '', `\n${text}`);
      } finally {
        await context.close();
      }
    });

    // One walk through the long path (emergency, then resume, to trafficking-signs) scans each
    // screen it passes; the other outcome walks scan only what is new.
    const walks = [
      ['trafficking-signs via emergency', { ...SCENARIOS['trafficking-signs'].answers, 'immediate-danger': 'yes', resume: true }],
      ['child-at-risk', SCENARIOS['child-at-risk'].answers],
      ['exploitation-signs', SCENARIOS['exploitation-signs'].answers],
      ['no-clear-signs', SCENARIOS['no-clear-signs'].answers],
    ];
    for (const [name, answers] of walks) {
      test(`screens on the way to ${name}`, async () => {
        const { context, page, rec } = await openPage(session.browser);
        try {
          await open(page, lang);
          const reports = [];
          await walk(page, rec, answers, {
            onScreen: async (key) => {
              if (key.startsWith('h1:')) return; // the start screen, scanned above
              const node = nodeOf(key);
              if (seen.has(node)) return;
              seen.add(node);
              if (key.startsWith('o:')) {
                const opened = await openDisclosures(page);
                reports.push(await axeReport(page, `${key} with ${opened} disclosures open (${lang})`));
                scanned += 1;
                return;
              }
              reports.push(await axeReport(page, `${key} (${lang})`));
              scanned += 1;
              if (!key.startsWith('q') || FLOW.nodes.find((n) => n.id === node).kind !== 'group') return;
              // Answered as the walk will answer it (answering twice changes nothing): follow-ups
              // that open in place are scanned too.
              const before = (await visibleQuestionIds(page)).length;
              await answerCurrent(page, answers);
              const after = (await visibleQuestionIds(page)).length;
              // Playwright scrolls each input it ticks to the edge of the viewport, where the sticky
              // bar can half cover it (the app keeps a focused element clear of the bar; Playwright's
              // scrolling ignores scroll-margin), and axe's target-size rule counts that. Scanned
              // from the top of the page, like the first scan of the screen.
              await page.evaluate(() => window.scrollTo(0, 0));
              if (after > before) {
                reports.push(await axeReport(page, `${key} with ${after - before} follow-up(s) open (${lang})`));
                scanned += 1;
                followUps += 1;
              }
            },
          });
          assert.ok((await screenKey(page)).startsWith('o:'));
          const text = reports.filter(Boolean).join('\n\n');
          assert.equal(text, '', `\n${text}`);
        } finally {
          await context.close();
        }
      });
    }

    test('every screen was scanned', () => {
      console.log(`# a11y, ${lang}: ${seen.size} distinct screens scanned, ${followUps} of them again with follow-ups open`);
      assert.equal(seen.size, EXPECTED.length, `${EXPECTED.length} distinct screens to scan`);
      assert.deepEqual([...seen].sort(), EXPECTED);
      assert.ok(followUps > 0, 'a group screen scanned with its follow-ups open');
    });
  });
}
