import type { Scenario } from '../scenario/schema.ts';
import { isTimed, nodeAt, shownChoices, timeoutOf, type SessionContext } from './context.ts';
import type { Countdown, TimingMode } from './types.ts';

/** A steady reading pace for text seen for the first time (a slow adult reader, not a skimmer). */
export const READING_WORDS_PER_MINUTE = 180;

/** WCAG 2.2.1: an adjustable limit must allow at least ten times the default. */
export const EXTENDED_TIME_FACTOR = 10;

/** Words as a reader meets them: what stands between spaces, if it holds a letter or a digit. */
export function wordCount(text: string): number {
  return text.split(/\s+/u).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** Whole seconds to read these texts at the reading pace, rounded up. */
export function readingSeconds(texts: readonly string[]): number {
  const words = texts.reduce((sum, text) => sum + wordCount(text), 0);
  return Math.ceil((words * 60) / READING_WORDS_PER_MINUTE);
}

/**
 * A countdown's length: the author's seconds for the decision plus the time to read what the
 * learner must read before deciding. That is every option as shown and the customer's line at this
 * moment too: no channel paces the line out at reading speed any more (messages appear whole and
 * speech types within a second), so the line has to be read after it is shown, like the options.
 * Extended timing stretches both parts alike.
 */
export function countdownFor(input: {
  authorSeconds: number;
  read: readonly string[];
  timing: TimingMode;
}): Countdown | null {
  const factor = { standard: 1, extended: EXTENDED_TIME_FACTOR, off: 0 }[input.timing];
  if (factor === 0) return null;
  const decisionSeconds = input.authorSeconds * factor;
  const reading = readingSeconds(input.read) * factor;
  return { seconds: decisionSeconds + reading, decisionSeconds, readingSeconds: reading };
}

/** The countdown at the learner's current moment, or null where no countdown runs. */
export function countdownAt(scenario: Scenario, context: SessionContext): Countdown | null {
  const node = nodeAt(scenario, context.nodeId);
  const timeout = timeoutOf(node);
  if (timeout === undefined || !isTimed(node, context.timing)) return null;
  const options = shownChoices(scenario, context).map((choice) => choice.say);
  return countdownFor({
    authorSeconds: timeout.seconds,
    read: context.line === null ? options : [context.line, ...options],
    timing: context.timing,
  });
}

/** The debrief's timing note: "You had 24 s: 15 s for the decision and 9 s to read the line and the options." */
export function countdownInWords(countdown: Countdown): string {
  return `You had ${countdown.seconds} s: ${countdown.decisionSeconds} s for the decision and ${countdown.readingSeconds} s to read the line and the options.`;
}
