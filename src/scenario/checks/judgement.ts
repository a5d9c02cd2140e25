import type { CriterionId, LawRuleId } from '../../curriculum/ids.ts';
import { isKnowledgeCriterion } from '../../curriculum/lookups.ts';
import type { JsonPath } from '../diagnostics.ts';
import type { Choice, Evidence, Scenario } from '../schema.ts';
import type { CheckContext } from './context.ts';
import { quoteList } from './context.ts';
import { own } from '../own.ts';

/**
 * Checks that the judgement is honest: nothing gives the skilled option away (a pin, its length),
 * every decision has a skilled option that earns its name, what the scenario claims (law, evidence)
 * is actually on offer to the skilled player, and knowledge is claimed only where it is asked for.
 */

/** Above this share of decisions, "pick the longest" beats the learner's judgement. */
export const SKILLED_LONGEST_LIMIT = 0.4;

/** Anything at a node that carries evidence: a choice, a timeout, a record, a log entry. */
interface Carrier {
  nodeId: string;
  kind: 'choice' | 'timeout' | 'record' | 'entry';
  id: string;
  evidence: Evidence;
  /** Whether the author counts it as the careful thing to do (skilled, relevant, accurate). */
  careful: boolean;
  law: readonly LawRuleId[];
  path: JsonPath;
}

/** The choice the author counts as right: a correct explain answer, or a skilled reply. */
export const isCareful = (choice: Choice): boolean =>
  'correct' in choice ? choice.correct : choice.stance === 'skilled';

function carriersOf(scenario: Scenario): Carrier[] {
  const carriers: Carrier[] = [];
  for (const [nodeId, node] of Object.entries(scenario.nodes)) {
    if (node.kind === 'ending') continue;
    node.choices.forEach((choice: Choice, index) =>
      carriers.push({
        nodeId,
        kind: 'choice',
        id: choice.id,
        evidence: choice,
        careful: isCareful(choice),
        law: choice.law ?? [],
        path: ['nodes', nodeId, 'choices', index],
      }),
    );
    if (node.kind === 'dialogue' && node.timeout !== undefined) {
      const timeout = node.timeout;
      carriers.push({
        nodeId,
        kind: 'timeout',
        id: 'timeout',
        evidence: timeout,
        careful: timeout.stance === 'skilled',
        law: timeout.law ?? [],
        path: ['nodes', nodeId, 'timeout'],
      });
    }
    if (node.kind === 'investigate') {
      node.records.forEach((record, index) =>
        carriers.push({
          nodeId,
          kind: 'record',
          id: record.id,
          evidence: record,
          careful: record.relevant,
          law: record.law ?? [],
          path: ['nodes', nodeId, 'records', index],
        }),
      );
    }
    if (node.kind === 'record') {
      node.fields.forEach((field, fieldIndex) =>
        field.entries.forEach((entry, index) =>
          carriers.push({
            nodeId,
            kind: 'entry',
            id: entry.id,
            evidence: entry,
            careful: entry.accurate,
            law: entry.law ?? [],
            path: ['nodes', nodeId, 'fields', fieldIndex, 'entries', index],
          }),
        ),
      );
    }
  }
  return carriers;
}

const strengths = (evidence: Evidence): [string, number][] => [
  ...Object.entries(evidence.techniques ?? {}),
  ...Object.entries(evidence.criteria ?? {}),
];

const describeCarrier = (carrier: Carrier): string =>
  carrier.kind === 'timeout'
    ? `the timer of node '${carrier.nodeId}'`
    : `${carrier.kind === 'entry' ? 'log entry' : carrier.kind} '${carrier.id}' (node '${carrier.nodeId}')`;

export function checkJudgement(context: CheckContext): void {
  const { scenario } = context;
  const carriers = carriersOf(scenario);
  checkPins(context);
  checkDecisions(context);
  checkSkilledEvidence(context, carriers);
  checkAnswers(context);
  checkOfferedOnlyByWeaker(context, carriers);
  checkLawCited(context, carriers);
  checkKnowledgeWhereAsked(context, carriers);
}

/** A pinned skilled option is in the same place at every play: position gives it away again. */
function checkPins(context: CheckContext): void {
  for (const [nodeId, node] of Object.entries(context.scenario.nodes)) {
    if (node.kind === 'ending') continue;
    node.choices.forEach((choice: Choice, index) => {
      if (choice.pin === undefined || !isCareful(choice)) return;
      context.report({
        path: ['nodes', nodeId, 'choices', index, 'pin'],
        key: true,
        severity: 'warning',
        code: 'skilled-pinned',
        message: `${'correct' in choice ? 'correct answer' : 'skilled choice'} '${choice.id}' is pinned ${choice.pin}, so a learner can find it by its place`,
        fix: 'remove `pin:` (pin only options whose place is part of the meaning, like "Say nothing" last)',
      });
    });
    if (node.kind !== 'record') continue;
    node.fields.forEach((field, fieldIndex) =>
      field.entries.forEach((entry, index) => {
        if (entry.pin === undefined || !entry.accurate) return;
        context.report({
          path: ['nodes', nodeId, 'fields', fieldIndex, 'entries', index, 'pin'],
          key: true,
          severity: 'warning',
          code: 'skilled-pinned',
          message: `accurate log entry '${entry.id}' is pinned ${entry.pin}, so a learner can find it by its place`,
          fix: 'remove `pin:`',
        });
      }),
    );
  }
}

/** Every decision has a skilled option, and it is not the longest at most of them. */
function checkDecisions(context: CheckContext): void {
  const longest: string[] = [];
  let decisions = 0;
  for (const [nodeId, node] of Object.entries(context.scenario.nodes)) {
    if (node.kind === 'ending' || node.choices.length < 2) continue;
    decisions += 1;
    const skilled = node.choices.filter(isCareful);
    if (node.kind === 'explain' && skilled.length === 0) {
      context.report({
        path: ['nodes', nodeId, 'choices'],
        key: true,
        severity: 'error',
        code: 'no-correct-answer',
        message: `explain node '${nodeId}' has no answer marked \`correct: true\`, so no learner can answer it right`,
        fix: 'mark the right answer (or answers) `correct: true` and the others `correct: false`',
      });
      continue;
    }
    if (skilled.length === 0) {
      context.report({
        path: ['nodes', nodeId],
        key: true,
        severity: 'warning',
        code: 'no-skilled-option',
        message: `node '${nodeId}' offers ${node.choices.length} choices and none is 'skilled', so the best play cannot be told apart here`,
        fix: 'mark the choice a skilled handler would make `stance: skilled`, or write one',
      });
      continue;
    }
    const others = node.choices.filter((choice: Choice) => !isCareful(choice));
    const longestOther = Math.max(0, ...others.map((choice: Choice) => choice.say.length));
    if (skilled.some((choice: Choice) => choice.say.length > longestOther)) longest.push(nodeId);
  }
  if (decisions === 0 || longest.length / decisions <= SKILLED_LONGEST_LIMIT) return;
  context.report({
    path: ['nodes'],
    key: true,
    severity: 'warning',
    code: 'skilled-longest',
    message: `the skilled option is the longest at ${longest.length} of ${decisions} decisions (${quoteList(longest).join(', ')}), so "pick the longest" wins without judgement`,
    fix: `make options at a decision comparable in length and manner, so the skilled one is the longest at no more than ${Math.round(SKILLED_LONGEST_LIMIT * 100)}% of them`,
  });
}

/** A skilled option that only loses points is mislabelled, or its evidence is. */
function checkSkilledEvidence(context: CheckContext, carriers: readonly Carrier[]): void {
  for (const carrier of carriers) {
    if (carrier.kind !== 'choice' || !carrier.careful) continue;
    const values = strengths(carrier.evidence).map(([, value]) => value);
    if (!values.some((value) => value < 0) || values.some((value) => value > 0)) continue;
    const answer = context.scenario.nodes[carrier.nodeId]?.kind === 'explain';
    context.report({
      path: carrier.path,
      severity: 'warning',
      code: 'skilled-only-negative',
      message: `${answer ? 'correct answer' : 'skilled choice'} '${carrier.id}' (node '${carrier.nodeId}') carries only negative evidence`,
      fix: `say what the ${answer ? 'answer' : 'choice'} shows with positive evidence, or change its ${answer ? '`correct`' : 'stance'}`,
    });
  }
}

/**
 * At an explain node the right answer is the best whatever the numbers, so a wrong answer that
 * carries more evidence than every right one contradicts it.
 */
function checkAnswers(context: CheckContext): void {
  const total = (evidence: Evidence): number =>
    strengths(evidence).reduce((sum, [, value]) => sum + value, 0);
  for (const [nodeId, node] of Object.entries(context.scenario.nodes)) {
    if (node.kind !== 'explain') continue;
    const right = node.choices.filter((choice) => choice.correct);
    if (right.length === 0) continue;
    const bestRight = Math.max(...right.map(total));
    node.choices.forEach((choice, index) => {
      if (choice.correct || total(choice) <= bestRight) return;
      context.report({
        path: ['nodes', nodeId, 'choices', index],
        severity: 'warning',
        code: 'wrong-answer-outscores',
        message: `wrong answer '${choice.id}' (node '${nodeId}') carries more evidence than any correct answer`,
        fix: 'give the correct answer the evidence, or check which answer is marked `correct: true`',
      });
    });
  }
}

/** Evidence only the weaker options can earn: the skilled player can never show it. */
function checkOfferedOnlyByWeaker(context: CheckContext, carriers: readonly Carrier[]): void {
  const offeredBy = new Map<string, { careful: boolean; first: Carrier; all: Carrier[] }>();
  for (const carrier of carriers) {
    for (const [id, value] of strengths(carrier.evidence)) {
      if (value <= 0) continue;
      const known = offeredBy.get(id);
      if (known === undefined) {
        offeredBy.set(id, { careful: carrier.careful, first: carrier, all: [carrier] });
      } else {
        known.careful ||= carrier.careful;
        known.all.push(carrier);
      }
    }
  }
  for (const [id, { careful, first, all }] of offeredBy) {
    if (careful) continue;
    context.report({
      path: first.path,
      severity: 'warning',
      code: 'offered-only-by-weaker',
      message: `'${id}' has positive evidence only on options that are not skilled (${all.map(describeCarrier).join(', ')}), so the best play can never show it`,
      fix: `give '${id}' to the skilled option (or a correct answer, a relevant record, an accurate entry) where it belongs, or take it off the weaker ones`,
    });
  }
}

/** A rule the scenario lists but nothing cites is never taught or judged here. */
function checkLawCited(context: CheckContext, carriers: readonly Carrier[]): void {
  const cited = new Set(carriers.flatMap((carrier) => carrier.law));
  context.scenario.law.forEach((id, index) => {
    if (cited.has(id)) return;
    context.report({
      path: ['law', index],
      severity: 'warning',
      code: 'law-never-cited',
      message: `'${id}' is listed in the scenario's \`law\` but no choice, record or log entry cites it`,
      fix: `cite it with \`law: [${id}]\` where it matters, or take it out of the list`,
    });
  });
}

/**
 * Knowledge criteria are evidenced where the learner explains or answers (explain nodes, knowledge
 * checks), performance criteria where the learner acts: picking a good action says nothing about
 * whether the learner could explain why.
 */
function checkKnowledgeWhereAsked(context: CheckContext, carriers: readonly Carrier[]): void {
  for (const carrier of carriers) {
    if (own(context.scenario.nodes, carrier.nodeId)?.kind === 'explain') continue;
    for (const id of Object.keys(carrier.evidence.criteria ?? {}) as CriterionId[]) {
      if (!isKnowledgeCriterion(id)) continue;
      context.report({
        path: [...carrier.path, 'criteria', id],
        key: true,
        severity: 'error',
        code: 'knowledge-outside-explain',
        message: `'${id}' is a knowledge criterion, claimed on ${describeCarrier(carrier)}; knowledge is evidenced only where the learner explains or answers`,
        fix: 'move it to an explain node (or a knowledge-check question) that asks for that knowledge, and keep performance criteria here',
      });
    }
  }
}
