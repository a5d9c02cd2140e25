import type {
  CriterionId,
  LawRuleId,
  MisconceptionId,
  Nation,
  RangeId,
  TechniqueId,
} from './ids.ts';
import type { SynopsisId } from './synopsis.ts';

export type UnitId = 'MRC' | '312' | 'CS17';

/**
 * Knowledge criteria ask the learner to explain or describe; performance criteria ask them to do
 * it with real customers. The game can practise both but can only ever evidence knowledge.
 */
export type CriterionKind = 'knowledge' | 'performance';

export type OutcomeId =
  'MRC LO1' | 'MRC LO2' | '312.1' | '312.2' | '312.3' | 'CS17 LO1' | 'CS17 LO2' | 'CS17 LO3';

/** A way of evidencing a unit; `heldInWorkplace` is the seeds' asterisk (need not be in the portfolio). */
export interface EvidenceMethod {
  method: string;
  heldInWorkplace: boolean;
}

/** A learning outcome (MRC, CS17) or element (Unit 312): the heading criteria sit under. */
export interface Outcome {
  id: OutcomeId;
  unit: UnitId;
  /** The heading as the seed prints it. */
  heading: string;
  kind: CriterionKind;
  /** Evidence methods the unit lists for this outcome (Unit 312 lists them for the unit instead). */
  evidence: readonly EvidenceMethod[];
  /** Guidance the seed prints for the outcome as a whole rather than beside one criterion. */
  guidance: readonly Guidance[];
}

export interface Unit {
  id: UnitId;
  /** The unit's own code where it has one ("CS 17", "Unit 312"). */
  code: string | null;
  title: string;
  /** Where the title comes from when the seed text itself does not print it. */
  titleSource: 'seed' | 'seeds README';
  level: number | null;
  credits: number | null;
  seedFile: string;
  outcomes: readonly OutcomeId[];
  /** Unit-wide assessment methods (Unit 312's key); outcome-level lists live on the outcomes. */
  assessmentMethods: readonly { code: string | null; method: string }[];
  /** The unit's notes to the candidate, as printed. */
  notes: readonly string[];
  /**
   * False where the unit forbids simulated performance evidence (Unit 312). The others do not say
   * either way; the game treats all performance as practice regardless (see `statusInWords`).
   */
  simulationAllowedForPerformance: boolean | null;
}

/**
 * Structured guidance printed beside a criterion ("Guidelines and range").
 * - list: a heading and its bullets (monitoring techniques, negotiating techniques...)
 * - definition: a term the unit defines (service offer, workable options...)
 * - legal-list: the Acts the unit names, each tied to the current rules that replace or carry it
 */
export type Guidance =
  | { kind: 'list'; heading: string; items: readonly string[]; note?: string }
  | { kind: 'definition'; term: string; text: string }
  | {
      kind: 'legal-list';
      heading: string;
      items: readonly { text: string; currentRules: readonly LawRuleId[] }[];
    };

export interface Criterion {
  id: CriterionId;
  unit: UnitId;
  outcome: OutcomeId;
  /** The outcome's or element's heading, repeated here for display. */
  outcomeHeading: string;
  /** The criterion's text exactly as the seed prints it (whitespace normalised). */
  text: string;
  kind: CriterionKind;
  /** Why the kind was chosen, where the wording alone might suggest the other kind. */
  kindNote?: string;
  guidance: readonly Guidance[];
}

export interface RangeItem {
  id: RangeId;
  group: 1 | 2 | 3 | 4;
  letter: 'a' | 'b' | 'c' | 'd';
  /** The group's heading as printed ("You must provide evidence that ..."). */
  heading: string;
  text: string;
}

export type SynopsisSection =
  'overview' | 'concept' | 'exam-tip' | 'misconception' | 'marking-point';

export type TechniqueSource =
  | { criterion: CriterionId; item: string }
  /** `part` is the words of the synopsis point this technique stands for. */
  | { synopsis: SynopsisId; part: string };

export type TechniqueList = 'negotiating' | 'conflict-management' | 'handling' | 'answer-structure';

export interface Technique {
  id: TechniqueId;
  name: string;
  sources: readonly TechniqueSource[];
  /** One line for the learner. */
  description: string;
  /** What doing it well sounds like: one realistic line. */
  soundsLike: string;
  /** True for the techniques of MRC 1.4's conflict-management list. */
  conflictManagement: boolean;
}

export type LawKind = 'law' | 'standard';

export interface LawSource {
  /** Act, regulations, code or body, as the reference names it. */
  instrument: string;
  /** Section, rule or part, only where the reference gives one. */
  section?: string;
}

export interface LawRule {
  id: LawRuleId;
  /** Plain-language statement in the catalogue's own words. */
  statement: string;
  source: LawSource;
  nations: readonly Nation[];
  kind: LawKind;
  /** The old Act the qualification texts name that this rule replaces or carries forward. */
  oldActNamed?: string;
  inForce: boolean;
  /** A date the reference gives for the rule taking effect (ISO). */
  inForceFrom?: string;
  /** Whether scenarios may teach it as the current position. */
  teach: 'as-current' | 'not-as-current';
  lastChecked: string;
  /** What to recheck before relying on a figure. */
  caution?: string;
  /** Territorial or sourcing remarks. */
  note?: string;
}

export type MisconceptionSource =
  // A numbered reference misconception may also be one of the synopsis' common mistakes.
  | { kind: 'reference'; number: number; synopsisId?: SynopsisId }
  | { kind: 'synopsis'; synopsisId: SynopsisId };

export interface Misconception {
  id: MisconceptionId;
  /** As a learner or colleague would say it. */
  saying: string;
  correction: string;
  lawRules: readonly LawRuleId[];
  source: MisconceptionSource;
}
