import { checkScenarioText, type ScenarioAnalysis } from './analyse.ts';
import type { Diagnostic, JsonPath } from './diagnostics.ts';
import { formatDiagnostic, hasErrors, sortDiagnostics } from './diagnostics.ts';
import { SOURCE_LIMITS, tooLarge } from './guard.ts';
import { decodeSource } from './load.ts';
import { noPositions, type SourcePositions } from './positions.ts';
import type { Scenario } from './schema.ts';

/*
 * One scenario file checked the way `resolve validate` checks it, in one place: the CLI's content
 * loader and the game's "Open a scenario file" (a tutor's own scenario, issue 13) both come
 * through here, so a tutor sees in the browser exactly the lines the terminal prints. Browser-safe:
 * the file's name and bytes (or text) come in, diagnostics go out; nothing is read or rendered.
 */

export interface ScenarioFileCheck {
  /** Present only when the file loaded and nothing in it is an error: it can be played. */
  scenario?: Scenario;
  /** Every problem, errors and warnings, in source order. */
  diagnostics: Diagnostic[];
  /** The diagnostics as `resolve validate` prints them: `file:line:col: error: message (fix: …)`. */
  lines: string[];
  /** For the CLI: the loaded scenario even when it has errors, its analysis and its positions. */
  loaded?: Scenario;
  analysis?: ScenarioAnalysis;
  positions: SourcePositions;
}

/** `scenarios/retail/kettle.yaml` → `kettle`: the id a file's name suggests (as node's basename). */
export function idFromFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

/**
 * The warning when a content file's id is not its file's name. The CLI makes it for packs and
 * knowledge checks across files; scenario files get it here, so one file says the same anywhere.
 */
export function fileNameWarning(options: {
  file: string;
  noun: string;
  id: string;
  at: { line: number; column: number };
}): Diagnostic | undefined {
  const { file, noun, id } = options;
  const named = idFromFileName(file);
  if (named === id) return undefined;
  return {
    file,
    ...options.at,
    severity: 'warning',
    code: 'file-name',
    message: `the ${noun}'s id is '${id}' but the file is named '${named}'`,
    fix: `rename the file '${id}.yaml', so the id is easy to find`,
  };
}

const done = (
  diagnostics: Diagnostic[],
  rest: Omit<ScenarioFileCheck, 'diagnostics' | 'lines'>,
): ScenarioFileCheck => ({ ...rest, diagnostics, lines: diagnostics.map(formatDiagnostic) });

/**
 * A scenario file, checked as `resolve validate <file>` checks it. `name` is what the messages
 * call the file (the CLI's path relative to its folder, the browser's file name). Bytes are
 * decoded as UTF-8 and refused over 1 MiB before decoding; text is refused over 1 MiB by the loader.
 */
export function checkScenarioFile(
  name: string,
  source: string | Uint8Array,
  options: { maxBytes?: number } = {},
): ScenarioFileCheck {
  let text: string;
  if (typeof source === 'string') {
    text = source;
  } else {
    const decoded = decodeSource(source, { file: name });
    if (decoded.text === undefined) return done(decoded.diagnostics, { positions: noPositions });
    text = decoded.text;
  }
  const checked = checkScenarioText(text, {
    file: name,
    ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}),
  });
  const { positions } = checked;
  const diagnostics = [...checked.diagnostics];
  if (checked.scenario !== undefined) {
    const warning = fileNameWarning({
      file: name,
      noun: 'scenario',
      id: checked.scenario.id,
      at: positions.at(['id']),
    });
    if (warning !== undefined) diagnostics.push(warning);
  }
  const sorted = sortDiagnostics(diagnostics);
  const extra = {
    positions,
    ...(checked.scenario !== undefined ? { loaded: checked.scenario } : {}),
    ...(checked.analysis !== undefined ? { analysis: checked.analysis } : {}),
  };
  return checked.scenario !== undefined && !hasErrors(sorted)
    ? done(sorted, { ...extra, scenario: checked.scenario })
    : done(sorted, extra);
}

/** A file the browser refuses to read at all: the CLI's message for a file over the limit. */
export function fileTooLarge(name: string, bytes: number): Diagnostic | undefined {
  return bytes > SOURCE_LIMITS.bytes ? tooLarge(name, bytes) : undefined;
}

const at = (
  name: string,
  positions: SourcePositions,
  path: JsonPath,
  rest: Pick<Diagnostic, 'code' | 'message' | 'fix'>,
): Diagnostic => ({ file: name, ...positions.at(path), severity: 'error', ...rest });

/**
 * A tutor's own scenario opened in the game: `checkScenarioFile`, plus the two things only the
 * game can know. A pack or knowledge-check file is not a scenario; and an own scenario may not
 * take the id of a built-in one, or its results would read as built-in content that was edited.
 */
export function checkOwnScenarioFile(
  name: string,
  source: string | Uint8Array,
  options: { builtInIds: ReadonlySet<string> },
): ScenarioFileCheck {
  let text: string;
  if (typeof source === 'string') {
    text = source;
  } else {
    const decoded = decodeSource(source, { file: name });
    if (decoded.text === undefined) return done(decoded.diagnostics, { positions: noPositions });
    text = decoded.text;
  }
  const checked = checkScenarioFile(name, text);
  const looksLike = (pattern: RegExp): boolean => pattern.test(text);
  const other = looksLike(/^questions:/m)
    ? 'knowledge check'
    : looksLike(/^scenarios:/m) && !looksLike(/^nodes:/m)
      ? 'pack'
      : undefined;
  if (other !== undefined) {
    return done(
      [
        at(name, noPositions, [], {
          code: 'not-a-scenario',
          message: `this file holds a ${other}, not a scenario`,
          fix:
            other === 'pack'
              ? 'open a scenario file here; make packs with "Build a pack to share"'
              : 'open a scenario file here (with id:, title:, customer:, setting: and nodes:)',
        }),
      ],
      { positions: noPositions },
    );
  }
  const id = checked.loaded?.id;
  if (id === undefined || !options.builtInIds.has(id)) return checked;
  const { scenario: _refused, ...rest } = checked;
  void _refused;
  const clash = at(name, checked.positions, ['id'], {
    code: 'duplicate-id',
    message: `scenario id '${id}' is already used by a scenario built into Resolve`,
    fix: `give this scenario its own id, such as '${id}-own'`,
  });
  return done(sortDiagnostics([...checked.diagnostics, clash]), rest);
}
