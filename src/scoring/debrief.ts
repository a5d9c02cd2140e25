import type {
  CriterionId,
  LawRuleId,
  MisconceptionId,
  RangeId,
  TechniqueId,
} from '../curriculum/ids.ts';
import type { EvidenceStatus } from '../curriculum/evidence.ts';
import type { CriterionKind } from '../curriculum/types.ts';
import type { Audience, Mood, NodeKind, Outcome, RiskLevel, Stance } from '../scenario/schema.ts';
import type { Countdown, TimingMode } from '../engine/types.ts';

/**
 * The debrief: everything the game, the CLI and exports show about one play, as plain JSON data.
 * It is always derived by replaying a transcript through the engine, never read from a file.
 */

/** Ids for programs; people read them through the curriculum's word list (`statusInWords`). */
export type CriterionStatus = EvidenceStatus;

/** Unit 312 forbids simulated performance evidence: a game can only ever show practice. */
export type CriterionEvidence = 'knowledge' | 'practised-in-simulation';

export type MomentKind = 'choice' | 'timeout' | 'field' | 'records' | 'analysis';

/** One option at a moment, as the debrief names it. `id` is null for "nothing" (an empty field). */
export interface OptionSummary {
  id: string | null;
  say: string;
  stance: Stance | null;
  /** Set on explain answers, which are judged right or wrong rather than by a stance. */
  correct?: boolean;
}

/** An options node: the learner's analysis beside the author's, option by option. */
export interface AnalysisComparison {
  rows: {
    optionId: string;
    title: string;
    learner: { benefit: string | null; risk: string | null; rating: RiskLevel | null };
    author: { benefit: string; risk: string; rating: RiskLevel; note: string };
    benefitRight: boolean;
    riskRight: boolean;
    ratingRight: boolean;
  }[];
  putForward: { optionId: string; title: string };
  putTo: { learner: Audience | null; author: Audience };
}

export interface Tally {
  taken: number;
  available: number;
}

/** The ending node a play (or a best path) came to. */
export interface EndingReached {
  id: string;
  kind: Outcome;
  /** The author marked it acceptable (`acceptable: true`), though it may not be the best. */
  acceptable: boolean;
  title: string | null;
  epilogue: string;
}

/** Where following the best option (by total evidence) from a moment would have led. */
export interface BestPath {
  /** Events of the learner's transcript replayed before the best option was taken. */
  fromStep: number;
  steps: { nodeId: string; nodeTitle: string | null; nodeKind: NodeKind; say: string | null }[];
  ending: EndingReached | null;
  /** False when the best options went round a loop and never reached an ending. */
  complete: boolean;
}

export interface DebriefMoment {
  index: number;
  kind: MomentKind;
  /** Events applied once this decision was made. */
  step: number;
  /** Events applied when the learner arrived at this node: "retry from here" replays this many. */
  enteredAtStep: number;
  nodeId: string;
  nodeTitle: string | null;
  nodeKind: NodeKind;
  /** The field's label or the node's prompt, where the moment is not a reply to the customer. */
  label: string | null;
  customerLine: string | null;
  chosen: OptionSummary;
  best: OptionSummary;
  tookBest: boolean;
  /** Why the chosen option counts the way it does. */
  why: string;
  /** Why the best option counts, when the learner took another. */
  bestWhy: string | null;
  moodBefore: Mood | null;
  moodAfter: Mood | null;
  techniques: Partial<Record<TechniqueId, Tally>>;
  criteria: Partial<Record<CriterionId, Tally>>;
  critical: { reason: string; breaks: CriterionId[] } | null;
  bestLeadsTo: BestPath | null;
  /** At an options node's analysis moment: the learner's analysis beside the author's. */
  analysis?: AnalysisComparison;
  /**
   * What chance decided after this moment, one short line each ("By chance: the engineer was
   * late"), so the learner is not blamed for luck. Absent where chance played no part.
   */
  byChance?: string[];
  /** At a timed reply: the countdown the learner had, as the transcript recorded it. */
  countdown?: Countdown;
}

export interface TechniqueResult {
  name: string;
  /** 0–100, or null when the play gave no opportunity to use it. */
  score: number | null;
  taken: number;
  available: number;
  conflictManagement: boolean;
  opportunities: number;
  /** Indices into `moments`. */
  moments: number[];
}

export interface CriterionResult {
  text: string;
  status: CriterionStatus;
  score: number | null;
  kind: CriterionKind;
  evidence: CriterionEvidence;
  /** Why a critical error capped it at "not shown". */
  capped?: string;
  taken: number;
  available: number;
  opportunities: number;
  moments: number[];
}

export interface CriticalErrorRecord {
  step: number;
  nodeId: string;
  choiceId: string;
  reason: string;
  breaks: CriterionId[];
}

export type StyleMark = Stance | 'timeout';

export interface StyleReport {
  counts: Record<StyleMark, number>;
  /** The learner's replies in order, by the author's stance (or timeout). */
  sequence: StyleMark[];
  summary: string[];
}

export interface Debrief {
  format: 'resolve-debrief';
  version: 1;
  scenario: { id: string; title: string; contentHash: string };
  seed: number;
  timing: TimingMode;
  /** False when the transcript stops before an ending (a play left part-way). */
  complete: boolean;
  ending: EndingReached | null;
  /** 0–100; null when the play is incomplete (it stopped before an ending). */
  overall: number | null;
  /** Why the overall figure was capped, if it was. */
  overallCapped?: string;
  techniques: Partial<Record<TechniqueId, TechniqueResult>>;
  criteria: Partial<Record<CriterionId, CriterionResult>>;
  criticalErrors: CriticalErrorRecord[];
  moments: DebriefMoment[];
  timeline: { step: number; nodeId: string; mood: Mood }[];
  style: StyleReport;
  range: RangeId[];
  law: LawRuleId[];
  misconceptions: MisconceptionId[];
  bestPath: BestPath;
}
