import { statusInWords } from '../../curriculum/evidence.ts';
import type { LmsConnection, LmsInteraction, LmsObjective, LmsReport } from '../lms-report.ts';
import { objectiveIdOf } from '../objective-id.ts';
import { CmiChannel, duration2004, time2004, type Scorm2004Api } from './cmi-channel.ts';
import type { ScormOptions } from './scorm12.ts';

/*
 * The report in SCORM 2004 4th edition's data model (RTE 4.2): completion and success against the
 * pack's pass mark, the score raw, min, max and scaled, one objective per criterion with its full
 * id, text and status words in the description, one interaction per choice. A performance
 * criterion's success stays "unknown": the game practises it, it never evidences it.
 */

/** SCORM 2004's localized_string_type for descriptions: at most 250 characters (SPM). */
const DESCRIPTION_MAX = 250;

/** "MRC 1.3 Explain …: partly shown (practised in simulation)", cut to fit. */
export function objectiveDescription(objective: LmsObjective): string {
  const words = statusInWords(objective.status, objective.criterion);
  const tail = `: ${words}`;
  const head = `${objective.criterion} ${objective.text}`;
  const room = DESCRIPTION_MAX - tail.length;
  return `${head.length > room ? `${head.slice(0, room - 1)}…` : head}${tail}`;
}

export function objectiveSuccess2004(objective: LmsObjective): string {
  if (objective.kind === 'performance' || objective.status === 'no-opportunity') return 'unknown';
  return objective.status === 'met' ? 'passed' : 'failed';
}

export function objectiveCompletion2004(objective: LmsObjective): string {
  return objective.status === 'no-opportunity' ? 'incomplete' : 'completed';
}

function existingObjectives(channel: CmiChannel): Map<string, number> {
  const ids = new Map<string, number>();
  const count = Number(channel.get('cmi.objectives._count', true) ?? '0');
  for (let index = 0; Number.isInteger(count) && index < Math.min(count, 1000); index += 1) {
    const id = channel.get(`cmi.objectives.${index}.id`, true);
    if (id) {
      ids.set(id, index);
      channel.known(`cmi.objectives.${index}.id`, id);
    }
  }
  return ids;
}

export function connectScorm2004(api: Scorm2004Api, options: ScormOptions = {}): LmsConnection {
  const log = options.log ?? ((message: string) => console.warn(message));
  const now = options.now ?? (() => Date.now());
  const started = now();
  const channel = CmiChannel.scorm2004(api, log);
  channel.initialize();

  const entry = channel.get('cmi.entry', true);
  const suspended = entry === 'resume' ? channel.get('cmi.suspend_data', true) : undefined;
  const resumeData = suspended ? suspended : undefined;
  const completion = channel.get('cmi.completion_status', true);
  if (completion === undefined || completion === 'not attempted' || completion === 'unknown')
    channel.set('cmi.completion_status', 'incomplete');
  channel.set('cmi.exit', 'suspend');

  const objectives = existingObjectives(channel);
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
    channel.set(`${at}.description`, objectiveDescription(objective));
    if (objective.score !== null) {
      channel.set(`${at}.score.min`, '0');
      channel.set(`${at}.score.max`, '100');
      channel.set(`${at}.score.raw`, String(objective.score));
      channel.set(`${at}.score.scaled`, String(objective.score / 100));
    }
    channel.set(`${at}.success_status`, objectiveSuccess2004(objective));
    channel.set(`${at}.completion_status`, objectiveCompletion2004(objective));
  };

  const writeInteraction = (interaction: LmsInteraction, index: number): void => {
    const at = `cmi.interactions.${index}`;
    // The id, then the type: the rest of an interaction depends on them (RTE 4.2.9).
    channel.set(`${at}.id`, interaction.id);
    channel.set(`${at}.type`, 'choice');
    for (const [n, { criterion }] of interaction.criteria.entries())
      channel.set(`${at}.objectives.${n}.id`, objectiveIdOf(criterion));
    channel.set(`${at}.timestamp`, time2004(interaction.at));
    // Several ids (an order question's steps) are separated by [,] in 2004 (RTE 4.2.9.2).
    channel.set(`${at}.learner_response`, interaction.response.split(',').join('[,]'));
    channel.set(`${at}.result`, interaction.result);
    if (interaction.latencyMs !== null)
      channel.set(`${at}.latency`, duration2004(interaction.latencyMs));
  };

  const sessionTime = (): void => channel.set('cmi.session_time', duration2004(now() - started));

  return {
    kind: 'scorm2004',
    resumeData,
    report(report: LmsReport): void {
      if (!channel.open) return;
      if (report.score !== null) {
        channel.set('cmi.score.min', '0');
        channel.set('cmi.score.max', '100');
        channel.set('cmi.score.raw', String(report.score));
        channel.set('cmi.score.scaled', String(report.score / 100));
      }
      channel.set('cmi.completion_status', report.completed ? 'completed' : 'incomplete');
      channel.set(
        'cmi.success_status',
        report.passed === null ? 'unknown' : report.passed ? 'passed' : 'failed',
      );
      for (const objective of report.objectives) writeObjective(objective);
      // The report lists every choice in the pack oldest first: those past what the LMS held
      // and this session wrote are new.
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
      channel.set('cmi.suspend_data', data);
    },
    commit(): void {
      sessionTime();
      channel.commit();
    },
    finish(): void {
      sessionTime();
      channel.set('cmi.exit', 'suspend');
      channel.commit();
      channel.finish();
    },
  };
}
