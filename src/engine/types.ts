import type { TimingMode } from '../scenario/pack-schema.ts';
import type { Expression, Mood, NodeKind, Outcome, Scenario, ScenarioNode } from '../scenario/schema.ts';

export type { TimingMode };

/**
 * What the learner did, in order. A transcript is these events plus the seed: replay feeds them to a
 * fresh session and never reads a clock. TIMEOUT is sent by the host, which owns the countdown.
 */
export type SessionEvent =
  | { type: 'CHOOSE'; choiceId: string }
  | { type: 'CHECK_RECORD'; recordId: string }
  | { type: 'FILL_FIELD'; fieldId: string; entryId: string }
  | { type: 'TIMEOUT' };

export interface Transcript {
  format: 'resolve-transcript';
  version: 1;
  scenario: { id: string; contentHash: string };
  seed: number;
  /** The timing mode in force: standard, extended (at least ten times longer) or off. */
  timing: TimingMode;
  events: SessionEvent[];
  /** Free text the learner typed (a reflection): kept, never scored. */
  reflection?: string;
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
  /** 1-based: the number key that picks it. */
  number: number;
  /** The options-matrix row or escalation target this choice refers to, where it has one. */
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
  expression: Expression | null;
  mood: Mood;
  moodInWords: MoodInWords;
  choices: ChoiceView[];
  /** Seconds on the countdown for this node under the session's timing mode; null when untimed or off. */
  timerSeconds: number | null;
  checkedRecords: string[];
  filledFields: Record<string, string>;
  /** Facts revealed so far by opened records. */
  revealedFacts: { id: string; text: string }[];
  step: number;
  ending: { outcome: Outcome; epilogue: string } | null;
}

export interface SessionOptions {
  scenario: Scenario;
  seed: number;
  timing: TimingMode;
}
