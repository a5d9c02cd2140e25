import type { FeedbackMode, TimingMode } from '../scenario/pack-schema.ts';
import type { OptionOrder } from './order.ts';
import type { AnalysisEvent } from './analysis.ts';
import type { NodeText } from './node-text.ts';
import type { ChanceDraw } from './chance.ts';
import type {
  Audience,
  Expression,
  Mood,
  NodeKind,
  Outcome,
  RiskLevel,
  Scenario,
  ScenarioNode,
} from '../scenario/schema.ts';

export type { ChanceDraw, FeedbackMode, NodeText, OptionOrder, TimingMode };

/**
 * What the learner did, in order. A transcript is these events plus the seed: replay feeds them to a
 * fresh session and never reads a clock. TIMEOUT is sent by the host, which owns the countdown.
 */
export type SessionEvent =
  | { type: 'CHOOSE'; choiceId: string }
  | { type: 'CHECK_RECORD'; recordId: string }
  | { type: 'FILL_FIELD'; fieldId: string; entryId: string }
  | { type: 'TIMEOUT' }
  | AnalysisEvent;

export interface Transcript {
  format: 'resolve-transcript';
  version: 1;
  scenario: { id: string; contentHash: string };
  seed: number;
  /** The timing mode in force: standard, extended (at least ten times longer) or off. */
  timing: TimingMode;
  /**
   * How options were ordered: `seeded` (drawn from the seed, pins kept) or `authored`. Transcripts
   * recorded before options were shuffled have none and replay in the authored order.
   */
  optionOrder?: OptionOrder;
  events: SessionEvent[];
  /**
   * When the learner was shown feedback; absent in transcripts from before the choice existed
   * (which meant at the end). It changes what the learner saw, never the score.
   */
  feedback?: FeedbackMode;
  /** Free text the learner typed (a reflection): kept, never scored. */
  reflection?: string;
  /**
   * How each chance branch came out, in order: drawn from the seed, recorded so a reader sees what
   * luck decided and a replay can check its draws against them. Absent when chance played no part.
   */
  chances?: ChanceDraw[];
  /**
   * Each countdown as played, by the step at which the learner arrived at the timed node, so the
   * debrief names the time the learner really had. Transcripts from before countdowns included
   * reading time have none; their replay works the countdowns out afresh.
   */
  countdowns?: CountdownRecord[];
}

/** A countdown's length and how it was made up: the author's seconds plus time to read. */
export interface Countdown {
  seconds: number;
  /** The author's seconds for the decision (times ten under extended timing). */
  decisionSeconds: number;
  /** Time to read the customer's line and the options at the reading pace. */
  readingSeconds: number;
}

export interface CountdownRecord extends Countdown {
  /** Events applied when the learner arrived at the timed node. */
  step: number;
  nodeId: string;
}

export interface MoodInWords {
  anger: string;
  confusion: string;
  trust: string;
  /** One sentence for screen readers and the DOM-only mode, e.g. "Very angry, a little confused". */
  summary: string;
}

/** A choice as the learner sees it during play: no stance or evidence, so the UI cannot leak them. */
export interface ChoiceView {
  id: string;
  say: string;
  /** 1-based, in the order shown: the number key that picks it. */
  number: number;
  /** The option put forward (options nodes) or the escalation target this choice refers to, where it has one. */
  option?: string;
  to?: string;
}

/** What to show now. The node is the scenario's own data for presentation (records, fields, series). */
export interface SessionView {
  nodeId: string;
  kind: NodeKind;
  node: ScenarioNode;
  /** The customer's line at this node, with any variant already picked by the seeded source. */
  customerLine: string | null;
  /**
   * The node's prompt, question, colleague's line and epilogue as read on arrival (conditional text
   * resolved): show these, never the node's own fields, which may hold several variants.
   */
  text: NodeText;
  expression: Expression | null;
  mood: Mood;
  moodInWords: MoodInWords;
  /** In the order the learner sees them (seeded, unless pinned or unshuffled). */
  choices: ChoiceView[];
  /** Each complaint-log field's entry ids in the order shown, by field id (record nodes only). */
  entryOrder: Record<string, string[]>;
  /** The countdown at this node under the session's timing mode; null when untimed or off. */
  countdown: Countdown | null;
  checkedRecords: string[];
  filledFields: Record<string, string>;
  /** Facts revealed so far by opened records. */
  revealedFacts: { id: string; text: string }[];
  step: number;
  ending: { outcome: Outcome; epilogue: string } | null;
  /** At an options node: the lists to pick from, in shown order, and the learner's picks so far. */
  analysis: AnalysisView | null;
}

/** An options node's analysis as the learner sees it: never which item is right. */
export interface AnalysisView {
  options: {
    id: string;
    title: string;
    benefits: { id: string; text: string }[];
    risks: { id: string; text: string }[];
    benefit: string | null;
    risk: string | null;
    rating: RiskLevel | null;
  }[];
  putTo: Audience | null;
  /** What is still to do before an option can be put forward, in words; empty when done. */
  missing: string[];
}

export interface SessionOptions {
  scenario: Scenario;
  seed: number;
  timing: TimingMode;
  /** Recorded in the transcript only: the engine behaves the same either way. */
  feedback?: FeedbackMode;
  /** `seeded` unless given: `authored` switches shuffling off (and replays old transcripts). */
  optionOrder?: OptionOrder;
}

/**
 * One learner decision as the engine logs it (the evidence log). It holds what happened, never the
 * evidence numbers: scoring reads those from the scenario, so a log cannot inflate a result.
 * `step` is the number of events applied once the decision was made; `enteredAtStep` the number
 * applied when the learner arrived at the node (replaying that many events lands there afresh).
 */
export type Decision = DecisionKinds & {
  /**
   * The node's prompt as the learner read it on that visit (conditional text resolved); absent in
   * sessions saved before prompts could vary.
   */
  prompt?: string | null;
  /** The chance branches weighed when this decision was made, where it had any. */
  chance?: ChanceDraw[];
};

type DecisionKinds =
  | {
      kind: 'choice';
      step: number;
      enteredAtStep: number;
      nodeId: string;
      choiceId: string;
      /** The choices the learner could take at that moment (those whose route held), as shown. */
      offered: string[];
      /** Whether the host's countdown could have run out here under the session's timing mode. */
      timed: boolean;
      line: string | null;
      moodBefore: Mood;
      moodAfter: Mood;
      to: string;
    }
  | {
      kind: 'timeout';
      step: number;
      enteredAtStep: number;
      nodeId: string;
      offered: string[];
      timed: true;
      line: string | null;
      moodBefore: Mood;
      moodAfter: Mood;
      to: string;
    }
  | {
      kind: 'field';
      step: number;
      enteredAtStep: number;
      nodeId: string;
      fieldId: string;
      /** null when the learner left the field empty. */
      entryId: string | null;
      /** The field's entries in the order shown. */
      shown: string[];
    }
  | {
      kind: 'records';
      step: number;
      enteredAtStep: number;
      nodeId: string;
      /** The node's records the learner had opened when leaving it. */
      opened: string[];
    }
  | {
      kind: 'analysis';
      step: number;
      enteredAtStep: number;
      nodeId: string;
      /** The learner's analysis of each option, in the author's order, with each list as shown. */
      options: {
        optionId: string;
        benefit: string | null;
        risk: string | null;
        rating: RiskLevel | null;
        shown: { benefits: string[]; risks: string[] };
      }[];
      putTo: Audience | null;
      /** The option the learner's choice put forward. */
      putForward: string;
    };

/** A customer line whose variant the seeded source picked, so replay shows the same words. */
export interface VariantPick {
  step: number;
  nodeId: string;
  variant: number;
}
