import type { EvidenceStatus } from '../curriculum/evidence.ts';
import type { CriterionId } from '../curriculum/ids.ts';
import type { CriterionKind } from '../curriculum/types.ts';

/*
 * What the game tells an LMS, whichever LMS it is: one snapshot of the learner's work in the pack,
 * worked out again from the stored transcripts (src/records) after every choice and every finished
 * scenario or check. SCORM 1.2, SCORM 2004 and cmi5 each write it in their own data model
 * (src/lms/scorm, src/lms/cmi5); no adapter scores anything itself.
 *
 * Contract written by the lead so the SCORM and cmi5 helpers code against the same thing.
 */

/** A criterion as an objective: performance criteria are practice, never "passed". */
export interface LmsObjective {
  criterion: CriterionId;
  kind: CriterionKind;
  /** The criterion's text, for the objective's description. */
  text: string;
  /** Best status across the pack's plays and checks. */
  status: EvidenceStatus;
  /** 0–100, or null when nothing scored it. */
  score: number | null;
}

/** One choice the learner made, in the order made. */
export interface LmsInteraction {
  /** Stable across sessions: scenario id, node id and choice id, in LMS-safe characters. */
  id: string;
  scenarioId: string;
  nodeId: string;
  /** The option the learner picked (its stable id). */
  response: string;
  /** "correct" when it was one of the node's best options, "incorrect" otherwise, "neutral" when the node had no best. */
  result: 'correct' | 'incorrect' | 'neutral';
  /** Techniques the choice used (ids), for xAPI result extensions. */
  techniques: string[];
  /** Criteria the choice is evidence for, with the evidence it gives. */
  criteria: { criterion: CriterionId; status: EvidenceStatus }[];
  /** ISO date-time the choice was made. */
  at: string;
  /** Milliseconds from the choices appearing to the pick, when known. */
  latencyMs: number | null;
}

export interface LmsReport {
  packId: string;
  packTitle: string;
  passMark: number;
  /** Mean of each scenario's best overall score in the pack; null until every scenario has one. */
  score: number | null;
  /** Every scenario finished (and every check taken). */
  completed: boolean;
  /** Null while incomplete; else score >= passMark. */
  passed: boolean | null;
  objectives: LmsObjective[];
  interactions: LmsInteraction[];
}

/** The kinds of LMS the game can find itself in. */
export type LmsKind = 'scorm12' | 'scorm2004' | 'cmi5';

/**
 * A live connection to the LMS that launched the game. The game calls `report` whenever the
 * snapshot changes (it may send the same snapshot twice: adapters write what is new), `suspend`
 * with the compact resume data, `commit` on pagehide and visibility change, `finish` once.
 * Never throws: an LMS that refuses a call is logged, and the game plays on.
 */
export interface LmsConnection {
  readonly kind: LmsKind;
  /** Resume data the LMS kept from the learner's last session, if any. */
  readonly resumeData: string | undefined;
  report(report: LmsReport): void;
  suspend(data: string): void;
  commit(): void;
  finish(): void;
}
