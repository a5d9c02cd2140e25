import type { z } from '../../scenario/zod.ts';
import { scenarioSchema, type Scenario } from '../../scenario/schema.ts';
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

function describeIssues(error: z.ZodError, limit = 8): string[] {
  const lines = error.issues.slice(0, limit).map((issue) => {
    const where = issue.path.length
      ? issue.path
          .map((part, index) =>
            typeof part === 'number' ? `[${part}]` : `${index ? '.' : ''}${String(part)}`,
          )
          .join('')
      : '(the whole file)';
    return `${where}: ${issue.message}`;
  });
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

export async function loadScenario(
  summary: Pick<ScenarioSummary, 'id' | 'file'>,
  fetcher: typeof fetch = fetch,
): Promise<Loaded<Scenario>> {
  const raw = await fetchJson(summary.file, fetcher);
  if (!raw.ok) return raw;
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
  return { ok: true, value: parsed.data };
}
