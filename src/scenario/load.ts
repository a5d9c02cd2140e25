import type { z } from './zod.ts';
import { scenarioSchema } from './schema.ts';
import type { Scenario } from './schema.ts';
import { knowledgeCheckSchema, packSchema } from './pack-schema.ts';
import type { KnowledgeCheck, Pack } from './pack-schema.ts';
import type { Diagnostic, JsonPath } from './diagnostics.ts';
import { limitDiagnostics } from './diagnostics.ts';
import { issuesToDiagnostics } from './issues.ts';
import { noPositions } from './positions.ts';
import type { SourcePositions } from './positions.ts';
import { valueAt } from './place.ts';
import { parseYamlSource } from './yaml-source.ts';
import type { DuplicateKeyDescriber } from './yaml-source.ts';
import { SOURCE_LIMITS, tooLarge } from './guard.ts';
import { checkTextHygiene } from './text-hygiene.ts';

/*
 * Loading content files: YAML text in, typed data plus diagnostics out. Browser-safe (no file
 * system): the CLI reads files and a tutor's browser reads uploads, and both come through here.
 */

export interface Loaded<T> {
  /** Present when the file is YAML that matches the schema. Analysis may still find errors. */
  value?: T;
  diagnostics: Diagnostic[];
  /** Lines and columns of the data, for diagnostics raised later (analysis). */
  positions: SourcePositions;
  /**
   * When the only schema problems were unknown catalogue ids or keys, the data with those removed:
   * good enough to analyse, so one run reports every problem. Never play it.
   */
  repaired?: T;
}

interface LoadOptions {
  file: string;
  /** Larger than SOURCE_LIMITS.bytes only for generated text (the bench), never for a learner's file. */
  maxBytes?: number;
}

/** The checker itself failed: the author can do nothing but report it. */
export const internalError = (file: string, error: unknown): Diagnostic => ({
  file,
  line: 1,
  column: 1,
  severity: 'error',
  code: 'internal-error',
  message: `the checker failed on this file: ${error instanceof Error ? error.message : String(error)}`,
  fix: 'please report this, with the file, as a bug in Resolve',
});

const isRecordLike = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// Keys and list items that can be dropped without changing what the rest of the file means.
const DROPPABLE_LISTS = new Set(['law', 'misconceptions', 'range', 'sets']);

function repairable(issue: z.core.$ZodIssue): boolean {
  if (issue.code === 'unrecognized_keys') return true;
  const path = issue.path;
  return (
    issue.code === 'invalid_value' &&
    typeof path[path.length - 1] === 'number' &&
    DROPPABLE_LISTS.has(String(path[path.length - 2]))
  );
}

/** A copy of `data` without the unknown keys and ids the issues name, or undefined. */
function withoutUnknowns(data: unknown, issues: readonly z.core.$ZodIssue[]): unknown {
  if (!issues.every(repairable)) return undefined;
  const copy = structuredClone(data);
  const drops: { list: unknown[]; index: number }[] = [];
  for (const issue of issues) {
    const path = issue.path as JsonPath;
    if (issue.code === 'unrecognized_keys') {
      const holder = valueAt(copy, path);
      if (isRecordLike(holder)) for (const key of issue.keys) Reflect.deleteProperty(holder, key);
    } else {
      const list = valueAt(copy, path.slice(0, -1));
      if (Array.isArray(list)) drops.push({ list, index: Number(path[path.length - 1]) });
    }
  }
  drops.sort((a, b) => b.index - a.index).forEach(({ list, index }) => list.splice(index, 1));
  return copy;
}

function loadWith<T>(
  text: string,
  options: LoadOptions & {
    schema: z.ZodType<T>;
    root: string;
    keys: string;
    describeDuplicate?: DuplicateKeyDescriber;
  },
): Loaded<T> {
  const { file } = options;
  try {
    const parsed = parseYamlSource(text, {
      file,
      describeDuplicate: options.describeDuplicate,
      maxBytes: options.maxBytes,
    });
    const { positions } = parsed;
    const diagnostics = [...parsed.diagnostics];
    if (!('data' in parsed)) return { diagnostics, positions };
    const data = parsed.data;
    if (data === null || data === undefined) {
      diagnostics.push({
        file,
        line: 1,
        column: 1,
        severity: 'error',
        code: 'empty-file',
        message: 'the file is empty',
        fix: `write ${options.root}: ${options.keys}`,
      });
      return { diagnostics, positions };
    }
    if (!isRecordLike(data)) {
      diagnostics.push({
        file,
        ...positions.at([]),
        severity: 'error',
        code: 'not-a-mapping',
        message: `the file should hold ${options.root} as keys and values, not ${Array.isArray(data) ? 'a list' : 'a single value'}`,
        fix: `start with ${options.keys}`,
      });
      return { diagnostics, positions };
    }
    diagnostics.push(...checkTextHygiene(data, { file, positions }));
    const result = options.schema.safeParse(data);
    if (result.success) return { value: result.data, diagnostics, positions };
    diagnostics.push(
      ...issuesToDiagnostics(result.error.issues, {
        file,
        data,
        positions,
        schema: options.schema,
        root: options.root,
      }),
    );
    const trimmed = withoutUnknowns(data, result.error.issues);
    const retry = trimmed === undefined ? undefined : options.schema.safeParse(trimmed);
    return retry?.success === true
      ? { diagnostics, positions, repaired: retry.data }
      : { diagnostics, positions };
  } catch (error) {
    return { diagnostics: [internalError(file, error)], positions: noPositions };
  }
}

const describeDuplicateScenarioKey: DuplicateKeyDescriber = ({ mapPath, key, firstLine }) =>
  mapPath.length === 1 && mapPath[0] === 'nodes'
    ? {
        code: 'duplicate-node',
        message: `node id '${key}' is used twice (first on line ${firstLine})`,
        fix: 'rename one of the nodes: every node needs its own id',
      }
    : {
        code: 'duplicate-key',
        message: `'${key}' is given twice in this mapping (first on line ${firstLine})`,
        fix: 'keep one of them: YAML would silently use only the last',
      };

interface LoadedScenario {
  scenario?: Scenario;
  diagnostics: Diagnostic[];
  positions: SourcePositions;
  repaired?: Scenario;
}

/** A scenario file: YAML text to a `Scenario`, with every problem the schema finds. */
export function loadScenarioText(text: string, options: LoadOptions): LoadedScenario {
  const loaded = readScenarioText(text, options);
  return { ...loaded, diagnostics: limitDiagnostics(loaded.diagnostics) };
}

/**
 * `loadScenarioText` without the cap on how many diagnostics are listed, for callers that add
 * their own (analysis) and cap the total once.
 */
export function readScenarioText(text: string, options: LoadOptions): LoadedScenario {
  const loaded = loadWith(text, {
    ...options,
    schema: scenarioSchema,
    root: 'the scenario',
    keys: 'id:, title:, customer:, setting:, nodes: and the rest',
    describeDuplicate: describeDuplicateScenarioKey,
  });
  const { value, ...rest } = loaded;
  return value === undefined ? rest : { scenario: value, ...rest };
}

/** A scenario pack file. */
export function loadPackText(
  text: string,
  options: LoadOptions,
): { pack?: Pack; diagnostics: Diagnostic[]; positions: SourcePositions } {
  const loaded = loadWith(text, {
    ...options,
    schema: packSchema,
    root: 'the pack',
    keys: 'id:, title:, description:, scenarios: and passMark:',
  });
  const { value, positions } = loaded;
  const diagnostics = limitDiagnostics(loaded.diagnostics);
  return value === undefined ? { diagnostics, positions } : { pack: value, diagnostics, positions };
}

/** A knowledge-check file. */
export function loadKnowledgeCheckText(
  text: string,
  options: LoadOptions,
): { knowledgeCheck?: KnowledgeCheck; diagnostics: Diagnostic[]; positions: SourcePositions } {
  const loaded = loadWith(text, {
    ...options,
    schema: knowledgeCheckSchema,
    root: 'the knowledge check',
    keys: 'id:, title: and questions:',
  });
  const { value, positions } = loaded;
  const diagnostics = limitDiagnostics(loaded.diagnostics);
  return value === undefined
    ? { diagnostics, positions }
    : { knowledgeCheck: value, diagnostics, positions };
}

/**
 * File bytes to text: refuses oversized files before decoding and bytes that are not UTF-8, so
 * binary files get one clear message. A leading byte-order mark is dropped.
 */
export function decodeSource(
  bytes: Uint8Array,
  options: LoadOptions,
): { text?: string; diagnostics: Diagnostic[] } {
  const { file } = options;
  if (bytes.length > SOURCE_LIMITS.bytes) return { diagnostics: [tooLarge(file, bytes.length)] };
  const nul = bytes.indexOf(0);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    text = '';
  }
  if (nul !== -1 || (text === '' && bytes.length > 0)) {
    return {
      diagnostics: [
        {
          file,
          line: 1,
          column: 1,
          severity: 'error',
          code: 'not-text',
          message:
            nul !== -1
              ? 'this is not a text file: it contains a NUL byte'
              : 'this is not a text file: its bytes are not UTF-8',
          fix: 'content files are plain UTF-8 text (YAML): check that this is the file you meant, or save it as UTF-8',
        },
      ],
    };
  }
  return { text, diagnostics: [] };
}
