import {
  CRITERION_IDS,
  LAW_RULE_IDS,
  type CriterionId,
  type LawRuleId,
  type MisconceptionId,
  type TechniqueId,
} from '../curriculum/ids.ts';
import { opportunitiesIn } from '../scenario/coverage.ts';
import type { Scenario } from '../scenario/schema.ts';
import { nodeAt, TIMEOUT_OPTION_ID } from '../engine/context.ts';
import { SessionError } from '../engine/errors.ts';
import { contentHash } from '../engine/hash.ts';
import {
  restoreSession,
  scenarioChangedMessage,
  replayOptions,
  startSession,
  type Session,
} from '../engine/session.ts';
import type { Decision, PersistedSession, SessionEvent, Transcript } from '../engine/types.ts';
import { endingReached, followBestPath } from './best-path.ts';
import { criterionInfo, techniqueInfo } from './catalogue.ts';
import type {
  BestPath,
  CriterionResult,
  CriterionStatus,
  Debrief,
  DebriefMoment,
  OptionSummary,
  StyleMark,
  Tally,
  TechniqueResult,
} from './debrief.ts';
import {
  optionsFor,
  tallyMoment,
  totalEvidence,
  type MomentOptions,
  type ScoredOption,
} from './options.ts';
import { describeStyle } from './style.ts';

/** Thresholds for criterion status, on the 0–100 score. */
export const MET_AT = 75;
export const PARTLY_MET_AT = 40;
/** No play with a critical error can score above this overall. */
export const CRITICAL_OVERALL_CAP = 50;

interface Accumulator {
  taken: number;
  available: number;
  negativeTaken: boolean;
  moments: number[];
}

const emptyAccumulator = (): Accumulator => ({
  taken: 0,
  available: 0,
  negativeTaken: false,
  moments: [],
});

/**
 * Taken over available, as 0–100. Where only negative evidence was possible, keeping clear of it
 * is full marks; no opportunity at all is null, never zero.
 */
function scoreOf(accumulator: Accumulator): number | null {
  if (accumulator.moments.length === 0) return null;
  if (accumulator.available <= 0) return accumulator.negativeTaken ? 0 : 100;
  const ratio = Math.round((100 * accumulator.taken) / accumulator.available);
  return Math.min(100, Math.max(0, ratio));
}

export const statusOf = (score: number | null): CriterionStatus =>
  score === null
    ? 'no-opportunity'
    : score >= MET_AT
      ? 'met'
      : score >= PARTLY_MET_AT
        ? 'partly-met'
        : 'not-met';

const summary = (option: ScoredOption): OptionSummary => ({
  id: option.id,
  say: option.say,
  stance: option.stance,
});

function chosenSummary(options: MomentOptions): OptionSummary {
  if (options.mode === 'one-of') return summary(options.chosen);
  return {
    id: null,
    say:
      options.opened.length === 0
        ? 'Opened none of the records.'
        : `Opened ${options.opened.map((record) => record.say).join('; ')}.`,
    stance: null,
  };
}

function tookBestAt(options: MomentOptions, tallies: ReturnType<typeof tallyMoment>): boolean {
  if (options.mode === 'one-of') {
    return (
      options.chosen.id === options.best.id ||
      totalEvidence(options.chosen) >= totalEvidence(options.best)
    );
  }
  return [...Object.values(tallies.techniques), ...Object.values(tallies.criteria)].every(
    (tally) => tally.taken >= tally.available,
  );
}

/** The events that take the best option at a moment, from the state just before it was left. */
function bestMoveAt(decision: Decision, options: MomentOptions): SessionEvent[] {
  if (options.mode === 'records') {
    return options.records
      .filter((record) => totalEvidence(record) > 0 && !options.opened.includes(record))
      .map((record) => ({ type: 'CHECK_RECORD', recordId: record.id ?? '' }));
  }
  const best = options.best;
  if (best.id === null) return [];
  if (decision.kind === 'field')
    return [{ type: 'FILL_FIELD', fieldId: decision.fieldId, entryId: best.id }];
  return best.id === TIMEOUT_OPTION_ID
    ? [{ type: 'TIMEOUT' }]
    : [{ type: 'CHOOSE', choiceId: best.id }];
}

const describeEvent = (event: SessionEvent): string => {
  switch (event.type) {
    case 'CHOOSE':
      return `CHOOSE ${event.choiceId}`;
    case 'CHECK_RECORD':
      return `CHECK_RECORD ${event.recordId}`;
    case 'FILL_FIELD':
      return `FILL_FIELD ${event.fieldId}=${event.entryId}`;
    case 'TIMEOUT':
      return 'TIMEOUT';
  }
};

/** Refuse a transcript of another scenario, or of another version of this one. */
function assertSameScenario(scenario: Scenario, transcript: Transcript): void {
  if (transcript.scenario.id !== scenario.id) {
    throw new SessionError(
      'scenario-changed',
      `This transcript is for scenario "${transcript.scenario.id}", not "${scenario.id}".`,
    );
  }
  if (transcript.scenario.contentHash !== contentHash(scenario)) {
    throw new SessionError('scenario-changed', scenarioChangedMessage(scenario.id));
  }
}

/**
 * Replay a transcript through the engine and score it: the one scoring path for the game, the
 * CLI, tests and the gradebook. Throws SessionError for another scenario version or an illegal event.
 */
export function replayAndScore(
  scenario: Scenario,
  transcript: Transcript,
): { session: Session; debrief: Debrief } {
  assertSameScenario(scenario, transcript);
  const session = startSession({ scenario, ...replayOptions(transcript) });
  const timeline: Debrief['timeline'] = [
    { step: 0, nodeId: session.context().nodeId, mood: session.context().mood },
  ];
  // The saved state just before each logged decision, so "what the best would have led to" can
  // resume from exactly there.
  const before: PersistedSession[] = [];
  transcript.events.forEach((event, index) => {
    const logged = session.context().decisions.length;
    const saved = event.type === 'CHOOSE' || event.type === 'TIMEOUT' ? session.snapshot() : null;
    try {
      session.send(event);
    } catch (error) {
      if (error instanceof SessionError) {
        throw new SessionError(
          error.code,
          `Event ${index + 1} of the transcript (${describeEvent(event)}) cannot be replayed: ${error.message}`,
        );
      }
      throw error;
    }
    const context = session.context();
    if (saved !== null)
      for (let d = logged; d < context.decisions.length; d += 1) before[d] = saved;
    timeline.push({ step: context.step, nodeId: context.nodeId, mood: context.mood });
  });
  const debrief = buildDebrief({ scenario, transcript, session, before, timeline });
  return { session, debrief };
}

export const scoreTranscript = (scenario: Scenario, transcript: Transcript): Debrief =>
  replayAndScore(scenario, transcript).debrief;

function buildDebrief(input: {
  scenario: Scenario;
  transcript: Transcript;
  session: Session;
  before: PersistedSession[];
  timeline: Debrief['timeline'];
}): Debrief {
  const { scenario, transcript, session, before, timeline } = input;
  // Everything the scenario could evidence anywhere is listed, even if this play never reached it.
  const touched = opportunitiesIn(scenario);
  const techniqueSums = new Map<TechniqueId, Accumulator>(
    touched.techniques.map((id) => [id, emptyAccumulator()]),
  );
  const criterionSums = new Map<CriterionId, Accumulator>(
    touched.criteria.map((id) => [id, emptyAccumulator()]),
  );
  const add = <K extends string>(sums: Map<K, Accumulator>, id: K, tally: Tally, index: number) => {
    const sum = sums.get(id) ?? emptyAccumulator();
    sum.taken += tally.taken;
    sum.available += tally.available;
    sum.negativeTaken ||= tally.taken < 0;
    sum.moments.push(index);
    sums.set(id, sum);
  };

  const moments: DebriefMoment[] = [];
  const criticalErrors: Debrief['criticalErrors'] = [];
  const law = new Set<LawRuleId>();
  const misconceptions: MisconceptionId[] = [];
  const sequence: StyleMark[] = [];

  session.context().decisions.forEach((decision, index) => {
    const options = optionsFor(scenario, decision);
    const tallies = tallyMoment(options);
    for (const [id, tally] of Object.entries(tallies.techniques) as [TechniqueId, Tally][]) {
      add(techniqueSums, id, tally, index);
    }
    for (const [id, tally] of Object.entries(tallies.criteria) as [CriterionId, Tally][]) {
      add(criterionSums, id, tally, index);
    }
    const node = nodeAt(scenario, decision.nodeId);
    const tookBest = tookBestAt(options, tallies);
    const chosen = options.mode === 'one-of' ? options.chosen : undefined;
    // The law a moment touched: what the learner chose or opened, and what the best option cites.
    const chosenLaw =
      chosen?.law ??
      (options.mode === 'records' ? options.opened.flatMap((record) => record.law) : []);
    [...chosenLaw, ...options.best.law].forEach((id) => law.add(id));
    if (chosen !== undefined && (decision.kind === 'choice' || decision.kind === 'timeout')) {
      sequence.push(decision.kind === 'timeout' ? 'timeout' : (chosen.stance ?? 'adequate'));
      if (chosen.stance !== 'skilled' && chosen.stance !== 'adequate') {
        for (const id of chosen.misconceptions)
          if (!misconceptions.includes(id)) misconceptions.push(id);
      }
      if (chosen.critical !== undefined) {
        criticalErrors.push({
          step: decision.step,
          nodeId: decision.nodeId,
          choiceId: chosen.id ?? TIMEOUT_OPTION_ID,
          reason: chosen.critical.reason,
          breaks: [...chosen.critical.breaks],
        });
      }
    }
    const saved = before[index];
    let bestLeadsTo: BestPath | null = null;
    if (!tookBest && saved !== undefined) {
      bestLeadsTo = followBestPath(
        restoreSession({ scenario, snapshot: saved }),
        decision.step - 1,
        bestMoveAt(decision, options),
      );
    }
    const field =
      decision.kind === 'field' && node.kind === 'record'
        ? node.fields.find((each) => each.id === decision.fieldId)
        : undefined;
    const oneOf = decision.kind === 'choice' || decision.kind === 'timeout';
    moments.push({
      index,
      kind: decision.kind,
      step: decision.step,
      enteredAtStep: decision.enteredAtStep,
      nodeId: decision.nodeId,
      nodeTitle: node.title ?? null,
      nodeKind: node.kind,
      label: field?.label ?? ('prompt' in node ? node.prompt : null),
      customerLine: oneOf ? decision.line : null,
      chosen: chosenSummary(options),
      best: summary(options.best),
      tookBest,
      why:
        options.mode === 'one-of'
          ? options.chosen.why
          : options.opened.length === 0
            ? 'You opened no records, so you answered without the facts.'
            : options.opened.map((record) => record.why).join(' '),
      bestWhy: tookBest ? null : options.best.why,
      moodBefore: oneOf ? decision.moodBefore : null,
      moodAfter: oneOf ? decision.moodAfter : null,
      techniques: tallies.techniques,
      criteria: tallies.criteria,
      critical:
        chosen?.critical === undefined
          ? null
          : { reason: chosen.critical.reason, breaks: [...chosen.critical.breaks] },
      bestLeadsTo,
    });
  });

  const techniques: Debrief['techniques'] = {};
  for (const [id, sum] of techniqueSums) {
    const info = techniqueInfo(id);
    const result: TechniqueResult = {
      name: info.name,
      score: scoreOf(sum),
      taken: sum.taken,
      available: sum.available,
      conflictManagement: info.conflictManagement,
      opportunities: sum.moments.length,
      moments: sum.moments,
    };
    techniques[id] = result;
  }

  const capReasons = new Map<CriterionId, string>();
  for (const error of criticalErrors) {
    for (const id of error.breaks) if (!capReasons.has(id)) capReasons.set(id, error.reason);
  }
  const criteria: Debrief['criteria'] = {};
  const criterionIds = CRITERION_IDS.filter((id) => criterionSums.has(id) || capReasons.has(id));
  for (const id of criterionIds) {
    const sum = criterionSums.get(id) ?? emptyAccumulator();
    const info = criterionInfo(id);
    const capped = capReasons.get(id);
    const raw = scoreOf(sum);
    const score = capped === undefined ? raw : Math.min(raw ?? 0, PARTLY_MET_AT - 1);
    const result: CriterionResult = {
      text: info.text,
      status: capped === undefined ? statusOf(score) : 'not-met',
      score,
      kind: info.kind,
      evidence: info.kind === 'knowledge' ? 'knowledge' : 'practised-in-simulation',
      ...(capped === undefined ? {} : { capped }),
      taken: sum.taken,
      available: sum.available,
      opportunities: sum.moments.length,
      moments: sum.moments,
    };
    criteria[id] = result;
  }

  const scored = [
    ...Object.values(techniques).map((result) => result.score),
    ...Object.values(criteria).map((result) => result.score),
  ].filter((score): score is number => score !== null);
  const mean =
    scored.length === 0 ? 0 : Math.round(scored.reduce((a, b) => a + b, 0) / scored.length);
  const overall = criticalErrors.length > 0 ? Math.min(mean, CRITICAL_OVERALL_CAP) : mean;

  return {
    format: 'resolve-debrief',
    version: 1,
    scenario: { id: scenario.id, title: scenario.title, contentHash: contentHash(scenario) },
    seed: transcript.seed,
    timing: transcript.timing,
    complete: session.isOver(),
    ending: endingReached(session),
    overall,
    ...(criticalErrors.length > 0 && mean > CRITICAL_OVERALL_CAP
      ? { overallCapped: `A critical error caps the overall result at ${CRITICAL_OVERALL_CAP}.` }
      : {}),
    techniques,
    criteria,
    criticalErrors,
    moments,
    timeline,
    style: describeStyle(sequence),
    range: [...scenario.range],
    law: LAW_RULE_IDS.filter((id) => law.has(id)),
    misconceptions,
    bestPath: followBestPath(startSession({ scenario, ...replayOptions(transcript) }), 0),
  };
}
