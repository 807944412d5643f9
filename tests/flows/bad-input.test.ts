/**
 * checkProject on malformed project files: each case is a small mutation of the real files, and the
 * check must name the file, the place inside it and say what is wrong.
 */
import { describe, expect, it } from 'vitest';
import { checkProject, type Problem } from '../../src/engine/validate';
import { TODAY, files, mutated, parsed, type Json } from '../fixtures/project';

const SCREENING = 'flows/screening.json';
const INDICATORS = 'flows/indicators.json';
const OUTCOMES = 'flows/outcomes.json';
const CONTACTS = 'flows/contacts/no.json';
const SCORING = 'flows/scoring.json';

type Files = Record<string, string | undefined>;

/** Index of a node / contact / indicator in the real files, so the expected paths follow the data. */
const nodeAt = (id: string) => {
  const i = parsed(SCREENING).nodes.findIndex((n: { id: string }) => n.id === id);
  if (i < 0) throw new Error(`no node ${id}`);
  return i;
};
const contactAt = (id: string) => parsed(CONTACTS).contacts.findIndex((c: { id: string }) => c.id === id);
/** Index of a question inside its group screen. */
const questionAt = (screen: string, id: string) => {
  const i = parsed(SCREENING).nodes[nodeAt(screen)].questions.findIndex((q: { id: string }) => q.id === id);
  if (i < 0) throw new Error(`no question ${id} on ${screen}`);
  return i;
};
const questionPath = (screen: string, id: string) => `nodes[${nodeAt(screen)}].questions[${questionAt(screen, id)}]`;
/** Contacts by audience, from the data: the check must read who a service is for there, not from ids. */
const byAudience = (audience: string): string[] =>
  parsed(CONTACTS)
    .contacts.filter((c: { audience: string }) => c.audience === audience)
    .map((c: { id: string }) => c.id);
const ADULTS_ONLY = byAudience('adults')[0];
const FOR_CHILDREN = byAudience('children');
const urgentCount = parsed(OUTCOMES).urgent.length;
const adultsFirst = (id: string) => new RegExp(`"${id}" serves adults only \\(18\\+\\): a contact for children \\(audience "children"\\) must come before it`);
const nodeCount = parsed(SCREENING).nodes.length;
const indicatorCount = parsed(INDICATORS).indicators.length;

const node = (json: Json, id: string) => json.nodes.find((n: { id: string }) => n.id === id);

interface Case {
  name: string;
  files: () => Files;
  file: string;
  path: string;
  message: RegExp;
}

const cases: Case[] = [
  {
    name: 'invalid JSON text',
    files: () => ({ ...files, [SCREENING]: files[SCREENING]!.replace('"nodes": [', '"nodes": [,') }),
    file: SCREENING,
    path: '(file)',
    message: /not valid JSON/,
  },
  {
    name: 'a missing flow file',
    files: () => ({ ...files, [SCORING]: undefined }),
    file: SCORING,
    path: '(file)',
    message: /is missing/,
  },
  {
    name: 'a missing locale file',
    files: () => ({ ...files, 'locales/en/signs.json': undefined }),
    file: 'locales/en/signs.json',
    path: '(file)',
    message: /is missing/,
  },
  {
    name: 'unknown id in next',
    files: () => mutated(SCREENING, (j) => (node(j, 'role').next = 'immediate-dangr')),
    file: SCREENING,
    path: `nodes[${nodeAt('role')}].next`,
    message: /unknown node "immediate-dangr"/,
  },
  {
    name: 'unknown id in routes[].to',
    files: () => mutated(SCREENING, (j) => (node(j, 'immediate-danger').routes[0].to = 'emergncy')),
    file: SCREENING,
    path: `nodes[${nodeAt('immediate-danger')}].routes[0].to`,
    message: /unknown node "emergncy"/,
  },
  {
    name: 'unknown start node',
    files: () => mutated(SCREENING, (j) => (j.start = 'begin')),
    file: SCREENING,
    path: 'start',
    message: /unknown node "begin"/,
  },
  {
    name: 'unknown id in resume',
    files: () => mutated(SCREENING, (j) => (node(j, 'emergency').resume = 'under-17')),
    file: SCREENING,
    path: `nodes[${nodeAt('emergency')}].resume`,
    message: /unknown node "under-17"/,
  },
  {
    name: 'unreachable node',
    files: () => mutated(SCREENING, (j) => j.nodes.push({ id: 'orphan', kind: 'info', next: 'role' })),
    file: SCREENING,
    path: `nodes[${nodeCount}]`,
    message: /node "orphan" cannot be reached from "start"/,
  },
  {
    name: 'node with no way out',
    files: () => mutated(SCREENING, (j) => delete node(j, 'signs-work').next),
    file: SCREENING,
    path: `nodes[${nodeAt('signs-work')}]`,
    message: /node "signs-work" has no way out/,
  },
  {
    name: 'duplicate node id',
    files: () => mutated(SCREENING, (j) => j.nodes.push({ ...node(j, 'check-answers') })),
    file: SCREENING,
    path: `nodes[${nodeCount}].id`,
    message: new RegExp(`duplicate id "check-answers" \\(also at nodes\\[${nodeAt('check-answers')}\\]\\)`),
  },
  {
    name: 'cycle (a late node points back to an earlier one)',
    files: () => mutated(SCREENING, (j) => (node(j, 'signs-control').next = 'signs-work')),
    file: SCREENING,
    path: `nodes[${nodeAt('signs-work')}]`,
    message: /cycle: signs-work → signs-control → signs-work/,
  },
  {
    name: 'a screen asked only sometimes (askIf) with no next',
    files: () => mutated(SCREENING, (j) => delete node(j, 'signs-situation').next),
    file: SCREENING,
    path: `nodes[${nodeAt('signs-situation')}].askIf`,
    message: /needs a "next"/,
  },
  {
    name: 'a screen that depends on its own answer',
    files: () => mutated(SCREENING, (j) => (node(j, 'status').askIf = { answer: 'citizenship', in: ['eea'] })),
    file: SCREENING,
    path: `nodes[${nodeAt('status')}].askIf`,
    message: /cannot depend on its own answer/,
  },
  {
    name: 'an indicator question with options',
    files: () => mutated(SCREENING, (j) => (node(j, 'signs-control').questions[questionAt('signs-control', 'threats')].options = ['yes', 'no'])),
    file: SCREENING,
    path: `${questionPath('signs-control', 'threats')}.options`,
    message: /always take yes \/ no \/ unsure/,
  },
  {
    name: 'a single-choice question without options',
    files: () => mutated(SCREENING, (j) => delete node(j, 'status').questions[questionAt('status', 'citizenship')].options),
    file: SCREENING,
    path: `${questionPath('status', 'citizenship')}.options`,
    message: /a single question needs options/,
  },
  {
    name: 'a group screen without questions',
    files: () => mutated(SCREENING, (j) => delete node(j, 'signs-work').questions),
    file: SCREENING,
    path: `nodes[${nodeAt('signs-work')}].questions`,
    message: /a group screen needs its questions/,
  },
  {
    name: 'a group screen with an empty list of questions',
    files: () => mutated(SCREENING, (j) => (node(j, 'signs-work').questions = [])),
    file: SCREENING,
    path: `nodes[${nodeAt('signs-work')}].questions`,
    message: />=\s*1 item/,
  },
  {
    name: 'a group screen with options of its own',
    files: () => mutated(SCREENING, (j) => (node(j, 'about').options = ['yes', 'no'])),
    file: SCREENING,
    path: `nodes[${nodeAt('about')}].options`,
    message: /a group screen has no options of its own/,
  },
  {
    name: 'questions on a screen that is not a group',
    files: () => mutated(SCREENING, (j) => (node(j, 'role').questions = [{ id: 'role-again', kind: 'single', options: ['a', 'b'] }])),
    file: SCREENING,
    path: `nodes[${nodeAt('role')}]`,
    message: /"questions" and "style" belong on group screens/,
  },
  {
    name: 'a group screen style that does not exist',
    files: () => mutated(SCREENING, (j) => (node(j, 'signs-work').style = 'grid')),
    file: SCREENING,
    path: `nodes[${nodeAt('signs-work')}].style`,
    message: /"ticklist"|"rows"/,
  },
  {
    name: 'a question asked twice (on two group screens)',
    files: () => mutated(SCREENING, (j) => node(j, 'status').questions.push({ id: 'threats', kind: 'indicator' })),
    file: SCREENING,
    path: `nodes[${nodeAt('status')}].questions[${parsed(SCREENING).nodes[nodeAt('status')].questions.length}].id`,
    message: new RegExp(`question "threats" is asked twice \\(also at ${questionPath('signs-control', 'threats').replace(/[[\]]/g, '\\$&')}\\.id\\)`),
  },
  {
    name: 'a question on a group screen with the id of a node',
    files: () => mutated(SCREENING, (j) => node(j, 'status').questions.push({ id: 'role', kind: 'single', options: ['self', 'other'] })),
    file: SCREENING,
    path: `nodes[${nodeAt('status')}].questions[${parsed(SCREENING).nodes[nodeAt('status')].questions.length}].id`,
    message: /question "role" (has the id of a node|is asked twice)/,
  },
  {
    name: 'a follow-up that depends on a later question of its group',
    files: () =>
      mutated(SCREENING, (j) => (node(j, 'signs-work').questions[questionAt('signs-work', 'deceived-job')].askIf = { answer: 'debt-bondage', in: ['yes'] })),
    file: SCREENING,
    path: `${questionPath('signs-work', 'deceived-job')}.askIf`,
    message: /can depend only on questions above it/,
  },
  {
    name: 'a follow-up that depends on itself',
    files: () =>
      mutated(SCREENING, (j) => (node(j, 'signs-work').questions[questionAt('signs-work', 'wages-withheld')].askIf = { answer: 'wages-withheld', in: ['yes'] })),
    file: SCREENING,
    path: `${questionPath('signs-work', 'wages-withheld')}.askIf`,
    message: /can depend only on questions above it/,
  },
  {
    name: 'an offer taken with an answer from a screen that asks nothing',
    files: () => mutated(SCREENING, (j) => (node(j, 'start').offers = [{ event: 'checklist', withAnswer: true, to: 'checklist' }])),
    file: SCREENING,
    path: `nodes[${nodeAt('start')}].offers[0].withAnswer`,
    message: /only a question can be left with its answer/,
  },
  {
    name: 'a checklist with a next',
    files: () => mutated(SCREENING, (j) => (node(j, 'checklist').next = 'check-answers')),
    file: SCREENING,
    path: `nodes[${nodeAt('checklist')}]`,
    message: /a checklist node leads to the assessed outcomes: remove "next" and "routes"/,
  },
  {
    name: 'two check-answers nodes',
    files: () => mutated(SCREENING, (j) => j.nodes.push({ id: 'check-again', kind: 'check' })),
    file: SCREENING,
    path: 'nodes',
    message: /exactly one check-answers node.*found 2/,
  },
  {
    name: 'an outcome without an outcome node',
    files: () =>
      mutated(SCREENING, (j) => {
        j.nodes = j.nodes.filter((n: { id: string }) => n.id !== 'exploitation-signs');
      }),
    file: SCREENING,
    path: 'nodes',
    message: /outcome "exploitation-signs" has no outcome node/,
  },
  {
    name: 'a node kind that does not exist',
    files: () => mutated(SCREENING, (j) => (node(j, 'role').kind = 'radio')),
    file: SCREENING,
    path: `nodes[${nodeAt('role')}].kind`,
    message: /expected one of "info".*"outcome"/,
  },
  {
    name: 'condition referring to an unknown question',
    files: () =>
      mutated(SCREENING, (j) => (node(j, 'signs-work').questions[questionAt('signs-work', 'wages-withheld')].askIf = { answer: 'low-or-no-pey', in: ['yes'] })),
    file: SCREENING,
    path: `${questionPath('signs-work', 'wages-withheld')}.askIf.answer`,
    message: /unknown question "low-or-no-pey"/,
  },
  {
    name: 'condition value that is not an option ("yse")',
    files: () =>
      mutated(SCREENING, (j) => (node(j, 'signs-work').questions[questionAt('signs-work', 'wages-withheld')].askIf = { answer: 'low-or-no-pay', in: ['yse'] })),
    file: SCREENING,
    path: `${questionPath('signs-work', 'wages-withheld')}.askIf.in[0]`,
    message: /"yse" is not an answer to "low-or-no-pay" \(answers: yes, no, unsure\)/,
  },
  {
    name: 'condition value that is not an option, inside a named condition list',
    files: () => mutated(SCREENING, (j) => (j.conditions['any-sign'].in = ['yes', 'maybe'])),
    file: SCREENING,
    path: 'conditions.any-sign.in[1]',
    message: /"maybe" is not an answer/,
  },
  {
    name: 'unknown named condition ref',
    files: () => mutated(SCREENING, (j) => (node(j, 'signs-situation').askIf = { ref: 'any-signs' })),
    file: SCREENING,
    path: `nodes[${nodeAt('signs-situation')}].askIf.ref`,
    message: /unknown condition "any-signs"/,
  },
  {
    name: 'a condition that is not a condition',
    files: () => mutated(SCREENING, (j) => (node(j, 'signs-situation').askIf = { answers: 'threats', in: ['yes'] })),
    file: SCREENING,
    path: `nodes[${nodeAt('signs-situation')}].askIf`,
    message: /must be a condition/,
  },
  {
    name: 'an indicator question with no indicator in indicators.json',
    files: () => mutated(SCREENING, (j) => node(j, 'signs-control').questions.push({ id: 'forced-begging', kind: 'indicator' })),
    file: SCREENING,
    path: `nodes[${nodeAt('signs-control')}].questions[${parsed(SCREENING).nodes[nodeAt('signs-control')].questions.length}].id`,
    message: /no indicator "forced-begging" in flows\/indicators.json/,
  },
  {
    name: 'indicator without weight',
    files: () => mutated(INDICATORS, (j) => delete j.indicators[0].weight),
    file: INDICATORS,
    path: 'indicators[0].weight',
    message: /weight for adults and for children/,
  },
  {
    name: 'indicator with a weight that is not S, M or W',
    files: () => mutated(INDICATORS, (j) => (j.indicators[2].weight.child = 'X')),
    file: INDICATORS,
    path: 'indicators[2].weight.child',
    message: /must be "S", "M" or "W"/,
  },
  {
    name: 'indicator dimension 7',
    files: () => mutated(INDICATORS, (j) => (j.indicators[1].dimension = 7)),
    file: INDICATORS,
    path: 'indicators[1].dimension',
    message: /ILO dimension from 1 to 6/,
  },
  {
    name: 'indicator never asked',
    files: () =>
      mutated(INDICATORS, (j) =>
        j.indicators.push({ ...j.indicators[0], id: 'forced-begging', source: 'ILO 2009, dim. 5 M: forced into illicit activities' }),
      ),
    file: INDICATORS,
    path: `indicators[${indicatorCount}]`,
    message: /indicator "forced-begging" is never asked/,
  },
  {
    name: 'duplicate indicator id',
    files: () => mutated(INDICATORS, (j) => j.indicators.push({ ...j.indicators[3] })),
    file: INDICATORS,
    path: `indicators[${indicatorCount}].id`,
    message: /duplicate id "recruitment-debt" \(also at indicators\[3\]\)/,
  },
  {
    name: 'indicator without a source',
    files: () => mutated(INDICATORS, (j) => (j.indicators[4].source = '')),
    file: INDICATORS,
    path: 'indicators[4].source',
    message: /where the indicator comes from/,
  },
  {
    name: 'scoring: an ILO trafficking dimension 7',
    files: () => mutated(SCORING, (j) => (j.ilo.trafficking[1] = [7])),
    file: SCORING,
    path: 'ilo.trafficking[1][0]',
    message: /<=\s*6/,
  },
  {
    name: 'scoring: an unknown indicator in law.forcedInto',
    files: () => mutated(SCORING, (j) => j.law.forcedInto.push('forced-begging')),
    file: SCORING,
    path: `law.forcedInto[${parsed(SCORING).law.forcedInto.length}]`,
    message: /unknown indicator "forced-begging"/,
  },
  {
    name: 'scoring: an unknown indicator in law.exploitation.signs',
    files: () => mutated(SCORING, (j) => (j.law.exploitation.signs[0] = 'forced-labour')),
    file: SCORING,
    path: 'law.exploitation.signs[0]',
    message: /unknown indicator "forced-labour"/,
  },
  {
    name: 'scoring: a law block without the quote of the law',
    files: () => mutated(SCORING, (j) => (j.law.quote = '')),
    file: SCORING,
    path: 'law.quote',
    message: /must quote the law/,
  },
  {
    name: 'scoring: a law block with no means dimensions',
    files: () => mutated(SCORING, (j) => (j.law.means.dimensions = [])),
    file: SCORING,
    path: 'law.means.dimensions',
    message: />=\s*1 item/,
  },
  {
    name: 'scoring: a law means dimension 9',
    files: () => mutated(SCORING, (j) => (j.law.means.dimensions = [5, 9])),
    file: SCORING,
    path: 'law.means.dimensions[1]',
    message: /<=\s*6/,
  },
  {
    name: 'scoring: a law block with a key it does not know',
    files: () => mutated(SCORING, (j) => (j.law.recruitment = { dimensions: [1, 2, 3] })),
    file: SCORING,
    path: 'law',
    message: /recruitment/,
  },
  {
    name: 'scoring: a law block without the child rule',
    files: () => mutated(SCORING, (j) => delete j.law.childSituation),
    file: SCORING,
    path: 'law.childSituation',
    message: /must be a condition/,
  },
  {
    name: 'scoring: the child situation names a purpose the flow does not offer',
    files: () => mutated(SCORING, (j) => (j.law.childSituation = { answer: 'purpose', in: ['sex', 'slavery'] })),
    file: SCORING,
    path: 'law.childSituation.in[1]',
    message: /"slavery" is not an answer to "purpose"/,
  },
  {
    name: 'scoring: a child sign count of 0',
    files: () => mutated(SCORING, (j) => (j.law.childMinSigns = 0)),
    file: SCORING,
    path: 'law.childMinSigns',
    message: />=\s*1/,
  },
  {
    name: 'scoring: an empty threshold',
    files: () => mutated(SCORING, (j) => j.dimensionPositive.push({})),
    file: SCORING,
    path: 'dimensionPositive[4]',
    message: /at least one count/,
  },
  {
    name: 'outcome with no mapping',
    files: () => mutated(OUTCOMES, (j) => delete j.outcomes['no-clear-signs']),
    file: OUTCOMES,
    path: 'outcomes.no-clear-signs',
    message: /outcome "no-clear-signs" has no mapping/,
  },
  {
    name: 'a mapping for an outcome that does not exist',
    files: () => mutated(OUTCOMES, (j) => (j.outcomes['victim'] = j.outcomes['no-clear-signs'])),
    file: OUTCOMES,
    path: 'outcomes.victim',
    message: /unknown outcome "victim"/,
  },
  {
    name: 'unknown contact in an outcome',
    files: () => mutated(OUTCOMES, (j) => (j.outcomes['trafficking-signs'].contacts[2].id = 'no-rosaa')),
    file: OUTCOMES,
    path: 'outcomes.trafficking-signs.contacts[2].id',
    message: /unknown contact "no-rosaa"/,
  },
  {
    name: 'unknown guidance topic in an outcome',
    files: () => mutated(OUTCOMES, (j) => j.outcomes['exploitation-signs'].guidance.push({ id: 'self-defence' })),
    file: OUTCOMES,
    path: `outcomes.exploitation-signs.guidance[${parsed(OUTCOMES).outcomes['exploitation-signs'].guidance.length}].id`,
    message: /unknown guidance topic "self-defence"/,
  },
  {
    name: 'an outcome condition about an unknown question',
    files: () => mutated(OUTCOMES, (j) => (j.conditions['return'] = { answer: 'wants-to-go-home', in: ['yes'] })),
    file: OUTCOMES,
    path: 'conditions.return.answer',
    message: /unknown question "wants-to-go-home"/,
  },
  {
    name: 'an outcome with no contacts at all',
    files: () => mutated(OUTCOMES, (j) => (j.outcomes['emergency'].contacts = [])),
    file: OUTCOMES,
    path: 'outcomes.emergency.contacts',
    message: />=\s*1 item/,
  },
  {
    name: 'a contact for adults only before every contact for children in the urgent list',
    files: () =>
      mutated(OUTCOMES, (j) => {
        const rest = (j.urgent as string[]).filter((id) => id !== ADULTS_ONLY);
        const firstChild = rest.findIndex((id) => FOR_CHILDREN.includes(id));
        rest.splice(firstChild, 0, ADULTS_ONLY);
        j.urgent = rest;
      }),
    file: OUTCOMES,
    path: `urgent[${parsed(OUTCOMES).urgent.filter((id: string) => id !== ADULTS_ONLY).findIndex((id: string) => FOR_CHILDREN.includes(id))}]`,
    message: adultsFirst(ADULTS_ONLY),
  },
  {
    name: 'a contact for adults only before the child helpline on the emergency outcome (the age is not known yet)',
    files: () =>
      mutated(OUTCOMES, (j) => {
        const list = j.outcomes.emergency.contacts as { id: string }[];
        const [item] = list.splice(
          list.findIndex((c) => c.id === ADULTS_ONLY),
          1,
        );
        list.splice(0, 0, item);
      }),
    file: OUTCOMES,
    path: 'outcomes.emergency.contacts[0]',
    message: adultsFirst(ADULTS_ONLY),
  },
  {
    name: 'a contact whose audience in the data becomes "adults", listed before the child helpline',
    files: () => mutated(CONTACTS, (j) => (j.contacts[contactAt('no-02800')].audience = 'adults')),
    file: OUTCOMES,
    path: `urgent[${parsed(OUTCOMES).urgent.indexOf('no-02800')}]`,
    message: adultsFirst('no-02800'),
  },
  {
    name: 'unknown contact in the urgent list',
    files: () => mutated(OUTCOMES, (j) => j.urgent.push('no-999')),
    file: OUTCOMES,
    path: `urgent[${urgentCount}]`,
    message: /unknown contact "no-999"/,
  },
  {
    name: 'the scoring rule for a possible child names an unknown question',
    files: () => mutated(SCORING, (j) => (j.possibleChild.answer = 'under18')),
    file: SCORING,
    path: 'possibleChild.answer',
    message: /unknown question "under18"/,
  },
  {
    name: 'a contact for adults only first for child-at-risk',
    files: () =>
      mutated(OUTCOMES, (j) => {
        j.outcomes['child-at-risk'].contacts = j.outcomes['child-at-risk'].contacts.filter((c: { id: string }) => c.id !== ADULTS_ONLY);
        j.outcomes['child-at-risk'].contacts.unshift({ id: ADULTS_ONLY });
      }),
    file: OUTCOMES,
    path: 'outcomes.child-at-risk.contacts[0]',
    message: adultsFirst(ADULTS_ONLY),
  },
  {
    name: 'child-at-risk with a contact for adults only and no contact for children at all',
    files: () =>
      mutated(OUTCOMES, (j) => {
        j.outcomes['child-at-risk'].contacts = [{ id: 'no-112' }, { id: ADULTS_ONLY }];
      }),
    file: OUTCOMES,
    path: 'outcomes.child-at-risk.contacts[1]',
    message: adultsFirst(ADULTS_ONLY),
  },
  {
    name: 'contact without source',
    files: () => mutated(CONTACTS, (j) => delete j.contacts[contactAt('no-rosa')].source),
    file: CONTACTS,
    path: `contacts[${contactAt('no-rosa')}].source`,
    message: /every contact needs a source/,
  },
  {
    name: 'contact verifiedOn malformed',
    files: () => mutated(CONTACTS, (j) => (j.contacts[0].verifiedOn = '01.11.2026')),
    file: CONTACTS,
    path: 'contacts[0].verifiedOn',
    message: /YYYY-MM-DD/,
  },
  {
    name: 'contact verifiedOn not a real date',
    files: () => mutated(CONTACTS, (j) => (j.contacts[1].verifiedOn = '2026-13-45')),
    file: CONTACTS,
    path: 'contacts[1].verifiedOn',
    message: /"2026-13-45" is not a real date/,
  },
  {
    name: 'contact verifiedOn in the future',
    files: () => mutated(CONTACTS, (j) => (j.contacts[2].verifiedOn = '2027-03-01')),
    file: CONTACTS,
    path: 'contacts[2].verifiedOn',
    message: /in the future/,
  },
  {
    name: 'contact with neither phone nor web',
    files: () => mutated(CONTACTS, (j) => delete j.contacts[contactAt('no-kripos-tips')].web),
    file: CONTACTS,
    path: `contacts[${contactAt('no-kripos-tips')}]`,
    message: /phone number or a web address/,
  },
  {
    name: 'contact phone with letters',
    files: () => mutated(CONTACTS, (j) => (j.contacts[contactAt('no-rosa')].phone = '22 33 11 6O')),
    file: CONTACTS,
    path: `contacts[${contactAt('no-rosa')}].phone`,
    message: /digits and spaces/,
  },
  {
    name: 'a chat address that is not a web address',
    files: () => mutated(CONTACTS, (j) => (j.contacts[contactAt('no-116111')].chat.url = 'www.116111.no/chat')),
    file: CONTACTS,
    path: `contacts[${contactAt('no-116111')}].chat.url`,
    message: /must be a web address starting with https:\/\//,
  },
  {
    name: 'an SMS way without its own source',
    files: () => mutated(CONTACTS, (j) => delete j.contacts[contactAt('no-112')].sms.source),
    file: CONTACTS,
    path: `contacts[${contactAt('no-112')}].sms.source`,
    message: /must say where it comes from/,
  },
  {
    name: 'a web form with an unknown field',
    files: () => mutated(CONTACTS, (j) => (j.contacts[contactAt('no-kripos-tips')].form.phone = '02800')),
    file: CONTACTS,
    path: `contacts[${contactAt('no-kripos-tips')}].form`,
    message: /unrecognized key.*"phone"/i,
  },
  {
    name: 'an alternative number written as a bare string',
    files: () => mutated(CONTACTS, (j) => (j.contacts[contactAt('no-112')].phoneAlt = ['1412'])),
    file: CONTACTS,
    path: `contacts[${contactAt('no-112')}].phoneAlt[0]`,
    message: /must be \{ "number": "…" \}/,
  },
  {
    name: 'contact sourceDate written as words',
    files: () => mutated(CONTACTS, (j) => (j.contacts[contactAt('no-116111')].sourceDate = 'March 2024')),
    file: CONTACTS,
    path: `contacts[${contactAt('no-116111')}].sourceDate`,
    message: /must be a date written YYYY, YYYY-MM or YYYY-MM-DD/,
  },
  {
    name: 'contact sourceDate not a real date',
    files: () => mutated(CONTACTS, (j) => (j.contacts[contactAt('no-116111')].sourceDate = '2024-13')),
    file: CONTACTS,
    path: `contacts[${contactAt('no-116111')}].sourceDate`,
    message: /"2024-13" is not a real date/,
  },
  {
    name: 'contact sourceDate after it was checked',
    files: () => mutated(CONTACTS, (j) => (j.contacts[contactAt('no-116111')].sourceDate = '2026-11-02')),
    file: CONTACTS,
    path: `contacts[${contactAt('no-116111')}].sourceDate`,
    message: /after verifiedOn \(2026-11-01\)/,
  },
  {
    name: 'a partly verified contact that does not say what is unconfirmed',
    files: () => mutated(CONTACTS, (j) => delete j.contacts[contactAt('no-iom')].unconfirmed),
    file: CONTACTS,
    path: `contacts[${contactAt('no-iom')}].unconfirmed`,
    message: /must say what could not be checked/,
  },
  {
    name: 'duplicate contact id',
    files: () => mutated(CONTACTS, (j) => j.contacts.push({ ...j.contacts[0] })),
    file: CONTACTS,
    path: `contacts[${parsed(CONTACTS).contacts.length}].id`,
    message: /duplicate id "no-112"/,
  },
  {
    name: 'a locale key missing for a question',
    files: () => mutated('locales/en/questions.json', (j) => delete j.threats.title.other),
    file: 'locales/en/questions.json',
    path: 'threats.title.other',
    message: /missing translation \(en\)/,
  },
  {
    name: 'a missing answer option text',
    files: () => mutated('locales/nb/questions.json', (j) => delete j.purpose.options.organs),
    file: 'locales/nb/questions.json',
    path: 'purpose.options.organs',
    message: /missing translation \(nb\)/,
  },
  {
    name: 'a whole question missing from a locale',
    files: () => mutated('locales/nb/questions.json', (j) => delete j['wants-to-return']),
    file: 'locales/nb/questions.json',
    path: 'wants-to-return',
    message: /missing translation \(nb\)/,
  },
  {
    name: 'a question text for a question the flow does not have',
    files: () => mutated('locales/en/questions.json', (j) => (j['forced-begging'] = j.threats)),
    file: 'locales/en/questions.json',
    path: 'forced-begging',
    message: /unknown key "forced-begging"/,
  },
  {
    name: 'an empty question text',
    files: () => mutated('locales/en/questions.json', (j) => (j.fines.short = '  ')),
    file: 'locales/en/questions.json',
    path: 'fines.short',
    message: /non-empty text/,
  },
  {
    name: 'a role text for a role that does not exist',
    files: () => mutated('locales/en/questions.json', (j) => (j.threats.title.police = 'Were you threatened?')),
    file: 'locales/en/questions.json',
    path: 'threats.title.police',
    message: /unknown role "police"/,
  },
  {
    name: 'a language missing from locales/languages.json',
    files: () => mutated('locales/languages.json', (j) => j.languages.splice(2, 1)),
    file: 'locales/languages.json',
    path: 'languages',
    message: /must list exactly the app's languages, in order/,
  },
  {
    name: 'a machine translation without its date',
    files: () => mutated('locales/languages.json', (j) => delete j.languages[2].translation.on),
    file: 'locales/languages.json',
    path: 'languages[2].translation.on',
    message: /./,
  },
  {
    name: 'a browser language code claimed by two languages',
    files: () => mutated('locales/languages.json', (j) => j.languages[3].browser.push('ro')),
    file: 'locales/languages.json',
    path: 'languages[3].browser[1]',
    message: /browser code "ro" is already claimed by "ro"/,
  },
  {
    name: 'a plural with no "_other" form',
    files: () => mutated('locales/ru/ui.json', (j) => delete j.quickExit.pressesLeft_other),
    file: 'locales/ru/ui.json',
    path: 'quickExit.pressesLeft_one',
    message: /has no "_other" form/,
  },
  {
    name: 'missing contact name in nb',
    files: () => mutated('locales/nb/contacts.json', (j) => delete j['no-rosa'].name),
    file: 'locales/nb/contacts.json',
    path: 'no-rosa.name',
    message: /missing translation \(nb\)/,
  },
  {
    name: 'missing guidance topic',
    files: () => mutated('locales/en/guidance.json', (j) => delete j['safe-return']),
    file: 'locales/en/guidance.json',
    path: 'safe-return',
    message: /missing translation \(en\)/,
  },
  {
    name: 'missing outcome text',
    files: () => mutated('locales/nb/outcomes.json', (j) => delete j['child-at-risk'].lead),
    file: 'locales/nb/outcomes.json',
    path: 'child-at-risk.lead',
    message: /missing translation \(nb\)/,
  },
  {
    name: 'missing dimension name in signs',
    files: () => mutated('locales/en/signs.json', (j) => delete j.dimensions['6'].name),
    file: 'locales/en/signs.json',
    path: 'dimensions.6.name',
    message: /missing translation \(en\)/,
  },
  {
    name: 'unknown placeholder',
    files: () => mutated('locales/en/outcomes.json', (j) => (j.emergency.lead.self = 'Call the police on {{hotline}} now.')),
    file: 'locales/en/outcomes.json',
    path: 'emergency.lead.self',
    message: /unknown placeholder \{\{hotline\}\}/,
  },
  {
    name: 'a phone number typed into a locale text',
    files: () => mutated('locales/nb/outcomes.json', (j) => (j.emergency.lead.self = 'Ring 22 33 11 60')),
    file: 'locales/nb/outcomes.json',
    path: 'emergency.lead.self',
    message: /a number is typed into the text/,
  },
  {
    name: 'a fact typed into a guidance text',
    files: () => mutated('locales/en/contacts.json', (j) => (j['no-iom'].helpsWith = 'Call 23 10 53 20 on weekdays.')),
    file: 'locales/en/contacts.json',
    path: 'no-iom.helpsWith',
    message: /a number is typed into the text/,
  },
  {
    name: 'ui.json key present in nb but not en',
    files: () => mutated('locales/nb/ui.json', (j) => (j.nav.print = 'Skriv ut')),
    file: 'locales/en/ui.json',
    path: 'nav.print',
    message: /missing translation \(en\): "nav.print" is in nb/,
  },
  {
    name: 'ui.json key present in en but not nb',
    files: () => mutated('locales/en/ui.json', (j) => (j.check.print = 'Print')),
    file: 'locales/nb/ui.json',
    path: 'check.print',
    message: /missing translation \(nb\): "check.print" is in en/,
  },
  {
    name: 'a locale file that is a list, not an object',
    files: () => ({ ...files, 'locales/nb/pages.json': '[]' }),
    file: 'locales/nb/pages.json',
    path: '(top level)',
    message: /must be an object of keys/,
  },
];

const show = (problems: readonly Problem[]) => problems.map((p) => `${p.file} ${p.path}: ${p.message}`).join('\n');

describe('checkProject on malformed input', () => {
  it.each(cases)('$name → $file $path', ({ files: make, file, path, message }) => {
    const result = checkProject(make(), TODAY);
    const hit = result.problems.find((p) => p.file === file && p.path === path && message.test(p.message));
    expect(hit, `expected a problem in ${file} at ${path} matching ${message}; got:\n${show(result.problems)}`).toBeDefined();
    // A project with problems is never handed to the engine.
    expect(result.bundle).toBeUndefined();
  });
});

describe('checkProject on the real project', () => {
  it('reports zero problems and zero warnings, and returns the bundle and locales', () => {
    const result = checkProject(files, TODAY);
    expect(show(result.problems)).toBe('');
    expect(result.warnings).toEqual([]);
    expect(result.bundle?.screening.nodes.length).toBeGreaterThan(0);
    const codes = parsed<{ languages: { code: string }[] }>('locales/languages.json').languages.map((l) => l.code);
    expect(Object.keys(result.locales ?? {}).sort()).toEqual([...codes].sort());
  });

  it('reports zero problems against the real clock too', () => {
    expect(checkProject(files).problems).toEqual([]);
  });

  it('reports many problems at once, across files', () => {
    let broken = mutated(CONTACTS, (j) => delete j.contacts[0].source);
    broken = mutated(INDICATORS, (j) => (j.indicators[0].dimension = 7), broken);
    const result = checkProject(broken, TODAY);
    expect(result.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: CONTACTS, path: 'contacts[0].source' }),
        expect.objectContaining({ file: INDICATORS, path: 'indicators[0].dimension' }),
      ]),
    );
  });

  it('reports flow and locale problems together', () => {
    let broken = mutated(OUTCOMES, (j) => (j.outcomes['no-clear-signs'].contacts[0].id = 'no-911'));
    broken = mutated(SCREENING, (j) => (node(j, 'role').next = 'nowhere'), broken);
    broken = mutated('locales/nb/contacts.json', (j) => delete j['no-rosa'].name, broken);
    const result = checkProject(broken, TODAY);
    const files = new Set(result.problems.map((p) => p.file));
    expect([...files]).toEqual(expect.arrayContaining([OUTCOMES, SCREENING, 'locales/nb/contacts.json']));
  });

  it('warns, without a problem, about a contact verified more than 12 months before today', () => {
    const i = contactAt('no-at');
    const result = checkProject(
      mutated(CONTACTS, (j) => (j.contacts[i].verifiedOn = '2025-10-15')),
      TODAY,
    );
    expect(result.problems).toEqual([]);
    expect(result.bundle).toBeDefined();
    expect(result.warnings).toEqual([
      { file: CONTACTS, path: `contacts[${i}].verifiedOn`, message: expect.stringMatching(/"no-at" was last verified on 2025-10-15, more than 12 months ago/) },
    ]);
  });

  it('does not warn about a contact verified 11 months before today', () => {
    const result = checkProject(
      mutated(CONTACTS, (j) => (j.contacts[0].verifiedOn = '2026-01-05')),
      TODAY,
    );
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('allows "§ 257" in a text but not other long numbers', () => {
    const ok = checkProject(
      mutated('locales/en/outcomes.json', (j) => (j.emergency.lead.self = 'Trafficking is a crime (straffeloven § 257). Call {{emergency}}.')),
      TODAY,
    );
    expect(ok.problems).toEqual([]);
  });
});
