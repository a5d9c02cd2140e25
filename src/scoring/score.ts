import { LAW_RULE_IDS, type LawRuleId, type MisconceptionId } from '../curriculum/ids.ts';
import { rangeOf } from '../scenario/coverage.ts';
import type { Scenario } from '../scenario/schema.ts';
import { SessionError } from '../engine/errors.ts';
import { contentHash } from '../engine/hash.ts';
import {
  assertSameChances,
  assertSameScenario,
  replayOptions,
  startSession,
  type Session,
} from '../engine/session.ts';
import type { Decision, SessionEvent, Transcript } from '../engine/types.ts';
import { bestPaths, endingReached } from './best-path.ts';
import { capReasons, criticalErrorAt } from './critical.ts';
import type { BestPath, Debrief, DebriefMoment, StyleMark } from './debrief.ts';
import { momentSummary, tookBestAt } from './moments.ts';
import { optionsFor, tallyMoment, type ScoredOption } from './options.ts';
import { overallOf } from './overall.ts';
import { describeStyle } from './style.ts';
import { evidenceTally } from './tally.ts';

export { CRITICAL_OVERALL_CAP } from './critical.ts';
export { MET_AT, PARTLY_MET_AT, statusOf } from './tally.ts';

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
    case 'PICK_BENEFIT':
    case 'PICK_RISK':
      return `${event.type} ${event.optionId}=${event.itemId}`;
    case 'RATE_RISK':
      return `RATE_RISK ${event.optionId}=${event.level}`;
    case 'PUT_TO':
      return `PUT_TO ${event.audience}`;
  }
};

/**
 * Whether the learner showed the misconceptions an option is tagged with: by a wrong explain
 * answer, an inaccurate log entry, or a reply that is neither skilled nor adequate.
 */
function misheld(kind: Decision['kind'], chosen: ScoredOption): boolean {
  if (chosen.correct !== undefined) return !chosen.correct;
  if (kind === 'field') return chosen.accurate === false;
  if (kind !== 'choice' && kind !== 'timeout') return false;
  return chosen.stance !== 'skilled' && chosen.stance !== 'adequate';
}

/**
 * Replay a transcript through the engine and score it: the one scoring path for the game, the
 * CLI, tests and the gradebook. Throws SessionError for another scenario version or an illegal event.
 */
export function replayAndScore(
  scenario: Scenario,
  transcript: Transcript,
): { session: Session; debrief: Debrief } {
  assertSameScenario(scenario, transcript.scenario, 'transcript');
  const session = startSession({ scenario, ...replayOptions(transcript) });
  const timeline: Debrief['timeline'] = [
    { step: 0, nodeId: session.context().nodeId, mood: session.context().mood },
  ];
  // A way back to just before each logged decision, so "what the best would have led to" can
  // carry on from exactly there. Save points share the engine's state rather than copying it.
  const before: (() => Session)[] = [];
  transcript.events.forEach((event, index) => {
    const logged = session.context().decisions.length;
    const saved =
      event.type === 'CHOOSE' || event.type === 'TIMEOUT'
        ? session.savePoint({ lookAhead: true })
        : undefined;
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
    if (saved !== undefined)
      for (let d = logged; d < context.decisions.length; d += 1) before[d] = saved;
    timeline.push({ step: context.step, nodeId: context.nodeId, mood: context.mood });
  });
  assertSameChances(session, transcript);
  const debrief = buildDebrief({ scenario, transcript, session, before, timeline });
  return { session, debrief };
}

export const scoreTranscript = (scenario: Scenario, transcript: Transcript): Debrief =>
  replayAndScore(scenario, transcript).debrief;

function buildDebrief(input: {
  scenario: Scenario;
  transcript: Transcript;
  session: Session;
  before: (() => Session)[];
  timeline: Debrief['timeline'];
}): Debrief {
  const { scenario, transcript, session, before, timeline } = input;
  const tally = evidenceTally(scenario);
  const followBest = bestPaths(scenario);
  const moments: DebriefMoment[] = [];
  const criticalErrors: Debrief['criticalErrors'] = [];
  const law = new Set<LawRuleId>();
  const misconceptions = new Set<MisconceptionId>();
  const sequence: StyleMark[] = [];
  // The countdowns the learner had; a transcript from before they were recorded gets the replay's.
  const countdowns = transcript.countdowns ?? session.transcript().countdowns ?? [];

  session.context().decisions.forEach((decision, index) => {
    const options = optionsFor(scenario, decision);
    const tallies = tallyMoment(options);
    tally.add(tallies, index);
    const chosen = options.mode === 'one-of' ? options.chosen : undefined;
    // The law a moment touched: what the learner chose or opened, and what the best option cites.
    const chosenLaw =
      chosen?.law ??
      (options.mode === 'records' ? options.opened.flatMap((record) => record.law) : []);
    [...chosenLaw, ...options.best.law].forEach((id) => law.add(id));
    if (chosen !== undefined && misheld(decision.kind, chosen))
      for (const id of chosen.misconceptions) misconceptions.add(id);
    // The style report is about replies; an explain answer is right or wrong, not a manner.
    if (
      chosen !== undefined &&
      chosen.correct === undefined &&
      (decision.kind === 'choice' || decision.kind === 'timeout')
    ) {
      sequence.push(decision.kind === 'timeout' ? 'timeout' : (chosen.stance ?? 'adequate'));
    }
    const critical = criticalErrorAt(decision, chosen);
    if (critical !== null) criticalErrors.push(critical);
    const tookBest = tookBestAt(options, tallies);
    const resume = before[index];
    const bestLeadsTo: BestPath | null =
      // An analysis changes no route: where the best option leads is the choice moment's to show.
      tookBest || resume === undefined || decision.kind === 'analysis'
        ? null
        : followBest(resume(), decision.step - 1);
    const countdown =
      decision.kind === 'choice' || decision.kind === 'timeout'
        ? countdowns.find(
            (each) => each.step === decision.enteredAtStep && each.nodeId === decision.nodeId,
          )
        : undefined;
    const moment = momentSummary({
      scenario,
      decision,
      index,
      options,
      tallies,
      tookBest,
      bestLeadsTo,
    });
    moments.push(
      countdown === undefined
        ? moment
        : {
            ...moment,
            countdown: {
              seconds: countdown.seconds,
              decisionSeconds: countdown.decisionSeconds,
              readingSeconds: countdown.readingSeconds,
            },
          },
    );
  });

  const techniques = tally.techniques();
  const criteria = tally.criteria(capReasons(criticalErrors));
  return {
    format: 'resolve-debrief',
    version: 1,
    scenario: { id: scenario.id, title: scenario.title, contentHash: contentHash(scenario) },
    seed: transcript.seed,
    timing: transcript.timing,
    complete: session.isOver(),
    ending: endingReached(session),
    ...overallOf({ techniques, criteria }, criticalErrors, session.isOver()),
    techniques,
    criteria,
    criticalErrors,
    moments,
    timeline,
    style: describeStyle(sequence),
    range: rangeOf(scenario),
    law: LAW_RULE_IDS.filter((id) => law.has(id)),
    misconceptions: [...misconceptions],
    // Looking ahead, as from every moment: chance goes the likelier way, not the draw.
    bestPath: followBest(
      startSession({ scenario, ...replayOptions(transcript) }).savePoint({ lookAhead: true })(),
      0,
    ),
  };
}
