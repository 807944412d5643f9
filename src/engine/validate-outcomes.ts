/** Checks of flows/outcomes.json (contacts and guidance per outcome) and of the contacts themselves. */
import { FLOW_FILES } from './schema';
import type { Contact, FlowBundle } from './types';
import { GUIDANCE_IDS, OUTCOME_IDS } from './types';
import { checkCondition, questionMap } from './validate-flow';
import { checkUniqueIds, type Problem, type Report } from './validate-report';

export function checkOutcomes(bundle: FlowBundle, problem: Report) {
  const file = FLOW_FILES.outcomes.file;
  const questions = questionMap(bundle);
  const named = bundle.outcomes.conditions ?? {};
  const contacts = new Map(bundle.contacts.contacts.map((c) => [c.id, c]));
  Object.entries(named).forEach(([name, c]) => checkCondition(c, `conditions.${name}`, file, questions, named, problem));
  checkCondition(bundle.outcomes.professionalView, 'professionalView', file, questions, named, problem);
  for (const outcome of OUTCOME_IDS) {
    if (!bundle.outcomes.outcomes[outcome]) problem(file, `outcomes.${outcome}`, `outcome "${outcome}" has no mapping to contacts and guidance`);
  }
  for (const [outcome, mapping] of Object.entries(bundle.outcomes.outcomes)) {
    const at = `outcomes.${outcome}`;
    if (!(OUTCOME_IDS as readonly string[]).includes(outcome)) problem(file, at, `unknown outcome "${outcome}" (outcomes: ${OUTCOME_IDS.join(', ')})`);
    mapping.contacts.forEach((p, i) => {
      if (!contacts.has(p.id)) problem(file, `${at}.contacts[${i}].id`, `unknown contact "${p.id}" (not in flows/contacts/no.json)`);
      if (p.when) checkCondition(p.when, `${at}.contacts[${i}].when`, file, questions, named, problem);
    });
    mapping.guidance.forEach((p, i) => {
      if (!(GUIDANCE_IDS as readonly string[]).includes(p.id)) problem(file, `${at}.guidance[${i}].id`, `unknown guidance topic "${p.id}"`);
      if (p.when) checkCondition(p.when, `${at}.guidance[${i}].when`, file, questions, named, problem);
    });
    checkChildrenFirst(
      mapping.contacts.map((p) => p.id),
      `${at}.contacts`,
      outcome === 'child-at-risk',
    );
  }
  bundle.outcomes.urgent.forEach((contact, i) => {
    if (!contacts.has(contact)) problem(file, `urgent[${i}]`, `unknown contact "${contact}" (not in flows/contacts/no.json)`);
  });
  checkChildrenFirst(bundle.outcomes.urgent, 'urgent', false);

  /**
   * A service for adults only (ROSA is for 18 and over) never leads where the reader may be a child:
   * a service for children comes before it in every list, and for a possible child one must be
   * there. Which service is which is the contacts' `audience` in the data, not an id written here.
   */
  function checkChildrenFirst(ids: string[], at: string, forChild: boolean) {
    const audience = (id: string): Contact['audience'] | undefined => contacts.get(id)?.audience;
    const firstAdult = ids.findIndex((id) => audience(id) === 'adults');
    const firstChild = ids.findIndex((id) => audience(id) === 'children');
    if (firstAdult === -1) return;
    if (firstChild === -1 ? forChild : firstChild > firstAdult) {
      problem(
        file,
        `${at}[${firstAdult}]`,
        `"${ids[firstAdult]}" serves adults only (18+): a contact for children (audience "children") must come before it`,
      );
    }
  }
}

const MONTH_MS = 30.44 * 24 * 3600 * 1000;

export function checkContacts(bundle: FlowBundle, problem: Report, warn: (w: Problem) => void, today: Date) {
  const file = FLOW_FILES.contacts.file;
  checkUniqueIds(
    bundle.contacts.contacts.map((c) => c.id),
    file,
    (i) => `contacts[${i}].id`,
    problem,
  );
  bundle.contacts.contacts.forEach((contact, i) => {
    if (!contact.phone && !contact.web) problem(file, `contacts[${i}]`, 'a contact needs a phone number or a web address');
    const verified = new Date(`${contact.verifiedOn}T00:00:00Z`);
    if (contact.sourceDate !== undefined) {
      const at = `contacts[${i}].sourceDate`;
      if (!isRealPartialDate(contact.sourceDate)) problem(file, at, `"${contact.sourceDate}" is not a real date`);
      else if (contact.sourceDate > contact.verifiedOn)
        problem(file, at, `"${contact.sourceDate}" is after verifiedOn (${contact.verifiedOn}): a source cannot be dated after it was checked`);
    }
    if (contact.verified === 'partly' && !contact.unconfirmed)
      problem(file, `contacts[${i}].unconfirmed`, 'a partly verified contact must say what could not be checked ("hours", "current")');
    if (contact.verified === 'yes' && contact.unconfirmed)
      problem(file, `contacts[${i}].unconfirmed`, 'only a contact marked "verified": "partly" has parts that could not be checked');
    if (Number.isNaN(verified.getTime())) problem(file, `contacts[${i}].verifiedOn`, `"${contact.verifiedOn}" is not a real date`);
    else if (verified.getTime() > today.getTime() + 24 * 3600 * 1000)
      problem(file, `contacts[${i}].verifiedOn`, `"${contact.verifiedOn}" is in the future`);
    else if (today.getTime() - verified.getTime() > 12 * MONTH_MS) {
      warn({
        file,
        path: `contacts[${i}].verifiedOn`,
        message: `"${contact.id}" was last verified on ${contact.verifiedOn}, more than 12 months ago: check it again`,
      });
    }
  });
}

/** A YYYY, YYYY-MM or YYYY-MM-DD date that exists in the calendar. */
function isRealPartialDate(value: string): boolean {
  const [year, month = 1, day = 1] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
