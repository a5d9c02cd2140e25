import { z } from '../../scenario/zod.ts';
import {
  FEEDBACK_MODES,
  TIMING_MODES,
  type FeedbackMode,
  type Pack,
  type TimingMode,
} from '../../scenario/pack-schema.ts';

/**
 * The learner's settings. What storage returns is untrusted (an old version, a hand-edited
 * database): each field falls back to its default on its own, so one bad value never loses the rest.
 */

export const TEXT_SIZES = ['standard', 'large', 'larger', 'largest'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
export const TEXT_SIZE_PERCENT: Record<TextSize, number> = {
  standard: 100,
  large: 125,
  larger: 150,
  largest: 200,
};

export const REDUCED_MOTION_CHOICES = ['system', 'on', 'off'] as const;
export const TIMING_CHOICES = ['default', ...TIMING_MODES] as const;
export type TimingChoice = (typeof TIMING_CHOICES)[number];
export const MOOD_METER_CHOICES = ['default', 'on', 'off'] as const;
export const FEEDBACK_CHOICES = ['default', ...FEEDBACK_MODES] as const;

export const DEFAULT_SETTINGS = {
  textSize: 'standard',
  reducedMotion: 'system',
  sound: true,
  volume: 0.7,
  captions: true,
  timing: 'default',
  highContrast: false,
  moodMeter: 'default',
  feedback: 'default',
  seenHowToPlay: false,
} as const satisfies Record<string, unknown>;

export const settingsSchema = z.object({
  textSize: z.enum(TEXT_SIZES).catch(DEFAULT_SETTINGS.textSize),
  reducedMotion: z.enum(REDUCED_MOTION_CHOICES).catch(DEFAULT_SETTINGS.reducedMotion),
  sound: z.boolean().catch(DEFAULT_SETTINGS.sound),
  volume: z.number().min(0).max(1).catch(DEFAULT_SETTINGS.volume),
  captions: z.boolean().catch(DEFAULT_SETTINGS.captions),
  timing: z.enum(TIMING_CHOICES).catch(DEFAULT_SETTINGS.timing),
  highContrast: z.boolean().catch(DEFAULT_SETTINGS.highContrast),
  moodMeter: z.enum(MOOD_METER_CHOICES).catch(DEFAULT_SETTINGS.moodMeter),
  feedback: z.enum(FEEDBACK_CHOICES).catch(DEFAULT_SETTINGS.feedback),
  seenHowToPlay: z.boolean().catch(DEFAULT_SETTINGS.seenHowToPlay),
});

export type Settings = z.infer<typeof settingsSchema>;

/** Reads stored settings; anything unreadable becomes the default for that field. */
export function parseSettings(stored: unknown): Settings {
  const input =
    typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? stored : {};
  const result = settingsSchema.safeParse(input);
  return result.success ? result.data : settingsSchema.parse({});
}

export interface EffectiveTiming {
  mode: TimingMode;
  /** Whose choice it was, for the debrief: the learner's own setting always wins over a pack's. */
  source: 'learner' | 'pack' | 'default';
}

export function effectiveTiming(settings: Settings, pack?: Pack): EffectiveTiming {
  if (settings.timing !== 'default') return { mode: settings.timing, source: 'learner' };
  const fromPack = pack?.settings?.timing;
  if (fromPack) return { mode: fromPack, source: 'pack' };
  return { mode: 'standard', source: 'default' };
}

export function effectiveMoodMeter(settings: Settings, pack?: Pack): boolean {
  if (settings.moodMeter !== 'default') return settings.moodMeter === 'on';
  return pack?.settings?.moodMeter ?? true;
}

/** The learner's own choice wins; then the pack's; otherwise feedback waits for the debrief. */
export function effectiveFeedback(settings: Settings, pack?: Pack): FeedbackMode {
  if (settings.feedback !== 'default') return settings.feedback;
  return pack?.settings?.feedback ?? 'at-end';
}

export function effectiveReducedMotion(settings: Settings, systemPrefersReduced: boolean): boolean {
  if (settings.reducedMotion === 'system') return systemPrefersReduced;
  return settings.reducedMotion === 'on';
}

export function describeTiming(timing: EffectiveTiming): string {
  const mode = {
    standard: 'standard timing',
    extended: 'extended timing, at least ten times longer',
    off: 'no time limits',
  }[timing.mode];
  const source = {
    learner: 'your setting',
    pack: 'set by the pack',
    default: 'the default',
  }[timing.source];
  return `${mode} (${source})`;
}
