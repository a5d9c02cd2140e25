import { transcriptSchema } from '../engine/transcript-schema.ts';
import type { PersistedSession } from '../engine/types.ts';
import { timingModeSchema } from '../scenario/pack-schema.ts';
import { z } from '../scenario/zod.ts';

const scenarioId = z.string().min(1).max(80);
const scenarioTitle = z.string().min(1).max(200);
const packId = z.string().max(80);
/** Whose choice the timing was: the learner's own setting, the pack's, or the default. */
const timingSource = z.enum(['learner', 'pack', 'default']);

/**
 * The engine's saved session. Only its label is checked here, so a damaged one still shows on the
 * menu: `restoreSession` checks the rest and refuses it with a reason the learner is told.
 */
const persistedSession = z.custom<PersistedSession>(
  (value) =>
    typeof value === 'object' &&
    value !== null &&
    'format' in value &&
    value.format === 'resolve-session',
  'a saved Resolve session',
);

/**
 * A play in progress, saved after every step: the engine's persisted session plus what the menu
 * needs to offer "Continue" without loading the scenario.
 */
export const savedPlaySchema = z.object({
  format: z.literal('resolve-play'),
  version: z.literal(1),
  scenarioId,
  scenarioTitle,
  packId: packId.optional(),
  timing: z.object({ mode: timingModeSchema, source: timingSource }),
  step: z.number().int().min(0),
  nodeTitle: z.string().max(200).optional(),
  savedAt: z.string().max(40),
  session: persistedSession,
});

export type SavedPlay = z.infer<typeof savedPlaySchema>;

/** A finished play, kept for the learner's history and export; its transcript replays the score. */
export const finishedPlaySchema = z.object({
  format: z.literal('resolve-result'),
  version: z.literal(1),
  scenarioId,
  scenarioTitle,
  packId: packId.optional(),
  timingSource,
  finishedAt: z.string().max(40),
  transcript: transcriptSchema,
});

export type FinishedPlay = z.infer<typeof finishedPlaySchema>;
