import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkScenarioFile, fileNameWarning } from '../scenario/check-file.ts';
import type { ScenarioAnalysis } from '../scenario/analyse.ts';
import { analyseKnowledgeCheck, analysePack } from '../scenario/content-checks.ts';
import type { Diagnostic, JsonPath } from '../scenario/diagnostics.ts';
import { sortDiagnostics } from '../scenario/diagnostics.ts';
import { loadKnowledgeCheckText, loadPackText } from '../scenario/load.ts';
import type { KnowledgeCheck, Pack } from '../scenario/pack-schema.ts';
import type { SourcePositions } from '../scenario/positions.ts';
import { noPositions } from '../scenario/positions.ts';
import type { Scenario } from '../scenario/schema.ts';
import { closestMatch } from '../scenario/suggest.ts';
import type { ContentFile, ContentKind } from './files.ts';
import { displayPath, findContentFiles, idFromFileName, kindOf, readContentText } from './files.ts';

/** One content file after loading: what it held (when it loaded) and what is wrong with it. */
export type LoadedFile = ContentFile & {
  positions: SourcePositions;
  diagnostics: Diagnostic[];
} & (
    | { kind: 'scenario'; scenario?: Scenario; analysis?: ScenarioAnalysis }
    | { kind: 'pack'; pack?: Pack }
    | { kind: 'knowledge-check'; knowledgeCheck?: KnowledgeCheck }
  );

export interface ContentSet {
  files: LoadedFile[];
  /** Every problem in every file, and across files, in file and line order. */
  diagnostics: Diagnostic[];
  scenarios: { file: LoadedFile; scenario: Scenario }[];
  packs: { file: LoadedFile; pack: Pack }[];
  knowledgeChecks: { file: LoadedFile; knowledgeCheck: KnowledgeCheck }[];
}

async function loadFile(path: string, cwd: string): Promise<LoadedFile> {
  const display = displayPath(cwd, path);
  const read = await readContentText(path, display);
  const base = { path, display, positions: noPositions };
  // By the path under the working folder: a project kept in a folder named checks/ or packs/ is
  // not all knowledge checks or packs.
  if (read.text === undefined) {
    const kind: ContentKind = kindOf(display, '');
    return { ...base, kind, diagnostics: read.diagnostics };
  }
  const text = read.text;
  const kind = kindOf(display, text);
  if (kind === 'pack') {
    const loaded = loadPackText(text, { file: display });
    const where = { file: display, positions: loaded.positions };
    const extra = loaded.pack !== undefined ? analysePack(loaded.pack, where) : [];
    return {
      ...base,
      kind,
      positions: loaded.positions,
      diagnostics: [...loaded.diagnostics, ...extra],
      ...(loaded.pack !== undefined ? { pack: loaded.pack } : {}),
    };
  }
  if (kind === 'knowledge-check') {
    const loaded = loadKnowledgeCheckText(text, { file: display });
    const where = { file: display, positions: loaded.positions };
    const check = loaded.knowledgeCheck;
    return {
      ...base,
      kind,
      positions: loaded.positions,
      diagnostics: [
        ...loaded.diagnostics,
        ...(check !== undefined ? analyseKnowledgeCheck(check, where) : []),
      ],
      ...(check !== undefined ? { knowledgeCheck: check } : {}),
    };
  }
  // The one path a scenario file takes, here and in the game's "Open a scenario file".
  const checked = checkScenarioFile(display, text);
  return {
    ...base,
    kind,
    positions: checked.positions,
    diagnostics: checked.diagnostics,
    ...(checked.loaded !== undefined ? { scenario: checked.loaded } : {}),
    ...(checked.analysis !== undefined ? { analysis: checked.analysis } : {}),
  };
}

const at = (
  file: LoadedFile,
  path: JsonPath,
  rest: Pick<Diagnostic, 'severity' | 'code' | 'message' | 'fix'>,
): Diagnostic => ({ file: file.display, ...file.positions.at(path), ...rest });

const NOUNS: Record<ContentKind, string> = {
  scenario: 'scenario',
  pack: 'pack',
  'knowledge-check': 'knowledge check',
};

/** Problems only visible across files: repeated ids, file names, and what packs refer to. */
function crossFileChecks(
  set: Omit<ContentSet, 'diagnostics'>,
  known: { scenarios: Set<string>; knowledgeChecks: Set<string> },
): Diagnostic[] {
  const found: Diagnostic[] = [];
  const entries = [
    ...set.scenarios.map(({ file, scenario }) => ({ file, id: scenario.id })),
    ...set.packs.map(({ file, pack }) => ({ file, id: pack.id })),
    ...set.knowledgeChecks.map(({ file, knowledgeCheck }) => ({ file, id: knowledgeCheck.id })),
  ];
  const firstByKind = new Map<string, LoadedFile>();
  for (const { file, id } of entries) {
    const noun = NOUNS[file.kind];
    const key = `${file.kind}:${id}`;
    const first = firstByKind.get(key);
    if (first !== undefined) {
      found.push(
        at(file, ['id'], {
          severity: 'error',
          code: 'duplicate-id',
          message: `${noun} id '${id}' is already used by ${first.display}`,
          fix: `give this ${noun} its own id`,
        }),
      );
    } else {
      firstByKind.set(key, file);
    }
    // A scenario file's own check (checkScenarioFile) already warns about its name.
    const named =
      file.kind === 'scenario'
        ? undefined
        : fileNameWarning({
            file: file.display,
            noun,
            id,
            at: file.positions.at(['id']),
          });
    if (named !== undefined) found.push(named);
  }
  const checkIds = [...known.knowledgeChecks];
  const scenarioIds = [...known.scenarios];
  for (const { file, pack } of set.packs) {
    pack.scenarios.forEach((id, index) => {
      if (known.scenarios.has(id)) return;
      const guess = closestMatch(id, scenarioIds);
      found.push(
        at(file, ['scenarios', index], {
          severity: 'error',
          code: 'unknown-scenario',
          message: `pack lists scenario '${id}', which does not exist${guess !== undefined ? `: did you mean '${guess}'?` : ''}`,
          fix:
            guess !== undefined ? `write '${guess}'` : 'use the id of a scenario under scenarios/',
        }),
      );
    });
    (pack.knowledgeChecks ?? []).forEach((id, index) => {
      if (known.knowledgeChecks.has(id)) return;
      const guess = closestMatch(id, checkIds);
      found.push(
        at(file, ['knowledgeChecks', index], {
          severity: 'error',
          code: 'unknown-knowledge-check',
          message: `pack lists knowledge check '${id}', which does not exist${guess !== undefined ? `: did you mean '${guess}'?` : ''}`,
          fix:
            guess !== undefined
              ? `write '${guess}'`
              : 'use the id of a knowledge check under scenarios/checks/',
        }),
      );
    });
  }
  return found;
}

/**
 * Loads every content file under `paths`. When packs are checked without the scenarios they list,
 * the scenario ids under `referenceRoot` (scenarios/) are read too, silently, to resolve them.
 */
export async function loadContent(
  paths: readonly string[],
  options: { cwd: string; referenceRoot?: string },
): Promise<ContentSet> {
  const { cwd } = options;
  const found = await findContentFiles(paths, cwd);
  const files: LoadedFile[] = [];
  for (const path of found.files) files.push(await loadFile(path, cwd));
  const set = {
    files,
    scenarios: files.flatMap((file) =>
      file.kind === 'scenario' && file.scenario !== undefined
        ? [{ file, scenario: file.scenario }]
        : [],
    ),
    packs: files.flatMap((file) =>
      file.kind === 'pack' && file.pack !== undefined ? [{ file, pack: file.pack }] : [],
    ),
    knowledgeChecks: files.flatMap((file) =>
      file.kind === 'knowledge-check' && file.knowledgeCheck !== undefined
        ? [{ file, knowledgeCheck: file.knowledgeCheck }]
        : [],
    ),
  };
  // Files that failed to load still exist as far as a pack is concerned: their own errors say why.
  const known = { scenarios: new Set<string>(), knowledgeChecks: new Set<string>() };
  const note = (file: LoadedFile): void => {
    if (file.kind === 'scenario') known.scenarios.add(idOf(file));
    if (file.kind === 'knowledge-check') known.knowledgeChecks.add(idOf(file));
  };
  files.forEach(note);
  const root =
    options.referenceRoot === undefined ? undefined : resolve(cwd, options.referenceRoot);
  if (set.packs.length > 0 && root !== undefined && existsSync(root)) {
    const loadedPaths = new Set(found.files);
    const others = (await findContentFiles([root], cwd)).files.filter(
      (path) => !loadedPaths.has(path),
    );
    for (const path of others) note(await loadFile(path, cwd));
  }
  const diagnostics = [
    ...found.diagnostics,
    ...files.flatMap((file) => file.diagnostics),
    ...crossFileChecks(set, known),
  ];
  return { ...set, diagnostics: sortDiagnostics(diagnostics) };
}

const idOf = (file: LoadedFile): string =>
  (file.kind === 'scenario' ? file.scenario?.id : undefined) ??
  (file.kind === 'knowledge-check' ? file.knowledgeCheck?.id : undefined) ??
  idFromFileName(file.path);
