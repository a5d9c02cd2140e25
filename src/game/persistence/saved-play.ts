import { z } from '../../scenario/zod.ts';
import { TIMING_MODES } from '../../scenario/pack-schema.ts';

/**
 * What the game saves after every step: the engine's persisted session plus what the menu needs
 * to offer "Continue" without loading the scenario. The session part is checked by the engine's
 * `restoreSession`, which refuses snapshots of another version of the scenario.
 */
export const savedPlaySchema = z.object({
  format: z.literal('resolve-play'),
  version: z.literal(1),
  scenarioId: z.string().min(1).max(80),
  scenarioTitle: z.string().min(1).max(200),
  packId: z.string().max(80).optional(),
  timing: z.object({
    mode: z.enum(TIMING_MODES),
    source: z.enum(['learner', 'pack', 'default']),
  }),
  step: z.number().int().min(0),
  nodeTitle: z.string().max(200).optional(),
  savedAt: z.string().max(40),
  session: z.looseObject({ format: z.literal('resolve-session') }),
});

export type SavedPlay = z.infer<typeof savedPlaySchema>;

/** Reads whatever `listProgress` returned: entries that are not saved plays are skipped. */
export function parseSavedPlays(listed: unknown): SavedPlay[] {
  if (!Array.isArray(listed)) return [];
  const plays: SavedPlay[] = [];
  for (const item of listed as readonly unknown[]) {
    const candidate =
      typeof item === 'object' && item !== null && 'snapshot' in item ? item.snapshot : item;
    const parsed = savedPlaySchema.safeParse(candidate);
    if (parsed.success) plays.push(parsed.data);
  }
  return plays.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

export function parseSavedPlay(stored: unknown): SavedPlay | null {
  const parsed = savedPlaySchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}
