import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Agent, Context, LanguageMap, ResultScore, Statement } from '@xapi/xapi';
import { objectiveIdOf } from '../objective-id.ts';
import type { LmsInteraction, LmsReport } from '../lms-report.ts';
import { z } from '../../scenario/zod.ts';
import type { Cmi5LaunchData } from './launch.ts';

/*
 * What the game says to a cmi5 LRS beyond what @xapi/cmi5 makes itself: one "answered" statement
 * per choice, carrying the techniques and criterion evidence the debrief uses, and the plan of
 * which cmi5 verbs (passed, failed, completed) a report has earned. Pure, so the rules of cmi5
 * (launch mode, mastery score, once per registration) are tested without a browser or an LRS;
 * src/game/lms/cmi5-connection.ts carries the plan out through the library.
 */

/** Our own IRIs for result extensions; resolve.example is reserved, so it never clashes. */
export const RESOLVE_XAPI = 'https://resolve.example/xapi';
export const EXTENSIONS = {
  techniques: `${RESOLVE_XAPI}/extensions/techniques`,
  criteria: `${RESOLVE_XAPI}/extensions/criteria`,
  scenario: `${RESOLVE_XAPI}/extensions/scenario`,
  node: `${RESOLVE_XAPI}/extensions/node`,
  check: `${RESOLVE_XAPI}/extensions/check`,
  question: `${RESOLVE_XAPI}/extensions/question`,
} as const;

export const VERBS = {
  answered: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered' } },
  terminated: {
    id: 'http://adlnet.gov/expapi/verbs/terminated',
    display: { 'en-US': 'terminated' },
  },
} as const;

export const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const INTERACTION_TYPE = 'http://adlnet.gov/expapi/activities/cmi.interaction';

/** Who is learning where: the launch parameters and the LMS's context template. */
export interface AuContext {
  actor: Agent;
  registration: string;
  activityId: string;
  contextTemplate: Context;
  /**
   * The pack's knowledge checks: a report gives a check's answers as interactions whose
   * scenarioId is the check and nodeId the question, and they are named so here.
   */
  checkIds?: readonly string[];
}

const inEnglish = (text: string): LanguageMap => ({ 'en-GB': text });

/**
 * A UUID fixed by the registration and the choice: its stable id and which time this learner made
 * that same choice (the first, the second on a replay…). Not its time: a report dates the choices
 * of a play by the play's last save, which moves on with every step. So the same choice always
 * makes the same id, and an LRS given it twice keeps one. Version 8 (RFC 9562, custom) with the
 * RFC variant bits, as xAPI validators require.
 */
export function answeredStatementId(
  registration: string,
  interaction: Pick<LmsInteraction, 'id'>,
  occurrence: number,
): string {
  const hex = bytesToHex(
    sha256(utf8ToBytes(`resolve-answered\n${registration}\n${interaction.id}\n${occurrence}`)),
  );
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** ISO 8601 duration of some milliseconds, as xAPI wants it (PT2.35S). */
export function isoDuration(ms: number): string {
  const hundredths = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(hundredths / 360_000);
  const minutes = Math.floor((hundredths % 360_000) / 6_000);
  const seconds = (hundredths % 6_000) / 100;
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds}S`;
}

/** The context template with the registration, the AU as parent, and never the cmi5 category. */
function allowedContext(au: AuContext): Context {
  const { parent, category, ...activities } = au.contextTemplate.contextActivities ?? {};
  // cmi5 9.6.2.1: "cmi5 allowed" statements must not carry the cmi5 category.
  const kept = (category ?? []).filter((entry) => entry.id !== CMI5_CATEGORY);
  return {
    ...au.contextTemplate,
    registration: au.registration,
    contextActivities: {
      ...activities,
      parent: [
        { objectType: 'Activity', id: au.activityId },
        ...(parent ?? []).filter((entry) => entry.id !== au.activityId),
      ],
      ...(kept.length ? { category: kept } : {}),
    },
  };
}

/** Whether an interaction is a knowledge-check answer rather than a choice in a scenario. */
const isCheck = (au: Pick<AuContext, 'checkIds'>, interaction: LmsInteraction): boolean =>
  au.checkIds?.includes(interaction.scenarioId) ?? false;

/**
 * The activity a choice answers: its node in its scenario, or its question in its knowledge
 * check, under the AU's activity id.
 */
export function nodeActivityId(
  au: Pick<AuContext, 'activityId' | 'checkIds'>,
  interaction: LmsInteraction,
): string {
  const [outer, inner] = isCheck(au, interaction) ? ['check', 'question'] : ['scenario', 'node'];
  return `${au.activityId}/${outer}/${encodeURIComponent(interaction.scenarioId)}/${inner}/${encodeURIComponent(interaction.nodeId)}`;
}

/**
 * One "answered" statement for one choice (a "cmi5 allowed" statement, cmi5 9.6.2.1);
 * `occurrence` counts earlier reports of the same choice id (0 the first time).
 */
export function answeredStatement(
  au: AuContext,
  interaction: LmsInteraction,
  occurrence = 0,
): Statement {
  return {
    id: answeredStatementId(au.registration, interaction, occurrence),
    actor: au.actor,
    verb: VERBS.answered,
    object: {
      objectType: 'Activity',
      id: nodeActivityId(au, interaction),
      definition: {
        type: INTERACTION_TYPE,
        interactionType: 'choice',
        name: inEnglish(`${interaction.scenarioId}: ${interaction.nodeId}`),
        ...(isCheck(au, interaction)
          ? { description: inEnglish('A knowledge-check question') }
          : {}),
      },
    },
    result: {
      response: interaction.response,
      // A node with no best option has no right answer: success is left out, not guessed.
      ...(interaction.result === 'neutral' ? {} : { success: interaction.result === 'correct' }),
      ...(interaction.latencyMs === null ? {} : { duration: isoDuration(interaction.latencyMs) }),
      extensions: {
        [EXTENSIONS.techniques]: interaction.techniques,
        [EXTENSIONS.criteria]: interaction.criteria.map(({ criterion, status }) => ({
          criterion,
          objective: objectiveIdOf(criterion),
          status,
        })),
        ...(isCheck(au, interaction)
          ? {
              [EXTENSIONS.check]: interaction.scenarioId,
              [EXTENSIONS.question]: interaction.nodeId,
            }
          : {
              [EXTENSIONS.scenario]: interaction.scenarioId,
              [EXTENSIONS.node]: interaction.nodeId,
            }),
      },
    },
    context: allowedContext(au),
    timestamp: interaction.at,
  };
}

/**
 * What this registration has already told the LRS, kept in a state document so that a second
 * session (or the same report sent twice) neither repeats nor contradicts it: cmi5 allows one
 * passed and one completed per registration (9.3.3, 9.3.4).
 */
export interface Cmi5Sent {
  /** Ids of the answered statements sent. */
  answered: string[];
  passed: boolean;
  /** The scaled score of the last failed statement, so one fail is not sent twice. */
  failedScaled: number | null;
  completed: boolean;
}

export const NOTHING_SENT: Cmi5Sent = {
  answered: [],
  passed: false,
  failedScaled: null,
  completed: false,
};

export const SENT_STATE_ID = 'https://resolve.example/xapi/state/sent';
export const RESUME_STATE_ID = 'https://resolve.example/xapi/state/resume';

const sentSchema = z.strictObject({
  answered: z.array(z.string().max(40)).max(100_000),
  passed: z.boolean(),
  failedScaled: z.number().min(0).max(1).nullable(),
  completed: z.boolean(),
});

/** The sent-record document as the LRS returned it; nothing sent when it is missing or odd. */
export function sentOf(document: unknown): Cmi5Sent {
  const parsed = sentSchema.safeParse(document);
  return parsed.success ? parsed.data : NOTHING_SENT;
}

export type Cmi5Step =
  | { verb: 'answered'; statement: Statement }
  | { verb: 'passed'; score: ResultScore }
  | { verb: 'failed'; score: ResultScore }
  | { verb: 'completed' };

/** 0–1: the LMS's masteryScore when it gave one, else the pack's own pass mark. */
export function masteryOf(
  report: Pick<LmsReport, 'passMark'>,
  launch: Pick<Cmi5LaunchData, 'masteryScore'>,
): number {
  return launch.masteryScore ?? report.passMark / 100;
}

/**
 * The score as cmi5 wants it. Judged on `scaled`; `raw` is whole (cmi5 9.5.1) and rounded down
 * so it never reads as a pass that scaled calls a fail.
 */
export function scoreOf(score: number): ResultScore {
  const percent = Math.min(100, Math.max(0, Math.round(score * 100) / 100));
  return { scaled: Math.round(percent * 100) / 10_000, raw: Math.floor(percent), min: 0, max: 100 };
}

/**
 * The statements a report has earned that the registration has not had yet, in the order to send
 * them: answered (in the order chosen), then passed or failed, then completed. Terminated is
 * never here: it is sent once, last, when the session ends.
 */
export function stepsFor(
  report: LmsReport,
  au: AuContext,
  launch: Pick<Cmi5LaunchData, 'launchMode' | 'masteryScore'>,
  sent: Cmi5Sent,
): Cmi5Step[] {
  const seen = new Set(sent.answered);
  const occurrences = new Map<string, number>();
  const steps: Cmi5Step[] = [];
  // The report lists choices oldest first and only ever adds to the end, so the nth time a
  // choice id appears is the same choice in every report.
  for (const interaction of report.interactions) {
    const occurrence = occurrences.get(interaction.id) ?? 0;
    occurrences.set(interaction.id, occurrence + 1);
    const statement = answeredStatement(au, interaction, occurrence);
    if (seen.has(statement.id!)) continue;
    seen.add(statement.id!);
    steps.push({ verb: 'answered', statement });
  }
  // cmi5 10.0: in Browse and Review the AU must not send passed, failed or completed.
  if (launch.launchMode !== 'Normal' || !report.completed) return steps;
  if (report.score !== null && !sent.passed) {
    const score = scoreOf(report.score);
    if (score.scaled >= masteryOf(report, launch)) steps.push({ verb: 'passed', score });
    // Once passed, never failed: a pass stands for the registration. A fail is sent again only
    // when a better, still failing score comes in.
    else if (sent.failedScaled !== score.scaled) steps.push({ verb: 'failed', score });
  }
  if (!sent.completed) steps.push({ verb: 'completed' });
  return steps;
}

/** The sent record once `step` has reached the LRS. */
export function recordSent(sent: Cmi5Sent, step: Cmi5Step): Cmi5Sent {
  switch (step.verb) {
    case 'answered':
      return { ...sent, answered: [...sent.answered, step.statement.id!] };
    case 'passed':
      return { ...sent, passed: true };
    case 'failed':
      return { ...sent, failedScaled: step.score.scaled };
    case 'completed':
      return { ...sent, completed: true };
  }
}

/**
 * Whether the LMS's moveOn rule (cmi5 13.1.4) is met by what has been sent, so the game can tell
 * the learner they may go back to their course.
 */
export function moveOnMet(moveOn: Cmi5LaunchData['moveOn'], sent: Cmi5Sent): boolean {
  switch (moveOn) {
    case 'Passed':
      return sent.passed;
    case 'Completed':
      return sent.completed;
    case 'CompletedAndPassed':
      return sent.completed && sent.passed;
    case 'CompletedOrPassed':
      return sent.completed || sent.passed;
    case 'NotApplicable':
      return true;
  }
}

/**
 * A cmi5 "terminated" statement made here rather than by the library, for the page going away:
 * then it must leave in a request the browser keeps alive after the page (fetch keepalive), which
 * the library's requests are not.
 */
export function terminatedStatement(
  au: AuContext,
  session: { id: string; initializedAt: Date; now: Date },
): Statement {
  const template = au.contextTemplate;
  const activities = template.contextActivities ?? {};
  return {
    id: session.id,
    actor: au.actor,
    verb: VERBS.terminated,
    object: { objectType: 'Activity', id: au.activityId },
    result: {
      duration: isoDuration(session.now.getTime() - session.initializedAt.getTime()),
    },
    context: {
      ...template,
      registration: au.registration,
      contextActivities: {
        ...activities,
        category: [
          ...(activities.category ?? []).filter((entry) => entry.id !== CMI5_CATEGORY),
          { id: CMI5_CATEGORY },
        ],
      },
    },
    timestamp: session.now.toISOString(),
  };
}
