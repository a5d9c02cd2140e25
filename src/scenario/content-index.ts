import { z } from './zod.ts';
import {
  CHANNELS,
  JUSTIFIED,
  PRESSURES,
  SECTORS,
  TRAITS,
  criterionIdSchema,
  nationSchema,
  rangeIdSchema,
  scenarioSchema,
  techniqueIdSchema,
  type Scenario,
} from './schema.ts';
import { packSchema } from './pack-schema.ts';
import { evidencedIn, rangeOf } from './coverage.ts';

/**
 * The index of built content (content/index.json): `build-content` writes it, the game's menu
 * fetches it first. Fetched over the network, so the game validates it: entries are strict about
 * what the menu shows and lenient about fields added later.
 */

/** Relative to content/, like scenarios/retail-kettle.json. No way out of the content folder. */
const contentFile = z
  .string()
  .regex(/^[A-Za-z0-9_\-/]+\.json$/, 'a relative .json path inside content/')
  .refine((file) => !file.split('/').includes('..') && !file.startsWith('/'), {
    message: 'must stay inside the content folder',
  });

/** One scenario as the menu lists it. */
export const scenarioSummarySchema = z.object({
  id: z.string().min(1).max(80),
  title: z.string().min(1).max(200),
  summary: z.string().max(600),
  traits: z.array(z.enum(TRAITS)).min(1),
  /** Whether the complaint is justified, as the investigation finds it. */
  justified: z.enum(JUSTIFIED),
  sector: z.enum(SECTORS),
  channel: z.enum(CHANNELS),
  pressure: z.enum(PRESSURES),
  nation: nationSchema,
  difficulty: scenarioSchema.shape.difficulty,
  minutes: z.number().int().min(1).max(600),
  /** Whether any moment has a countdown (shown on the menu card, so no learner is surprised). */
  timed: z.boolean().default(false),
  /** Criteria some decision in it evidences. */
  criteria: z.array(criterionIdSchema),
  techniques: z.array(techniqueIdSchema),
  range: z.array(rangeIdSchema),
  file: contentFile,
});

export const contentIndexSchema = z.object({
  generated: z.literal('resolve'),
  scenarios: z.array(scenarioSummarySchema),
  packs: z.array(packSchema).default([]),
  knowledgeChecks: z
    .array(
      z.object({ id: z.string().min(1).max(80), title: z.string().max(200), file: contentFile }),
    )
    .default([]),
});

/** What the index holds once read: what `build-content` must write, defaults and all. */
export type ScenarioSummary = z.output<typeof scenarioSummarySchema>;
export type ContentIndex = z.output<typeof contentIndexSchema>;

/** Whether any moment has a countdown: a "busy" setting alone does not make a scenario timed. */
export function hasTimedMoments(scenario: Scenario): boolean {
  return Object.values(scenario.nodes).some(
    (node) => node.kind === 'dialogue' && node.timeout !== undefined,
  );
}

/** A scenario as the menu lists it. */
export function scenarioSummary(scenario: Scenario): ScenarioSummary {
  const evidenced = evidencedIn(scenario);
  return {
    id: scenario.id,
    title: scenario.title,
    summary: scenario.summary,
    traits: scenario.customer.traits,
    justified: scenario.complaint.justified,
    sector: scenario.setting.sector,
    channel: scenario.setting.channel,
    pressure: scenario.setting.pressure,
    nation: scenario.setting.nation,
    difficulty: scenario.difficulty,
    minutes: scenario.minutes,
    timed: hasTimedMoments(scenario),
    criteria: evidenced.criteria,
    techniques: evidenced.techniques,
    range: rangeOf(scenario),
    file: `scenarios/${scenario.id}.json`,
  };
}
