import type { EvidenceStatus } from '../../curriculum/evidence.ts';
import type { LmsConnection, LmsInteraction, LmsObjective, LmsReport } from '../lms-report.ts';
import { objectiveIdOf } from '../objective-id.ts';
import { SCORM12_SUSPEND_MAX } from '../resume.ts';
import { CmiChannel, time12, timespan12, type LmsLog, type Scorm12Api } from './cmi-channel.ts';

/*
 * The report in SCORM 1.2's data model (RTE 3.4): the pack score in cmi.core.score, pass or fail
 * against the pack's pass mark in cmi.core.lesson_status, one objective per criterion, one
 * interaction per choice. 1.2 has no objective description: the criterion's text goes in the
 * package manifest instead (written by `resolve package`).
 */

export interface ScormOptions {
  log?: LmsLog;
  /** Milliseconds now, for the session time (tests pass a clock). */
  now?: () => number;
}

/** An objective's 1.2 status: a performance criterion is practice, never passed or failed. */
export function objectiveStatus12(objective: LmsObjective): string {
  const status: EvidenceStatus = objective.status;
  if (objective.kind === 'performance')
    return status === 'no-opportunity' ? 'incomplete' : 'completed';
  if (status === 'met') return 'passed';
  return status === 'no-opportunity' ? 'not attempted' : 'failed';
}

const RESULT_12: Record<LmsInteraction['result'], string> = {
  correct: 'correct',
  incorrect: 'wrong',
  neutral: 'neutral',
};

/** Indexes of what the LMS already holds, so a new session appends rather than overwrites. */
function existingObjectives(channel: CmiChannel, prefix: string): Map<string, number> {
  const ids = new Map<string, number>();
  const count = Number(channel.get(`${prefix}._count`, true) ?? '0');
  for (let index = 0; Number.isInteger(count) && index < Math.min(count, 1000); index += 1) {
    const id = channel.get(`${prefix}.${index}.id`, true);
    if (id) {
      ids.set(id, index);
      channel.known(`${prefix}.${index}.id`, id);
    }
  }
  return ids;
}

export function connectScorm12(api: Scorm12Api, options: ScormOptions = {}): LmsConnection {
  const log = options.log ?? ((message: string) => console.warn(message));
  const now = options.now ?? (() => Date.now());
  const started = now();
  const channel = CmiChannel.scorm12(api, log);
  channel.initialize();

  const entry = channel.get('cmi.core.entry', true);
  const suspended = channel.get('cmi.suspend_data', true);
  const resumeData = entry !== 'ab-initio' && suspended ? suspended : undefined;
  if (channel.get('cmi.core.lesson_status', true) === 'not attempted')
    channel.set('cmi.core.lesson_status', 'incomplete');
  // Suspend from the start: a learner who closes the window keeps their place.
  channel.set('cmi.core.exit', 'suspend');

  const objectives = existingObjectives(channel, 'cmi.objectives');
  const held = Number(channel.get('cmi.interactions._count', true) ?? '0');
  const interactionsHeld = Number.isInteger(held) && held > 0 ? held : 0;
  let interactionsWritten = interactionsHeld;
  let reportedBefore = 0;

  const writeObjective = (objective: LmsObjective): void => {
    const id = objectiveIdOf(objective.criterion);
    let index = objectives.get(id);
    if (index === undefined) {
      index = objectives.size;
      objectives.set(id, index);
    }
    const at = `cmi.objectives.${index}`;
    channel.set(`${at}.id`, id);
    if (objective.score !== null) {
      channel.set(`${at}.score.min`, '0');
      channel.set(`${at}.score.max`, '100');
      channel.set(`${at}.score.raw`, String(objective.score));
    }
    channel.set(`${at}.status`, objectiveStatus12(objective));
  };

  const writeInteraction = (interaction: LmsInteraction, index: number): void => {
    const at = `cmi.interactions.${index}`;
    channel.set(`${at}.id`, interaction.id);
    for (const [n, { criterion }] of interaction.criteria.entries())
      channel.set(`${at}.objectives.${n}.id`, objectiveIdOf(criterion));
    channel.set(`${at}.time`, time12(interaction.at));
    channel.set(`${at}.type`, 'choice');
    channel.set(`${at}.student_response`, interaction.response);
    channel.set(`${at}.result`, RESULT_12[interaction.result]);
    if (interaction.latencyMs !== null)
      channel.set(`${at}.latency`, timespan12(interaction.latencyMs));
  };

  const sessionTime = (): void => channel.set('cmi.core.session_time', timespan12(now() - started));

  return {
    kind: 'scorm12',
    resumeData,
    report(report: LmsReport): void {
      if (!channel.open) return;
      if (report.score !== null) {
        channel.set('cmi.core.score.min', '0');
        channel.set('cmi.core.score.max', '100');
        channel.set('cmi.core.score.raw', String(report.score));
      }
      channel.set(
        'cmi.core.lesson_status',
        report.completed ? (report.passed === true ? 'passed' : 'failed') : 'incomplete',
      );
      for (const objective of report.objectives) writeObjective(objective);
      // Interactions are a journal (write-only in 1.2): the report lists every choice in the
      // pack oldest first, so those past what the LMS held and this session wrote are new.
      for (
        let index = Math.max(reportedBefore, interactionsHeld);
        index < report.interactions.length;
        index += 1
      ) {
        writeInteraction(report.interactions[index]!, interactionsWritten);
        interactionsWritten += 1;
      }
      reportedBefore = Math.max(reportedBefore, report.interactions.length);
    },
    suspend(data: string): void {
      if (data.length > SCORM12_SUSPEND_MAX) {
        log(`SCORM 1.2: resume data of ${data.length} characters is over 4,096 and was not sent.`);
        return;
      }
      channel.set('cmi.suspend_data', data);
    },
    commit(): void {
      sessionTime();
      channel.commit();
    },
    finish(): void {
      sessionTime();
      channel.set('cmi.core.exit', 'suspend');
      channel.commit();
      channel.finish();
    },
  };
}
