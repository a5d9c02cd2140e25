import type { Expression } from '../../scenario/schema.ts';
import type { Scenario, ScenarioNode } from '../../scenario/schema.ts';
import {
  FEEDBACK_DIRECTIONS,
  JUSTIFIED,
  SECTOR_LABELS,
  TRAIT_IDS,
  TRAIT_INFO,
  type Justified,
  type Sector,
  type Trait,
} from '../../scenario/vocabulary.ts';

/** The words the interface uses for the scenario language's values. */

/** Each customer trait's label, from the scenario language's vocabulary. */
export const TRAIT_WORDS: Record<Trait, string> = Object.fromEntries(
  TRAIT_IDS.map((trait) => [trait, TRAIT_INFO[trait].label]),
) as Record<Trait, string>;

/** A customer's traits in words: "Angry, hard of hearing". */
export const traitsWords = (traits: readonly Trait[]): string =>
  traits
    .map((trait, index) => (index === 0 ? TRAIT_WORDS[trait] : TRAIT_WORDS[trait].toLowerCase()))
    .join(', ');

export const CHANNEL_WORDS: Record<Scenario['setting']['channel'], string> = {
  'face-to-face': 'Face to face',
  phone: 'Phone call',
  email: 'Email',
  letter: 'Letter',
  'live-chat': 'Live chat',
  'social-media': 'Social media',
};

export const SECTOR_WORDS: Record<Sector, string> = SECTOR_LABELS;

/**
 * A node's heading: its title, or the kind's heading. A colleague-feedback node says which way the
 * feedback goes, so the learner knows whether to give it or take it.
 */
export function headingOf(node: ScenarioNode, kindHeading: string): string {
  if (node.kind === 'colleague-feedback' && node.direction !== undefined) {
    const direction = FEEDBACK_DIRECTIONS[node.direction];
    return node.title === undefined ? direction : `${direction}: ${node.title}`;
  }
  return node.title ?? kindHeading;
}

export const JUSTIFIED_WORDS: Record<Justified, string> = Object.fromEntries(
  Object.entries(JUSTIFIED).map(([id, info]) => [id, info.label]),
) as Record<Justified, string>;

export const DIFFICULTY_WORDS: Record<Scenario['difficulty'], string> = {
  introductory: 'Introductory',
  intermediate: 'Intermediate',
  advanced: 'Advanced',
};

export const PRESSURE_WORDS: Record<Scenario['setting']['pressure'], string> = {
  routine: 'Routine day',
  busy: 'Busy day',
  quiet: 'Quiet day',
};

export const NATION_WORDS: Record<Scenario['setting']['nation'], string> = {
  england: 'England',
  wales: 'Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
};

export const OUTCOME_WORDS = {
  resolved: 'Resolved',
  escalated: 'Escalated to someone who can help',
  referred: 'Referred elsewhere',
  lost: 'Customer lost',
} as const;

export const EXPRESSION_WORDS: Record<Expression, string> = {
  neutral: 'calm',
  annoyed: 'annoyed',
  furious: 'furious',
  confused: 'confused',
  anxious: 'anxious',
  relieved: 'relieved',
  pleased: 'pleased',
};

type Presence = 'seen' | 'heard' | 'written';

/** What the learner would notice: body language face to face, tone on the phone, wording in writing. */
const CUES: Record<Presence, Record<Expression, string>> = {
  seen: {
    neutral: 'Relaxed shoulders, steady eye contact.',
    annoyed: 'Arms folded, tapping the counter.',
    furious: 'Red-faced, voice raised, leaning over the counter.',
    confused: 'Frowning, looking from you to the paperwork and back.',
    anxious: 'Fidgeting, glancing at the clock.',
    relieved: 'Shoulders drop; a long breath out.',
    pleased: 'Smiling and nodding.',
  },
  heard: {
    neutral: 'An even, steady voice.',
    annoyed: 'Clipped, short answers; a sigh down the line.',
    furious: 'Loud and fast, talking over you.',
    confused: 'Hesitant, asking you to repeat things.',
    anxious: 'Speaking quickly, voice wavering.',
    relieved: 'The voice softens; a small laugh.',
    pleased: 'Warm and friendly.',
  },
  written: {
    neutral: 'A plain, polite message.',
    annoyed: 'Curt sentences and a pointed tone.',
    furious: 'Capital letters and exclamation marks.',
    confused: 'Lots of questions; unsure what to ask for.',
    anxious: 'Urgent wording, asking for a quick reply.',
    relieved: 'A friendlier tone than before.',
    pleased: 'Thanks and a friendly sign-off.',
  },
};

export function presenceOf(channel: Scenario['setting']['channel']): Presence {
  if (channel === 'face-to-face') return 'seen';
  if (channel === 'phone') return 'heard';
  return 'written';
}

/**
 * Face to face with a customer who is filming: one hand holds the phone up, so no folded arms or
 * tapping fingers. `{their}` becomes the customer's possessive pronoun.
 */
const FILMING_CUES: Record<Expression, string> = {
  neutral: 'Holding {their} phone up, filming you; steady eye contact.',
  annoyed: 'Holding {their} phone up, filming you; jaw set.',
  furious: 'Phone held up close, filming you; voice raised.',
  confused: 'Phone still up, frowning at you over the top of it.',
  anxious: 'Phone held up, glancing between the screen and you.',
  relieved: 'Phone still filming, but the shoulders drop; a long breath out.',
  pleased: 'Smiling and nodding, phone still filming.',
};

/** The possessive for the scenario's pronouns ("he/him" → "his"); "a" when they give no clue. */
export function possessiveOf(pronouns: string): string {
  const first =
    pronouns
      .trim()
      .toLowerCase()
      .split(/[\s/,]+/)[0] ?? '';
  const known: Record<string, string> = { he: 'his', she: 'her', they: 'their' };
  return known[first] ?? 'a';
}

/** What of the customer the cue needs: their pronouns and what they hold or wear. */
export interface CueCustomer {
  pronouns: string;
  appearance: { extras?: readonly string[] | undefined };
}

export function expressionCue(
  channel: Scenario['setting']['channel'],
  expression: Expression,
  customer?: CueCustomer,
): string {
  const presence = presenceOf(channel);
  if (presence === 'seen' && customer?.appearance.extras?.includes('holding-phone')) {
    return FILMING_CUES[expression].replaceAll('{their}', possessiveOf(customer.pronouns));
  }
  return CUES[presence][expression];
}

export function minutesWords(minutes: number): string {
  return minutes === 1 ? 'about 1 minute' : `about ${minutes} minutes`;
}

/** A mood level (0..100) in words, so nothing relies on a bar's length or colour. */
export function levelWords(value: number): string {
  if (value >= 80) return 'very high';
  if (value >= 60) return 'high';
  if (value >= 40) return 'moderate';
  if (value >= 20) return 'low';
  return 'very low';
}
