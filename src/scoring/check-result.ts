import { criteria } from '../curriculum/criteria.ts';
import type { CriterionId } from '../curriculum/ids.ts';
import type { CheckSession } from '../engine/check-session.ts';
import { statusOf } from './tally.ts';
import type { CriterionStatus } from './debrief.ts';

/** A knowledge criterion as a check shows it: knowledge evidence, never performance. */
export interface CheckCriterionResult {
  text: string;
  status: CriterionStatus;
  /** 0–100: the share of this criterion's questions answered correctly. */
  score: number | null;
  evidence: 'knowledge';
  right: number;
  asked: number;
}

export interface CheckResult {
  checkId: string;
  title: string;
  /** False when the learner stopped before the last question: no overall score then. */
  complete: boolean;
  /** The share of questions answered correctly, 0–100; null while incomplete. */
  score: number | null;
  right: number;
  answered: number;
  questions: number;
  criteria: Partial<Record<CriterionId, CheckCriterionResult>>;
}

/**
 * The result of a check so far, by the same thresholds as a scenario's criteria (statusOf), so
 * "shown" means the same wherever it is read.
 */
export function checkResult(session: CheckSession): CheckResult {
  const answered = session.answered();
  const tally = new Map<CriterionId, { right: number; asked: number }>();
  for (const feedback of answered) {
    for (const id of feedback.criteria) {
      const counts = tally.get(id) ?? { right: 0, asked: 0 };
      counts.asked += 1;
      if (feedback.correct) counts.right += 1;
      tally.set(id, counts);
    }
  }
  const byCriterion: Partial<Record<CriterionId, CheckCriterionResult>> = {};
  for (const [id, { right, asked }] of [...tally].sort(([a], [b]) => a.localeCompare(b))) {
    const score = Math.round((100 * right) / asked);
    byCriterion[id] = {
      text: criteria[id].text,
      status: statusOf(score),
      score,
      evidence: 'knowledge',
      right,
      asked,
    };
  }
  const right = answered.filter((each) => each.correct).length;
  const complete = session.isOver();
  const total = session.check.questions.length;
  return {
    checkId: session.check.id,
    title: session.check.title,
    complete,
    score: complete ? Math.round((100 * right) / total) : null,
    right,
    answered: answered.length,
    questions: total,
    criteria: byCriterion,
  };
}
