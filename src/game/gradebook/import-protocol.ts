import type { CheckResult } from '../../scoring/check-result.ts';
import type { Debrief } from '../../scoring/debrief.ts';
import type { GradebookRow } from '../../results/gradebook/row.ts';
import type { Scenario } from '../../scenario/schema.ts';
import type { TimingMode } from '../../scenario/pack-schema.ts';
import type { Reflection } from '../../storage/learner-store.ts';

/*
 * The messages between the gradebook page and its import worker. Rows are small; the whole of a
 * learner's result (scenario, replayed debrief) crosses only when the tutor opens it, so the page
 * never has to take in 200 files' content at once.
 */

export type ToWorker =
  /** Read these files; each row comes back as it is ready. */
  | { type: 'import'; versionsUrl: string; files: { key: string; file: File }[] }
  /** The whole of one file, to open it. */
  | { type: 'detail'; key: string; request: number };

export interface PlayDetail {
  scenario: Scenario;
  /** The replay's debrief; absent when the transcript did not replay. */
  debrief?: Debrief;
  consistency: string;
  timing: TimingMode;
  finishedAt: string;
  reflection?: Reflection;
}

export interface CheckDetail {
  title: string;
  consistency: string;
  result?: CheckResult;
}

export interface LearnerDetail {
  plays: PlayDetail[];
  checks: CheckDetail[];
}

export type FromWorker =
  | { type: 'row'; row: GradebookRow }
  /** Every file of an import is read. */
  | { type: 'imported'; count: number }
  /** The list of shipped versions did not load: nothing can be checked. */
  | { type: 'problem'; message: string }
  | { type: 'detail'; request: number; detail: LearnerDetail | null };
