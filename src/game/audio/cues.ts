import type { CHANNELS, PRESSURES, SECTORS } from '../../scenario/schema.ts';
import { COUNTER_SECTORS } from '../backdrops/plan.ts';

/** Every sound the game can play; each is one entry of the audio sprite (scripts/make-audio.mjs). */
export const SOUND_CUES = [
  'choice-click',
  'timer-warning',
  'time-out',
  'record-opened',
  'form-saved',
  'ending-good',
  'ending-bad',
  'phone-ring',
  'phone-pickup',
  'message-arrive',
  'ambience-shop',
  'ambience-call-centre',
  'ambience-office',
  'ambience-line',
] as const;

export type SoundCue = (typeof SOUND_CUES)[number];

/**
 * What each sound means, in words, for captions. The game shows these whenever the sound would
 * play, sound on or off, so nobody misses what a sound tells.
 */
export const CAPTIONS: Record<SoundCue, string> = {
  'choice-click': '[Click]',
  'timer-warning': '[Timer: 5 seconds left]',
  'time-out': '[Time is up]',
  'record-opened': '[Record opens]',
  'form-saved': '[Complaint log saved]',
  'ending-good': '[Bright chime: it ended well]',
  'ending-bad': '[Low tones: it ended badly]',
  'phone-ring': '[Phone rings]',
  'phone-pickup': '[Call connects]',
  'message-arrive': '[New message arrives]',
  'ambience-shop': '[Busy shop: chatter and tills]',
  'ambience-call-centre': '[Call centre: low hum, distant voices and keyboards]',
  'ambience-office': '[Quiet office: air conditioning and the odd keyboard]',
  'ambience-line': '[Phone line: faint hiss]',
};

/**
 * Whether a cue's caption is announced. The click only echoes the learner's own key press or tap,
 * so captioning it would add noise without telling them anything new.
 */
export const CAPTIONED: Record<SoundCue, boolean> = {
  'choice-click': false,
  'timer-warning': true,
  'time-out': true,
  'record-opened': true,
  'form-saved': true,
  'ending-good': true,
  'ending-bad': true,
  'phone-ring': true,
  'phone-pickup': true,
  'message-arrive': true,
  'ambience-shop': true,
  'ambience-call-centre': true,
  'ambience-office': true,
  'ambience-line': true,
};

/** Playback level of each cue (0..1): the sprite is normalised, so levels are set here. */
export const CUE_LEVELS: Record<SoundCue, number> = {
  'choice-click': 0.35,
  'timer-warning': 0.55,
  'time-out': 0.6,
  'record-opened': 0.45,
  'form-saved': 0.5,
  'ending-good': 0.6,
  'ending-bad': 0.6,
  'phone-ring': 0.5,
  'phone-pickup': 0.45,
  'message-arrive': 0.5,
  'ambience-shop': 0.3,
  'ambience-call-centre': 0.22,
  'ambience-office': 0.18,
  'ambience-line': 0.08,
};

export type AmbienceCue = Extract<SoundCue, `ambience-${string}`>;

export interface AmbienceSetting {
  channel: (typeof CHANNELS)[number];
  sector: (typeof SECTORS)[number];
  pressure: (typeof PRESSURES)[number];
}

export interface AmbienceLayer {
  cue: AmbienceCue;
  /** Relative to the cue's own level: busy places are louder than quiet ones. */
  gain: number;
  /** Said instead of the cue's own caption when the same sound stands for another place. */
  caption?: string;
}

/**
 * The shop floor's sound by pressure. One recording (chatter and till beeps), played softer and
 * captioned for what the learner would hear: a quiet morning is not a busy shop.
 */
const SHOP_FLOOR: Record<AmbienceSetting['pressure'], AmbienceLayer> = {
  busy: { cue: 'ambience-shop', gain: 1.3 },
  routine: { cue: 'ambience-shop', gain: 0.9, caption: '[Shop floor: a few voices, the odd till]' },
  quiet: {
    cue: 'ambience-shop',
    gain: 0.4,
    caption: '[Quiet shop: distant voices, now and then a till]',
  },
};

const PRESSURE_GAIN: Record<AmbienceSetting['pressure'], number> = {
  busy: 1.3,
  routine: 1,
  quiet: 0.6,
};

/**
 * The background a setting sounds like. The first layer names the place and is the one captioned.
 * Face to face at a counter (a shop, a phone shop, a hotel or station desk): the shop floor, as busy
 * as the day; at a reception desk or a branch: an office, busy or not.
 * On the phone: the call centre around the learner with the line's hiss on top. Written channels:
 * an office, which sounds like a call centre when the team is busy.
 */
export function ambienceFor(setting: AmbienceSetting): AmbienceLayer[] {
  const gain = PRESSURE_GAIN[setting.pressure];
  switch (setting.channel) {
    case 'face-to-face':
      if (COUNTER_SECTORS.has(setting.sector)) return [{ ...SHOP_FLOOR[setting.pressure] }];
      return setting.pressure === 'busy'
        ? [{ cue: 'ambience-shop', gain: 0.7, caption: '[Busy waiting area: chatter]' }]
        : [{ cue: 'ambience-office', gain }];
    case 'phone':
      return [
        { cue: 'ambience-call-centre', gain },
        { cue: 'ambience-line', gain: 1 },
      ];
    case 'email':
    case 'letter':
    case 'live-chat':
    case 'social-media':
      return setting.pressure === 'busy'
        ? [
            {
              cue: 'ambience-call-centre',
              gain: 0.8,
              caption: '[Busy office: voices and keyboards]',
            },
          ]
        : [{ cue: 'ambience-office', gain }];
  }
}
