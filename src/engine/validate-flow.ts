/** Checks of the indicators, the screening's nodes and questions, and the scoring rules. */
import { referencedQuestions, type NamedConditions } from './conditions';
import { nodeMap, optionsOf, questionsOf } from './flow';
import { FLOW_FILES } from './schema';
import type { Condition, FlowBundle, GroupQuestion } from './types';
import { checkUniqueIds, type Report } from './validate-report';

/** Every question of the flow by id, wherever it is asked (its own node or a group screen). */
export function questionMap(bundle: FlowBundle): Map<string, GroupQuestion> {
  return new Map(bundle.screening.nodes.flatMap((n) => questionsOf(n).map((q) => [q.id, q] as const)));
}

export function checkIndicators(bundle: FlowBundle, problem: Report) {
  const file = FLOW_FILES.indicators.file;
  const indicators = bundle.indicators.indicators;
  checkUniqueIds(
    indicators.map((i) => i.id),
    file,
    (i) => `indicators[${i}].id`,
    problem,
  );
  const asked = new Set([...questionMap(bundle).values()].filter((q) => q.kind === 'indicator').map((q) => q.id));
  indicators.forEach((indicator, i) => {
    if (!asked.has(indicator.id))
      problem(file, `indicators[${i}]`, `indicator "${indicator.id}" is never asked: no indicator question in flows/screening.json`);
  });
}

/** Checks a condition's question ids, answer values and refs. */
export function checkCondition(
  condition: Condition,
  path: string,
  file: string,
  questions: ReadonlyMap<string, GroupQuestion>,
  named: NamedConditions,
  problem: Report,
) {
  if ('ref' in condition) {
    if (!(condition.ref in named)) problem(file, `${path}.ref`, `unknown condition "${condition.ref}"`);
    return;
  }
  if ('all' in condition) return condition.all.forEach((c, i) => checkCondition(c, `${path}.all[${i}]`, file, questions, named, problem));
  if ('any' in condition) return condition.any.forEach((c, i) => checkCondition(c, `${path}.any[${i}]`, file, questions, named, problem));
  if ('not' in condition) return checkCondition(condition.not, `${path}.not`, file, questions, named, problem);
  const ids = typeof condition.answer === 'string' ? [condition.answer] : condition.answer;
  ids.forEach((q, i) => {
    const at = typeof condition.answer === 'string' ? `${path}.answer` : `${path}.answer[${i}]`;
    const question = questions.get(q);
    if (!question) return problem(file, at, `unknown question "${q}"`);
    condition.in.forEach((v, j) => {
      if (!optionsOf(question).includes(v))
        problem(file, `${path}.in[${j}]`, `"${v}" is not an answer to "${q}" (answers: ${optionsOf(question).join(', ')})`);
    });
  });
}

export function checkScoring(bundle: FlowBundle, problem: Report) {
  const file = FLOW_FILES.scoring.file;
  const questions = questionMap(bundle);
  const indicatorIds = new Set(bundle.indicators.indicators.map((i) => i.id));
  const { law } = bundle.scoring;
  checkCondition(bundle.scoring.possibleChild, 'possibleChild', file, questions, {}, problem);
  checkCondition(law.childSituation, 'law.childSituation', file, questions, {}, problem);
  const signs = [...law.exploitation.signs.map((s, i) => [s, `law.exploitation.signs[${i}]`]), ...law.forcedInto.map((s, i) => [s, `law.forcedInto[${i}]`])];
  for (const [sign, at] of signs) if (!indicatorIds.has(sign)) problem(file, at, `unknown indicator "${sign}"`);
}

export function checkScreening(bundle: FlowBundle, problem: Report) {
  const file = FLOW_FILES.screening.file;
  const flow = bundle.screening;
  const nodes = nodeMap(flow);
  const questions = questionMap(bundle);
  const named = flow.conditions ?? {};
  const indicatorIds = new Set(bundle.indicators.indicators.map((i) => i.id));

  checkUniqueIds(
    flow.nodes.map((n) => n.id),
    file,
    (i) => `nodes[${i}].id`,
    problem,
  );
  if (!nodes.has(flow.start)) problem(file, 'start', `unknown node "${flow.start}"`);
  Object.entries(named).forEach(([name, c]) => checkCondition(c, `conditions.${name}`, file, questions, named, problem));

  // A question is asked in one place only: as its own node or on one group screen.
  const askedAt = new Map<string, string>();
  flow.nodes.forEach((node, i) => {
    questionsOf(node).forEach((q, j) => {
      const at = node.kind === 'group' ? `nodes[${i}].questions[${j}].id` : `nodes[${i}].id`;
      if (askedAt.has(q.id)) problem(file, at, `question "${q.id}" is asked twice (also at ${askedAt.get(q.id)})`);
      else askedAt.set(q.id, at);
      if (node.kind === 'group' && nodes.has(q.id)) problem(file, at, `question "${q.id}" has the id of a node`);
    });
  });

  flow.nodes.forEach((node, i) => {
    const at = `nodes[${i}]`;
    const known = (target: string | undefined, path: string) => {
      if (target !== undefined && !nodes.has(target)) problem(file, `${at}.${path}`, `unknown node "${target}"`);
    };
    known(node.next, 'next');
    known(node.resume, 'resume');
    node.offers?.forEach((o, j) => {
      known(o.to, `offers[${j}].to`);
      if (o.withAnswer && questionsOf(node).length === 0)
        problem(file, `${at}.offers[${j}].withAnswer`, 'only a question can be left with its answer');
      if (o.when) checkCondition(o.when, `${at}.offers[${j}].when`, file, questions, named, problem);
    });
    node.routes?.forEach((r, j) => {
      known(r.to, `routes[${j}].to`);
      checkCondition(r.when, `${at}.routes[${j}].when`, file, questions, named, problem);
    });
    const own = questionsOf(node).map((q) => q.id);
    if (node.askIf) {
      checkCondition(node.askIf, `${at}.askIf`, file, questions, named, problem);
      if (referencedQuestions(node.askIf, named).some((q) => own.includes(q)))
        problem(file, `${at}.askIf`, 'a question cannot depend on its own answer');
      if (!node.next) problem(file, `${at}.askIf`, 'a question asked only sometimes needs a "next" to go on to when it is not asked');
    }
    if (node.kind === 'group') {
      if (!node.questions) problem(file, `${at}.questions`, 'a group screen needs its questions');
      if (node.options) problem(file, `${at}.options`, 'a group screen has no options of its own: give them to its questions');
      node.questions?.forEach((q, j) => {
        const qAt = `${at}.questions[${j}]`;
        checkQuestion(q, qAt);
        if (!q.askIf) return;
        checkCondition(q.askIf, `${qAt}.askIf`, file, questions, named, problem);
        // A follow-up opens under an answer above it: never under itself or a question below.
        const later = own.slice(j);
        if (referencedQuestions(q.askIf, named).some((r) => later.includes(r)))
          problem(file, `${qAt}.askIf`, 'a question on a group screen can depend only on questions above it');
      });
    } else {
      if (node.questions || node.style) problem(file, at, '"questions" and "style" belong on group screens (kind "group")');
      if (node.kind === 'single' || node.kind === 'multiple' || node.kind === 'indicator') checkQuestion({ ...node, kind: node.kind }, at);
    }
    if (node.kind === 'outcome') {
      if (!node.outcome) problem(file, `${at}.outcome`, 'an outcome node needs an outcome id');
      if (node.next || node.routes) problem(file, at, 'an outcome node ends the flow: use "resume" to go on from it');
    } else if (node.kind !== 'check' && node.kind !== 'checklist' && !node.next && !node.routes?.length) {
      problem(file, at, `node "${node.id}" has no way out (no "next" and no routes)`);
    }
    if (node.kind !== 'outcome' && (node.outcome || node.resume)) problem(file, at, '"outcome" and "resume" belong on outcome nodes');
    if ((node.kind === 'check' || node.kind === 'checklist') && (node.next || node.routes)) {
      problem(file, at, `a ${node.kind} node leads to the assessed outcomes: remove "next" and "routes"`);
    }
  });

  const checks = flow.nodes.filter((n) => n.kind === 'check');
  if (checks.length !== 1) problem(file, 'nodes', `the flow needs exactly one check-answers node (kind "check"), found ${checks.length}`);

  function checkQuestion(q: GroupQuestion, at: string) {
    if ((q.kind === 'single' || q.kind === 'multiple') && !q.options) problem(file, `${at}.options`, `a ${q.kind} question needs options`);
    if (q.kind === 'indicator') {
      if (q.options) problem(file, `${at}.options`, 'indicator questions always take yes / no / unsure; remove options');
      if (!indicatorIds.has(q.id)) problem(file, `${at}.id`, `no indicator "${q.id}" in flows/indicators.json`);
    }
  }
}
