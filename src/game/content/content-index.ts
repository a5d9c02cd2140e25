import { z } from '../../scenario/zod.ts';
import {
  CHANNELS,
  PERSONAS,
  PRESSURES,
  SECTORS,
  criterionIdSchema,
  nationSchema,
  rangeIdSchema,
  techniqueIdSchema,
} from '../../scenario/schema.ts';
import { packSchema } from '../../scenario/pack-schema.ts';

/**
 * The menu's index of built content (content/index.json). Fetched over the network, so validated:
 * entries are strict about what the menu shows and lenient about fields added later.
 */
export const scenarioSummarySchema = z.object({
  id: z.string().min(1).max(80),
  title: z.string().min(1).max(200),
  summary: z.string().max(600),
  persona: z.enum(PERSONAS),
  sector: z.enum(SECTORS),
  channel: z.enum(CHANNELS),
  pressure: z.enum(PRESSURES),
  nation: nationSchema,
  difficulty: z.enum(['introductory', 'intermediate', 'advanced']),
  minutes: z.number().int().min(1).max(600),
  timed: z.boolean().default(false),
  criteria: z.array(criterionIdSchema),
  techniques: z.array(techniqueIdSchema),
  range: z.array(rangeIdSchema),
  /** Relative to content/, like scenarios/retail-kettle.json. No way out of the content folder. */
  file: z
    .string()
    .regex(/^[A-Za-z0-9_\-/]+\.json$/, 'a relative .json path inside content/')
    .refine((file) => !file.split('/').includes('..') && !file.startsWith('/'), {
      message: 'must stay inside the content folder',
    }),
});

export const contentIndexSchema = z.object({
  scenarios: z.array(scenarioSummarySchema),
  packs: z.array(packSchema).default([]),
  knowledgeChecks: z.array(z.unknown()).default([]),
});

export type ScenarioSummary = z.infer<typeof scenarioSummarySchema>;
export type ContentIndex = z.infer<typeof contentIndexSchema>;
