// Issue 4 (2): axe-core with the WCAG 2.0/2.1 A and AA and WCAG 2.2 AA rules on every kind of
// screen, in nb and en: start, the safety page, each question kind (radio role, radio
// immediate-danger and under-18, checkbox purpose, radio indicator, the wants-to-return
// question), check-answers, and all five outcomes. Zero violations; a failure prints each
// violation with its rule id, targets, HTML and the fix summary.
//
// Scanned at the phone viewport (360×740), where the layout is tightest.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { LANGS, SCENARIOS, advance, answerCurrent, axeReport, clickContinue, open, openPage, screenKey, useBrowser, walk } from './lib.mjs';

let scanned = 0;
const session = useBrowser(() => console.log(`# a11y: ${scanned} screens scanned with axe`));

/** Kind of a screen key: all indicator questions are one kind; the named questions are their own. */
function kindOf(key) {
  const named = ['q:role', 'q:immediate-danger', 'q:under-18', 'q:purpose', 'q:wants-to-return'];
  if (named.includes(key)) return key;
  if (key.startsWith('q:')) return 'q:indicator';
  return key;
}

for (const lang of LANGS) {
  describe(`axe, ${lang}`, () => {
    test('start and safety pages', async () => {
      const { context, page, rec } = await openPage(session.browser);
      try {
        await open(page, lang);
        const reports = [];
        reports.push(await axeReport(page, `start (${lang})`));
        scanned += 1;
        const safety = page.locator('[data-action="safety"]:visible').first();
        if ((await safety.count()) > 0) {
          const key = await advance(page, rec, () => safety.click());
          reports.push(await axeReport(page, `safety page ${key} (${lang})`));
          scanned += 1;
        } else {
          console.log(`# no data-action="safety" on the start screen (${lang}); safety page not scanned`);
        }
        const text = reports.filter(Boolean).join('\n\n');
        assert.equal(text, '', `\n${text}`);
      } finally {
        await context.close();
      }
    });

    // Professionals are offered a one-page checklist (data-action="checklist") and, from it,
    // interview advice (data-action="interview"). Scanned when the app offers them.
    test('professional checklist and interview pages, when offered', async (t) => {
      const { context, page, rec } = await openPage(session.browser);
      try {
        await open(page, lang);
        const answers = { role: 'professional', 'immediate-danger': 'no', 'under-18': 'no', purpose: ['work'] };
        let key = await screenKey(page);
        const offer = page.locator('[data-action="checklist"]:visible').first();
        for (let i = 0; i < 8 && !key.startsWith('o:') && key !== 'check'; i += 1) {
          if ((await offer.count()) > 0) break;
          if (key.startsWith('q:')) await answerCurrent(page, answers);
          key = await clickContinue(page, rec);
        }
        if ((await offer.count()) === 0) {
          t.skip('no data-action="checklist" offered');
          return;
        }
        const reports = [];
        // Where the way in sits on a question (the purpose page), it takes that page's answer with it.
        if (key.startsWith('q:')) await answerCurrent(page, answers);
        key = await advance(page, rec, () => offer.click());
        reports.push(await axeReport(page, `checklist ${key} (${lang})`));
        scanned += 1;
        const interview = page.locator('[data-action="interview"]:visible').first();
        if ((await interview.count()) > 0) {
          key = await advance(page, rec, () => interview.click());
          reports.push(await axeReport(page, `interview ${key} (${lang})`));
          scanned += 1;
        }
        const text = reports.filter(Boolean).join('\n\n');
        assert.equal(text, '', `\n${text}`);
      } finally {
        await context.close();
      }
    });

    // One walk through the long path (emergency, then resume, to trafficking-signs) scans the
    // first screen of each kind; the other outcome walks scan only what is new.
    const walks = [
      ['trafficking-signs via emergency', { ...SCENARIOS['trafficking-signs'].answers, 'immediate-danger': 'yes', resume: true }],
      ['child-at-risk', SCENARIOS['child-at-risk'].answers],
      ['exploitation-signs', SCENARIOS['exploitation-signs'].answers],
      ['no-clear-signs', SCENARIOS['no-clear-signs'].answers],
    ];
    const seenKinds = new Set();
    for (const [name, answers] of walks) {
      test(`screens on the way to ${name}`, async () => {
        const { context, page, rec } = await openPage(session.browser);
        try {
          await open(page, lang);
          const reports = [];
          await walk(page, rec, answers, {
            onScreen: async (key) => {
              const kind = kindOf(key);
              if (key.startsWith('h1:') || seenKinds.has(kind)) return;
              seenKinds.add(kind);
              reports.push(await axeReport(page, `${key} (${lang})`));
              scanned += 1;
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
  });
}
