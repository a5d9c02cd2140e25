import type { RangeId } from '../curriculum/ids.ts';

/**
 * Words of the scenario language that are more than an id: each customer trait with the Unit 312
 * range item it evidences, each sector with the label the menu and the index show. The game's
 * interface words and the authoring guide both read them from here, so the two cannot drift.
 */

interface TraitInfo {
  label: string;
  meaning: string;
  range: RangeId;
}

/**
 * What a customer is like, several at once where the story needs it (angry and hard of hearing).
 * The four broad ones name the range items; the finer ones say which different need it is.
 */
export const TRAIT_INFO = {
  angry: {
    label: 'Angry',
    meaning: 'appears angry: raised voice, blame, threats to go elsewhere',
    range: '312 range 3b',
  },
  confused: {
    label: 'Confused',
    meaning: 'appears confused: unsure what happened, what to ask for or what the terms mean',
    range: '312 range 3b',
  },
  unusual: {
    label: 'Behaves unusually',
    meaning: 'behaves unusually: films the conversation, makes an unusual demand, goes public',
    range: '312 range 3c',
  },
  'different-needs': {
    label: 'Different needs',
    meaning: 'has needs and expectations the usual way of dealing does not meet',
    range: '312 range 3a',
  },
  'hard-of-hearing': {
    label: 'Hard of hearing',
    meaning: 'is deaf or hard of hearing: the phone, a noisy counter or a mask get in the way',
    range: '312 range 3a',
  },
  'sight-loss': {
    label: 'Sight loss',
    meaning: 'is blind or partially sighted: small print, forms and screens get in the way',
    range: '312 range 3a',
  },
  'limited-english': {
    label: 'Limited English',
    meaning: 'reads or speaks little English: jargon and long sentences get in the way',
    range: '312 range 3a',
  },
  'reduced-mobility': {
    label: 'Reduced mobility',
    meaning: 'cannot easily get about: stairs, queues and "pop in with it" get in the way',
    range: '312 range 3a',
  },
  bereaved: {
    label: 'Bereaved',
    meaning:
      'has lost someone close: may be dealing with their accounts and needs time and gentleness',
    range: '312 range 3a',
  },
} as const satisfies Record<string, TraitInfo>;
export type Trait = keyof typeof TRAIT_INFO;
export const TRAIT_IDS = Object.keys(TRAIT_INFO) as [Trait, ...Trait[]];

/** The range items a customer with these traits evidences, once each, in range order. */
export const rangeOfTraits = (traits: readonly Trait[]): RangeId[] =>
  [...new Set(traits.map((trait) => TRAIT_INFO[trait].range))].sort();

/** Sectors, with the label shown wherever a sector is (menu filter, menu card, index, guide). */
export const SECTOR_LABELS = {
  retail: 'Retail',
  'online-retail': 'Online retail',
  'home-services': 'Home services',
  energy: 'Energy',
  water: 'Water',
  telecoms: 'Telecoms',
  financial: 'Financial services',
  council: 'Council',
  housing: 'Housing',
  nhs: 'NHS',
  hospitality: 'Hospitality',
  travel: 'Travel',
  transport: 'Transport',
} as const satisfies Record<string, string>;
export type Sector = keyof typeof SECTOR_LABELS;
export const SECTOR_IDS = Object.keys(SECTOR_LABELS) as [Sector, ...Sector[]];

/** Whether the organisation thinks the complaint justified, as the investigation finds it. */
export const JUSTIFIED = {
  yes: { label: 'Justified', range: ['312 range 1a'] },
  no: { label: 'Unjustified', range: ['312 range 1b'] },
  // Part of it stands and part does not: the learner judges both ways in one complaint.
  partly: { label: 'Partly justified', range: ['312 range 1a', '312 range 1b'] },
  'not-yet-known': { label: 'Not yet known', range: [] },
} as const satisfies Record<string, { label: string; range: readonly RangeId[] }>;
export type Justified = keyof typeof JUSTIFIED;
export const JUSTIFIED_IDS = Object.keys(JUSTIFIED) as [Justified, ...Justified[]];

/** Who gives feedback at a colleague-feedback node. */
export const FEEDBACK_DIRECTIONS = {
  given: 'Feedback to a colleague',
  received: 'Feedback from a colleague',
} as const;
export type FeedbackDirection = keyof typeof FEEDBACK_DIRECTIONS;
