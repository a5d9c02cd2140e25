import type { Mood, MoodChange } from '../scenario/schema.ts';
import type { MoodInWords } from './types.ts';

const clampLevel = (value: number): number => Math.min(100, Math.max(0, Math.round(value)));

/** Moods stay within 0–100 however many changes pile up. */
export function applyMoodChange(mood: Mood, change: MoodChange | undefined): Mood {
  if (change === undefined) return mood;
  return {
    anger: clampLevel(mood.anger + (change.anger ?? 0)),
    confusion: clampLevel(mood.confusion + (change.confusion ?? 0)),
    trust: clampLevel(mood.trust + (change.trust ?? 0)),
  };
}

// Five bands: the words a screen reader speaks instead of a meter.
const band = (level: number): 0 | 1 | 2 | 3 | 4 =>
  level < 15 ? 0 : level < 40 ? 1 : level < 65 ? 2 : level < 85 ? 3 : 4;

const ANGER = ['calm', 'a little irritated', 'irritated', 'angry', 'very angry'] as const;
const CONFUSION = ['clear', 'a little unsure', 'unsure', 'confused', 'very confused'] as const;
const TRUST = [
  'no trust in you',
  'wary of you',
  'undecided about you',
  'trusting you',
  'fully trusting you',
] as const;

// The confusion and trust words as they read inside a sentence about the customer.
const CONFUSION_IN_A_SENTENCE: Partial<Record<string, string>> = { clear: 'not confused' };
const TRUST_IN_A_SENTENCE: Partial<Record<string, string>> = {
  'no trust in you': 'with no trust in you',
};

export function moodInWords(mood: Mood): MoodInWords {
  const anger = ANGER[band(mood.anger)];
  const confusion = CONFUSION[band(mood.confusion)];
  const trust = TRUST[band(mood.trust)];
  const sentence = `${anger}, ${CONFUSION_IN_A_SENTENCE[confusion] ?? confusion} and ${
    TRUST_IN_A_SENTENCE[trust] ?? trust
  }.`;
  return {
    anger,
    confusion,
    trust,
    summary: `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}`,
  };
}
