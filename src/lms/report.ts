import { criteria } from '../curriculum/criteria.ts';
import type { EvidenceStatus } from '../curriculum/evidence.ts';
import type { CriterionId } from '../curriculum/ids.ts';
import { replayCheck } from '../engine/check-session.ts';
import type { Transcript } from '../engine/types.ts';
import { packSummary } from '../records/pack-summary.ts';
import type { ScoredCheck } from '../records/scored-check.ts';
import type { ScoredPlay } from '../records/scored-play.ts';
import type { Pack } from '../scenario/pack-schema.ts';
import type { Scenario } from '../scenario/schema.ts';
import { scoreTranscript, statusOf, type Debrief, type Tally } from '../scoring/index.ts';
import { interactionIdOf, lmsSafeId } from './lms-safe-id.ts';
import type { LmsInteraction, LmsObjective, LmsReport } from './lms-report.ts';

/*
 * The one snapshot every LMS adapter writes (lms-report.ts), worked out from the learner's stored
 * plays and checks in the pack through the same scoring as the pack summary, so the LMS and the
 * learner's own pack summary never disagree. A knowledge check's answers are interactions too:
 * their `scenarioId` is the check's id and their `nodeId` the question's.
 */

/** Better evidence ranks higher; "no chance to come up" is the least (as the pack summary ranks). */
const RANK: Record<EvidenceStatus, number> = {
  met: 3,
  'partly-met': 2,
  'not-met': 1,
  'no-opportunity': 0,
};

export interface LmsReportInput {
  pack: Pack;
  /** The profile's stored plays, scored; only those made in this pack count. */
  plays: readonly ScoredPlay[];
  /** The profile's stored checks, scored; only those taken in this pack count. */
  checks?: readonly ScoredCheck[];
  /** The play in progress, whose choices are reported as they are made. */
  current?: { scenario: Scenario; transcript: Transcript; at: string } | undefined;
}

/** A choice's evidence for one criterion, by the thresholds every criterion status uses. */
const tallyStatus = ({ taken, available }: Tally): EvidenceStatus =>
  statusOf(available > 0 ? Math.max(0, Math.round((100 * taken) / available)) : null);

/** One interaction per choice the learner made, in the order made. */
function interactionsOf(scenarioId: string, debrief: Debrief, at: string): LmsInteraction[] {
  return debrief.moments.flatMap((moment): LmsInteraction[] => {
    if (moment.kind !== 'choice' || moment.chosen.id === null) return [];
    return [
      {
        id: interactionIdOf(scenarioId, moment.nodeId, moment.chosen.id),
        scenarioId,
        nodeId: moment.nodeId,
        response: moment.chosen.id,
        result: moment.best.id === null ? 'neutral' : moment.tookBest ? 'correct' : 'incorrect',
        techniques: Object.keys(moment.techniques),
        criteria: (Object.entries(moment.criteria) as [CriterionId, Tally][]).map(
          ([criterion, tally]) => ({ criterion, status: tallyStatus(tally) }),
        ),
        at,
        latencyMs: null,
      },
    ];
  });
}

/**
 * A knowledge check's answers as choices: the answer picked (for an order question, the steps in
 * the order given, comma-separated, under the question's own id), right or not, and the
 * criteria the question asks about.
 */
function checkInteractionsOf(check: ScoredCheck & { ok: true }, at: string): LmsInteraction[] {
  let answered;
  try {
    answered = replayCheck(check.check, check.record.result.transcript).answered();
  } catch {
    return [];
  }
  const checkId = check.check.id;
  return answered.map((feedback) => ({
    id:
      'answerId' in feedback.given
        ? interactionIdOf(checkId, feedback.questionId, feedback.given.answerId)
        : lmsSafeId([checkId, feedback.questionId]),
    scenarioId: checkId,
    nodeId: feedback.questionId,
    response:
      'answerId' in feedback.given ? feedback.given.answerId : feedback.given.order.join(','),
    result: feedback.correct ? 'correct' : 'incorrect',
    techniques: [],
    criteria: feedback.criteria.map((criterion) => ({
      criterion,
      status: feedback.correct ? 'met' : 'not-met',
    })),
    at,
    latencyMs: null,
  }));
}

export function lmsReportOf(input: LmsReportInput): LmsReport {
  return lmsReportWithKeys(input).report;
}

/** An interaction's place in its play: the scenario, the seed and the choices up to it. */
const pathKeys = (scenarioId: string, seed: number, interactions: LmsInteraction[]): string[] => {
  let path = `${scenarioId}:${seed}`;
  return interactions.map((interaction) => (path = `${path}>${interaction.id}`));
};

/**
 * The report with a key per interaction that names the choice within its play (scenario, seed,
 * the path of choices to it, and which play of that path it is, oldest first), so a caller can
 * tell a choice it has already sent from a new one however the list is ordered: a play set aside
 * and another started puts the new play's choices where the old one's were.
 */
export function lmsReportWithKeys({ pack, plays, checks = [], current }: LmsReportInput): {
  report: LmsReport;
  keys: string[];
} {
  const inPack = plays.filter(
    (play) =>
      play.record.result.packId === pack.id &&
      pack.scenarios.includes(play.record.result.scenarioId),
  );
  const summary = packSummary({ pack, titleOf: () => undefined, plays: inPack });
  const checksInPack = checks.filter(
    (check): check is ScoredCheck & { ok: true } =>
      check.ok &&
      check.record.result.packId === pack.id &&
      (pack.knowledgeChecks ?? []).includes(check.record.result.checkId),
  );

  // Each criterion's best status and best score across the pack's plays and checks.
  const best = new Map<CriterionId, { status: EvidenceStatus; score: number | null }>();
  const offer = (id: CriterionId, status: EvidenceStatus, score: number | null): void => {
    const before = best.get(id);
    if (before === undefined) {
      best.set(id, { status, score });
      return;
    }
    best.set(id, {
      status: RANK[status] > RANK[before.status] ? status : before.status,
      score:
        score === null
          ? before.score
          : before.score === null
            ? score
            : Math.max(score, before.score),
    });
  };
  for (const play of inPack) {
    if (!play.ok) continue;
    for (const [id, result] of Object.entries(play.debrief.criteria) as [
      CriterionId,
      { status: EvidenceStatus; score: number | null },
    ][])
      offer(id, result.status, result.score);
  }
  for (const check of checksInPack) {
    for (const [id, result] of Object.entries(check.result.criteria) as [
      CriterionId,
      { status: EvidenceStatus; score: number | null },
    ][])
      offer(id, result.status, result.score);
  }
  const objectives = [...best]
    .sort(([a], [b]) => a.localeCompare(b, 'en-GB', { numeric: true }))
    .map(([criterion, { status, score }]): LmsObjective => ({
      criterion,
      kind: criteria[criterion].kind,
      text: criteria[criterion].text,
      status,
      score,
    }));

  // Oldest first, then the play in progress: the list only grows as the learner goes on.
  const interactions: LmsInteraction[] = [];
  const keys: string[] = [];
  const seen = new Map<string, number>();
  const add = (scenarioId: string, seed: number, made: LmsInteraction[]): void => {
    interactions.push(...made);
    for (const key of pathKeys(scenarioId, seed, made)) {
      const times = (seen.get(key) ?? 0) + 1;
      seen.set(key, times);
      keys.push(`${key}#${times}`);
    }
  };
  // Scenario plays and checks as they were saved, oldest first.
  const done = [
    ...inPack.flatMap((play) => (play.ok ? [{ savedAt: play.record.savedAt, play }] : [])),
    ...checksInPack.map((check) => ({ savedAt: check.record.savedAt, check })),
  ].sort((a, b) => a.savedAt.localeCompare(b.savedAt));
  for (const item of done) {
    if ('play' in item) {
      const { scenarioId, transcript } = item.play.record.result;
      add(scenarioId, transcript.seed, interactionsOf(scenarioId, item.play.debrief, item.savedAt));
    } else {
      const { checkId, transcript } = item.check.record.result;
      add(checkId, transcript.seed, checkInteractionsOf(item.check, item.savedAt));
    }
  }
  if (current !== undefined && pack.scenarios.includes(current.scenario.id)) {
    try {
      const debrief = scoreTranscript(current.scenario, current.transcript);
      add(
        current.scenario.id,
        current.transcript.seed,
        interactionsOf(current.scenario.id, debrief, current.at),
      );
    } catch {
      // A play that does not score reports nothing: the LMS keeps what it had.
    }
  }

  const checksDone = (pack.knowledgeChecks ?? []).every((checkId) =>
    checksInPack.some((check) => check.record.result.checkId === checkId && check.result.complete),
  );
  const completed = summary.score !== null && checksDone;
  return {
    report: {
      packId: pack.id,
      packTitle: pack.title,
      passMark: pack.passMark,
      score: summary.score,
      completed,
      passed: completed && summary.score !== null ? summary.score >= pack.passMark : null,
      objectives,
      interactions,
    },
    keys,
  };
}
