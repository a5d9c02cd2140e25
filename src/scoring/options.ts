import type { CriterionId, LawRuleId, MisconceptionId, TechniqueId } from '../curriculum/ids.ts';
import { criterion } from '../curriculum/lookups.ts';
import {
  RISK_LEVELS,
  STANCES,
  type Choice,
  type RiskLevel,
  type Evidence,
  type NodeOfKind,
  type Scenario,
  type ScenarioNode,
  type Stance,
} from '../scenario/schema.ts';
import { choicesOf, nodeAt, TIMEOUT_OPTION_ID, timeoutOf } from '../engine/context.ts';
import { authorsAnalysis } from '../engine/analysis.ts';
import type { Decision } from '../engine/types.ts';
import { ANALYSIS_CRITERIA } from '../scenario/analysis-evidence.ts';
import type { AnalysisComparison } from './debrief.ts';

/** An option the learner had at a moment, with the evidence it carries. */
export interface ScoredOption {
  id: string | null;
  say: string;
  stance: Stance | null;
  /** Entries: whether the author marked it accurate (breaks ties between equal evidence). */
  accurate?: boolean;
  /** Explain answers: whether the answer is right (a right answer is always the best). */
  correct?: boolean;
  techniques: Partial<Record<TechniqueId, number>>;
  criteria: Partial<Record<CriterionId, number>>;
  why: string;
  critical?: Choice['critical'];
  law: LawRuleId[];
  misconceptions: MisconceptionId[];
}

/**
 * A moment as scoring sees it. Most moments pick one option among several; a records moment sums
 * the evidence of every record opened, against the positive evidence of all of them.
 */
export type MomentOptions =
  | {
      mode: 'one-of';
      options: ScoredOption[];
      chosen: ScoredOption;
      best: ScoredOption;
      /** Set at an options node's analysis: the learner's analysis beside the author's. */
      analysis?: AnalysisComparison;
    }
  | { mode: 'records'; records: ScoredOption[]; opened: ScoredOption[]; best: ScoredOption };

type LogEntry = NodeOfKind<'record'>['fields'][number]['entries'][number];
type CaseRecord = NodeOfKind<'investigate'>['records'][number];
type Criteria = Partial<Record<CriterionId, number>>;

const counted = {
  explaining: new WeakMap<Criteria, Criteria>(),
  acting: new WeakMap<Criteria, Criteria>(),
};

/**
 * The criteria evidence counts for at a node. Knowledge criteria are evidenced only where the
 * learner explains or answers, performance criteria only where the learner acts; the other kind
 * is ignored there, never credited.
 */
export function countedCriteria(node: ScenarioNode, criteria: Criteria | undefined): Criteria {
  if (criteria === undefined) return {};
  const explaining = node.kind === 'explain';
  const cache = explaining ? counted.explaining : counted.acting;
  const known = cache.get(criteria);
  if (known !== undefined) return known;
  const kept = Object.fromEntries(
    (Object.entries(criteria) as [CriterionId, number][]).filter(
      ([id]) => (criterion(id).kind === 'knowledge') === explaining,
    ),
  ) as Criteria;
  cache.set(criteria, kept);
  return kept;
}

const sum = (values: Iterable<number>): number => {
  let total = 0;
  for (const value of values) total += value;
  return total;
};

export const totalEvidence = (evidence: Evidence): number =>
  sum(Object.values(evidence.techniques ?? {})) + sum(Object.values(evidence.criteria ?? {}));

const stanceRank = (option: ScoredOption): number =>
  option.stance === null
    ? option.accurate === true || option.correct === true
      ? 0
      : STANCES.length
    : STANCES.indexOf(option.stance);

/**
 * The option with the most total evidence; ties go to the better stance, then author order. Among
 * explain answers a right one beats any wrong one, whatever the numbers.
 */
export function bestOf<T extends ScoredOption>(options: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const option of options) {
    if (best === undefined) {
      best = option;
      continue;
    }
    if (option.correct !== undefined && best.correct !== undefined) {
      if (option.correct && !best.correct) best = option;
      if (option.correct !== best.correct) continue;
    }
    const difference = totalEvidence(option) - totalEvidence(best);
    if (difference > 0 || (difference === 0 && stanceRank(option) < stanceRank(best)))
      best = option;
  }
  return best;
}

/** A choice; an explain answer is judged by `correct`, so any stance it carries is not read. */
export const fromChoice = (node: ScenarioNode, choice: Choice): ScoredOption => ({
  id: choice.id,
  say: choice.say,
  ...('correct' in choice
    ? { stance: null, correct: choice.correct }
    : { stance: choice.stance ?? null }),
  techniques: choice.techniques ?? {},
  criteria: countedCriteria(node, choice.criteria),
  why: choice.why,
  ...(choice.critical === undefined ? {} : { critical: choice.critical }),
  law: choice.law ?? [],
  misconceptions: choice.misconceptions ?? [],
});

/** A complaint-log entry: no stance, so its `accurate` flag breaks ties. */
export const fromEntry = (node: ScenarioNode, entry: LogEntry): ScoredOption => ({
  id: entry.id,
  say: entry.text,
  stance: null,
  accurate: entry.accurate,
  techniques: entry.techniques ?? {},
  criteria: countedCriteria(node, entry.criteria),
  why: entry.why,
  law: entry.law ?? [],
  misconceptions: entry.misconceptions ?? [],
});

export function timeoutOption(node: ScenarioNode): ScoredOption | undefined {
  const timeout = timeoutOf(node);
  if (timeout === undefined) return undefined;
  return {
    id: TIMEOUT_OPTION_ID,
    say:
      timeout.says === undefined
        ? 'You let the time run out.'
        : `You let the time run out: “${timeout.says}”`,
    stance: timeout.stance,
    techniques: timeout.techniques ?? {},
    criteria: countedCriteria(node, timeout.criteria),
    why: timeout.why,
    ...(timeout.critical === undefined ? {} : { critical: timeout.critical }),
    law: timeout.law ?? [],
    misconceptions: timeout.misconceptions ?? [],
  };
}

/** A record the learner may open at an investigate node. */
export const fromRecord = (node: ScenarioNode, record: CaseRecord): ScoredOption => ({
  id: record.id,
  say: record.title,
  stance: null,
  accurate: record.relevant,
  techniques: record.techniques ?? {},
  criteria: countedCriteria(node, record.criteria),
  why: record.why,
  law: record.law ?? [],
  misconceptions: [],
});

const NOTHING = (label: string): ScoredOption => ({
  id: null,
  say: `Left “${label}” empty.`,
  stance: null,
  techniques: {},
  criteria: {},
  why: 'An empty field records nothing, so nobody reading the log later can rely on it.',
  law: [],
  misconceptions: [],
});

/** The options behind a logged decision, read from the scenario (never from the log). */
export function optionsFor(scenario: Scenario, decision: Decision): MomentOptions {
  const node = nodeAt(scenario, decision.nodeId);
  switch (decision.kind) {
    case 'choice':
    case 'timeout': {
      const offered = choicesOf(node)
        .filter((choice) => decision.offered.includes(choice.id))
        .map((choice) => fromChoice(node, choice));
      const timeout = decision.timed ? timeoutOption(node) : undefined;
      const options = timeout === undefined ? offered : [...offered, timeout];
      const chosen =
        decision.kind === 'timeout'
          ? timeout
          : options.find((option) => option.id === decision.choiceId);
      const best = bestOf(options);
      if (chosen === undefined || best === undefined) {
        throw new Error(`The log names an option that node "${decision.nodeId}" does not offer.`);
      }
      return { mode: 'one-of', options, chosen, best };
    }
    case 'field': {
      if (node.kind !== 'record') throw new Error(`Node "${decision.nodeId}" has no fields.`);
      const field = node.fields.find((each) => each.id === decision.fieldId);
      if (field === undefined)
        throw new Error(`Node "${decision.nodeId}" has no field "${decision.fieldId}".`);
      const options = field.entries.map((entry) => fromEntry(node, entry));
      const chosen =
        options.find((option) => option.id === decision.entryId) ?? NOTHING(field.label);
      const best = bestOf(options) ?? NOTHING(field.label);
      return { mode: 'one-of', options, chosen, best };
    }
    case 'analysis':
      return analysisOptions(scenario, decision);
    case 'records': {
      if (node.kind !== 'investigate') throw new Error(`Node "${decision.nodeId}" has no records.`);
      const records = node.records.map((record) => fromRecord(node, record));
      const worthOpening = records.filter((record) => totalEvidence(record) > 0);
      return {
        mode: 'records',
        records,
        opened: records.filter(
          (record) => record.id !== null && decision.opened.includes(record.id),
        ),
        best: {
          id: null,
          say:
            worthOpening.length === 0
              ? 'Open none of the records.'
              : `Open ${worthOpening.map((record) => record.say).join('; ')}.`,
          stance: null,
          techniques: {},
          criteria: {},
          why: worthOpening.map((record) => record.why).join(' '),
          law: worthOpening.flatMap((record) => record.law),
          misconceptions: [],
        },
      };
    }
  }
}

type AnalysisDecision = Extract<Decision, { kind: 'analysis' }>;

/** A rating two levels out (low for high) counts against the learner; one level out earns nothing. */
const ratingPoints = (learner: RiskLevel | null, author: RiskLevel): number => {
  if (learner === null) return 0;
  const apart = Math.abs(RISK_LEVELS.indexOf(learner) - RISK_LEVELS.indexOf(author));
  return apart === 0 ? 1 : apart === 1 ? 0 : -1;
};

const AUDIENCE_WORDS = { customer: 'the customer', organisation: 'the organisation' } as const;

/**
 * An options node's analysis as two options, scored alike: the learner's and the author's. Each
 * right benefit is a point of 312.2.3; each right risk and right rating a point of 312.2.4; putting
 * the option forward to the right party a point of MRC 2.4 (customer) or MRC 2.5 (organisation).
 */
function analysisOptions(scenario: Scenario, decision: AnalysisDecision): MomentOptions {
  const node = nodeAt(scenario, decision.nodeId);
  if (node.kind !== 'options') throw new Error(`Node "${decision.nodeId}" is not an options node.`);
  const textOf = (items: readonly { id: string; text: string }[], itemId: string | null) =>
    itemId === null ? null : (items.find((item) => item.id === itemId)?.text ?? null);
  const rows: AnalysisComparison['rows'] = node.options.map((option) => {
    const author = authorsAnalysis(option);
    const learner = decision.options.find((each) => each.optionId === option.id);
    return {
      optionId: option.id,
      title: option.title,
      learner: {
        benefit: textOf(option.benefits, learner?.benefit ?? null),
        risk: textOf(option.risks, learner?.risk ?? null),
        rating: learner?.rating ?? null,
      },
      author: {
        benefit: textOf(option.benefits, author.benefit) ?? '',
        risk: textOf(option.risks, author.risk) ?? '',
        rating: author.rating,
        note: option.riskNote,
      },
      benefitRight: learner?.benefit === author.benefit,
      riskRight: learner?.risk === author.risk,
      ratingRight: learner?.rating === author.rating,
    };
  });
  const forward = node.options.find((option) => option.id === decision.putForward);
  if (forward === undefined)
    throw new Error(`Node "${decision.nodeId}" has no option "${decision.putForward}".`);
  const rightAudience = forward.putTo;
  const audienceCriterion: CriterionId = ANALYSIS_CRITERIA[rightAudience];
  const learnerPoints: Criteria = {
    [ANALYSIS_CRITERIA.benefit]: rows.filter((row) => row.benefitRight).length,
    [ANALYSIS_CRITERIA.risk]:
      rows.filter((row) => row.riskRight).length +
      sum(rows.map((row) => ratingPoints(row.learner.rating, row.author.rating))),
    [audienceCriterion]: decision.putTo === rightAudience ? 1 : 0,
  };
  const authorPoints: Criteria = {
    [ANALYSIS_CRITERIA.benefit]: rows.length,
    [ANALYSIS_CRITERIA.risk]: 2 * rows.length,
    [audienceCriterion]: 1,
  };
  const count = (right: (row: (typeof rows)[number]) => boolean) =>
    `${rows.filter(right).length} of ${rows.length}`;
  const misses = rows.flatMap((row) => [
    ...(row.benefitRight
      ? []
      : [`For “${row.title}” the main benefit is “${row.author.benefit}”.`]),
    ...(row.riskRight ? [] : [`For “${row.title}” the main risk is “${row.author.risk}”.`]),
    ...(row.ratingRight ? [] : [`“${row.title}” is ${row.author.rating} risk: ${row.author.note}`]),
  ]);
  const learner: ScoredOption = {
    id: '@analysis-learner',
    say: `Your analysis: the main benefit of ${count((row) => row.benefitRight)} options, the main risk of ${count((row) => row.riskRight)} and the risk rating of ${count((row) => row.ratingRight)} as the author sees them; you put “${forward.title}” to ${decision.putTo === null ? 'nobody' : AUDIENCE_WORDS[decision.putTo]}.`,
    stance: null,
    techniques: {},
    criteria: learnerPoints,
    why:
      misses.length === 0 && decision.putTo === rightAudience
        ? 'Your analysis matches the author’s for every option.'
        : [
            ...misses,
            ...(decision.putTo === rightAudience
              ? []
              : [`“${forward.title}” is for ${AUDIENCE_WORDS[rightAudience]} to decide on.`]),
          ].join(' '),
    law: [],
    misconceptions: [],
  };
  const author: ScoredOption = {
    id: '@analysis-author',
    say: `The author’s analysis of every option, and “${forward.title}” put to ${AUDIENCE_WORDS[rightAudience]}.`,
    stance: null,
    techniques: {},
    criteria: authorPoints,
    why: rows.map((row) => `“${row.title}”: ${row.author.note}`).join(' '),
    law: [],
    misconceptions: [],
  };
  return {
    mode: 'one-of',
    options: [learner, author],
    chosen: learner,
    best: author,
    analysis: {
      rows,
      putForward: { optionId: forward.id, title: forward.title },
      putTo: { learner: decision.putTo, author: rightAudience },
    },
  };
}

type Tally = { taken: number; available: number };
type Tallies<K extends string> = Partial<Record<K, Tally>>;

function tallyOneOf<K extends string>(
  options: readonly ScoredOption[],
  chosen: ScoredOption,
  best: ScoredOption,
  pick: (option: ScoredOption) => Partial<Record<K, number>>,
): Tallies<K> {
  const touched = new Set<K>();
  for (const option of options) for (const id of Object.keys(pick(option)) as K[]) touched.add(id);
  const tallies: Tallies<K> = {};
  for (const id of touched) {
    // An opportunity only where some option offers positive evidence: the most on offer is what
    // was available. Negative evidence taken where nothing positive was on offer still counts
    // against; otherwise nothing was at stake, and scoring it would reward avoiding nothing.
    const available = Math.max(0, ...options.map((option) => pick(option)[id] ?? 0));
    const taken = pick(chosen)[id] ?? 0;
    if (available > 0 || taken < 0) tallies[id] = { taken, available };
  }
  return tallies;
}

function tallyRecords<K extends string>(
  records: readonly ScoredOption[],
  opened: readonly ScoredOption[],
  pick: (option: ScoredOption) => Partial<Record<K, number>>,
): Tallies<K> {
  const tallies: Tallies<K> = {};
  for (const record of records) {
    for (const [id, value] of Object.entries(pick(record)) as [K, number][]) {
      const tally = tallies[id] ?? { taken: 0, available: 0 };
      tally.available += Math.max(0, value);
      if (opened.includes(record)) tally.taken += value;
      tallies[id] = tally;
    }
  }
  // As for one-of moments: an id is at stake only with something positive on offer, or harm done.
  for (const [id, tally] of Object.entries(tallies) as [K, Tally][])
    if (tally.available <= 0 && tally.taken >= 0) delete tallies[id];
  return tallies;
}

/** What each technique and criterion touched at a moment made available, and what was taken. */
export function tallyMoment(moment: MomentOptions): {
  techniques: Tallies<TechniqueId>;
  criteria: Tallies<CriterionId>;
} {
  const techniques = (option: ScoredOption) => option.techniques;
  const criteria = (option: ScoredOption) => option.criteria;
  if (moment.mode === 'records') {
    return {
      techniques: tallyRecords(moment.records, moment.opened, techniques),
      criteria: tallyRecords(moment.records, moment.opened, criteria),
    };
  }
  return {
    techniques: tallyOneOf(moment.options, moment.chosen, moment.best, techniques),
    criteria: tallyOneOf(moment.options, moment.chosen, moment.best, criteria),
  };
}
