import type { z } from '../../scenario/zod.ts';
import { scenarioSchema, type Scenario } from '../../scenario/schema.ts';
import { checkPlayable } from '../../scenario/analyse.ts';
import type { Diagnostic } from '../../scenario/diagnostics.ts';
import { analyseKnowledgeCheck } from '../../scenario/content-checks.ts';
import { knowledgeCheckSchema, type KnowledgeCheck } from '../../scenario/pack-schema.ts';
import { noPositions } from '../../scenario/positions.ts';
import { findDeepNesting, SOURCE_LIMITS, tooDeep } from '../../scenario/guard.ts';
import {
  contentIndexSchema,
  type ContentIndex,
  type ScenarioSummary,
} from '../../scenario/content-index.ts';

/** Why content could not be used, in words for the learner (or the tutor who installed it). */
export interface ContentProblem {
  file: string;
  message: string;
  details: string[];
}

export type Loaded<T> = { ok: true; value: T } | { ok: false; problem: ContentProblem };

/** Content lives beside the page: relative URLs keep the build working from any folder. */
export const CONTENT_BASE = 'content/';

/** `nodes.greeting.choices[0].next`: a place in the data, as the file's keys and indexes name it. */
function describePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(the whole file)';
  const shown = path.length > 12 ? path.slice(0, 10) : path;
  const words = shown
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index ? '.' : ''}${String(part)}`,
    )
    .join('');
  return path.length > shown.length ? `${words}… (${path.length} levels down)` : words;
}

function describeIssues(error: z.ZodError, limit = 8): string[] {
  const lines = error.issues
    .slice(0, limit)
    .map((issue) => `${describePath(issue.path)}: ${issue.message}`);
  if (error.issues.length > limit) lines.push(`… and ${error.issues.length - limit} more`);
  return lines;
}

async function fetchJson(file: string, fetcher: typeof fetch): Promise<Loaded<unknown>> {
  let response: Response;
  try {
    response = await fetcher(CONTENT_BASE + file, { cache: 'no-cache' });
  } catch (error) {
    return {
      ok: false,
      problem: {
        file: CONTENT_BASE + file,
        message: 'could not be fetched (are you offline, or was the page opened without a server?)',
        details: [error instanceof Error ? error.message : String(error)],
      },
    };
  }
  if (!response.ok) {
    return {
      ok: false,
      problem: {
        file: CONTENT_BASE + file,
        message:
          `could not be fetched: the server answered ${response.status} ${response.statusText}`.trim(),
        details: ['Rebuild the content with `npm run scenarios`, then `npm run build`.'],
      },
    };
  }
  try {
    return { ok: true, value: (await response.json()) as unknown };
  } catch (error) {
    return {
      ok: false,
      problem: {
        file: CONTENT_BASE + file,
        message: 'is not valid JSON',
        details: [error instanceof Error ? error.message : String(error)],
      },
    };
  }
}

export async function loadContentIndex(
  fetcher: typeof fetch = fetch,
): Promise<Loaded<ContentIndex>> {
  const raw = await fetchJson('index.json', fetcher);
  if (!raw.ok) return raw;
  const parsed = contentIndexSchema.safeParse(raw.value);
  if (!parsed.success) {
    return {
      ok: false,
      problem: {
        file: `${CONTENT_BASE}index.json`,
        message: 'does not match the content index format',
        details: describeIssues(parsed.error),
      },
    };
  }
  return { ok: true, value: parsed.data };
}

/** Where, what and the fix: the CLI's line and column become the place in the data. */
function describeDiagnostic(diagnostic: Diagnostic): string {
  return `${describePath(diagnostic.path ?? [])}: ${diagnostic.message}${diagnostic.fix ? ` (fix: ${diagnostic.fix})` : ''}`;
}

/**
 * The graph checks `resolve validate` makes (ids, routes, conditions, reachability), on a built
 * file before it is played: a file changed after the build must not start a play that sticks. Only
 * errors stop it; warnings were the author's to read.
 */
export function checkBuiltScenario(scenario: Scenario, file: string): ContentProblem | null {
  let errors: Diagnostic[];
  try {
    errors = checkPlayable(scenario, { file }).filter((each) => each.severity === 'error');
  } catch (error) {
    return {
      file,
      message: 'could not be checked',
      details: [error instanceof Error ? error.message : String(error)],
    };
  }
  if (errors.length === 0) return null;
  const limit = 8;
  const details = errors.slice(0, limit).map(describeDiagnostic);
  if (errors.length > limit) details.push(`… and ${errors.length - limit} more`);
  details.push('Check the scenario with `resolve validate`, then rebuild with `npm run build`.');
  return {
    file,
    message: `cannot be played: ${errors.length === 1 ? 'a problem' : `${errors.length} problems`} in how its moments lead on`,
    details,
  };
}

export async function loadScenario(
  summary: Pick<ScenarioSummary, 'id' | 'file'>,
  fetcher: typeof fetch = fetch,
): Promise<Loaded<Scenario>> {
  const raw = await fetchJson(summary.file, fetcher);
  if (!raw.ok) return raw;
  // Before the schema, which (like the checks and the engine) follows conditions by recursion.
  const deep = findDeepNesting(raw.value, SOURCE_LIMITS.depth);
  if (deep !== undefined) {
    const { message, fix } = tooDeep(CONTENT_BASE + summary.file, { line: 1, column: 1 });
    return {
      ok: false,
      problem: {
        file: CONTENT_BASE + summary.file,
        message: 'nests too deeply to be read',
        details: [`${describePath(deep)}: ${message} (fix: ${fix})`],
      },
    };
  }
  const parsed = scenarioSchema.safeParse(raw.value);
  if (!parsed.success) {
    return {
      ok: false,
      problem: {
        file: CONTENT_BASE + summary.file,
        message: 'is not a valid scenario',
        details: describeIssues(parsed.error),
      },
    };
  }
  if (parsed.data.id !== summary.id) {
    return {
      ok: false,
      problem: {
        file: CONTENT_BASE + summary.file,
        message: `holds scenario "${parsed.data.id}", but the index says "${summary.id}"`,
        details: ['Rebuild the content with `npm run scenarios`.'],
      },
    };
  }
  const problem = checkBuiltScenario(parsed.data, CONTENT_BASE + summary.file);
  if (problem) return { ok: false, problem };
  return { ok: true, value: parsed.data };
}

/**
 * A built knowledge-check file, validated as the CLI validates it: the schema, then the checks
 * that make every question answerable (one right answer, steps unique). Only errors stop it.
 */
export async function loadKnowledgeCheck(
  entry: Pick<ContentIndex['knowledgeChecks'][number], 'id' | 'file'>,
  fetcher: typeof fetch = fetch,
): Promise<Loaded<KnowledgeCheck>> {
  const file = CONTENT_BASE + entry.file;
  const raw = await fetchJson(entry.file, fetcher);
  if (!raw.ok) return raw;
  const deep = findDeepNesting(raw.value, SOURCE_LIMITS.depth);
  if (deep !== undefined)
    return { ok: false, problem: { file, message: 'nests too deeply to be read', details: [] } };
  const parsed = knowledgeCheckSchema.safeParse(raw.value);
  if (!parsed.success)
    return {
      ok: false,
      problem: {
        file,
        message: 'is not a valid knowledge check',
        details: describeIssues(parsed.error),
      },
    };
  if (parsed.data.id !== entry.id)
    return {
      ok: false,
      problem: {
        file,
        message: `holds knowledge check "${parsed.data.id}", but the index says "${entry.id}"`,
        details: ['Rebuild the content with `npm run scenarios`.'],
      },
    };
  const errors = analyseKnowledgeCheck(parsed.data, { file, positions: noPositions }).filter(
    (each) => each.severity === 'error',
  );
  if (errors.length > 0)
    return {
      ok: false,
      problem: {
        file,
        message: 'cannot be played',
        details: [
          ...errors.slice(0, 8).map(describeDiagnostic),
          'Check it with `resolve validate`, then rebuild with `npm run build`.',
        ],
      },
    };
  return { ok: true, value: parsed.data };
}
