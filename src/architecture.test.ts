import { readFileSync, readdirSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/*
 * The engine side (curriculum, scenario, engine, scoring) runs in Node and the browser alike: it
 * must not import Phaser or Howler or touch the DOM or browser storage. Test files may use Node.
 */
const ENGINE_FOLDERS = ['curriculum', 'scenario', 'engine', 'scoring'];
const FORBIDDEN: { pattern: RegExp; what: string }[] = [
  {
    pattern:
      /from\s+['"](phaser|howler)['"]|import\(\s*['"](phaser|howler)['"]\s*\)|require\(\s*['"](phaser|howler)['"]\s*\)/,
    what: 'imports phaser or howler',
  },
  { pattern: /\bdocument\s*[.[]/, what: 'uses document' },
  { pattern: /\bwindow\s*[.[]/, what: 'uses window' },
  { pattern: /\bHTMLElement\b/, what: 'uses HTMLElement' },
  { pattern: /\blocalStorage\b/, what: 'uses localStorage' },
  { pattern: /\bindexedDB\b/, what: 'uses indexedDB' },
];

const src = fileURLToPath(new URL('.', import.meta.url));

// Comments may mention the DOM (to say why it is not used); code may not.
const withoutComments = (text: string): string =>
  text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

function sourceFiles(folder: string): string[] {
  try {
    return readdirSync(`${src}${folder}`, { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(ts|js|mjs)$/.test(file))
      .map((file) => `${folder}/${file}`);
  } catch {
    return [];
  }
}

// A file may name its own variable `document` or `window` (a YAML document, a time window):
// then the name is local, not the browser's global.
const bindsLocally = (code: string, name: string): boolean =>
  new RegExp(`\\b(const|let|var|function)\\s+${name}\\b|[(,]\\s*${name}\\s*[:,)=]`).test(code);

export function violations(files: { name: string; text: string }[]): string[] {
  return files.flatMap(({ name, text }) => {
    const code = withoutComments(text);
    return FORBIDDEN.filter(({ pattern, what }) => {
      const global = /uses (document|window)$/.exec(what)?.[1];
      return pattern.test(code) && (global === undefined || !bindsLocally(code, global));
    }).map(({ what }) => `${name} ${what}`);
  });
}

/*
 * Every top-level folder of src/ and the folders it may import from; '.' is src/ itself (main.ts).
 * Imports run one way: curriculum <- scenario <- engine <- scoring <- {bench <- cli, game}, storage below
 * game, and nothing but main.ts imports game. A folder missing here fails the test, so a new part
 * (a gradebook, an LMS adapter) is placed in the layers on purpose.
 */
export const LAYERS: Readonly<Record<string, readonly string[]>> = {
  curriculum: [],
  scenario: ['curriculum'],
  engine: ['curriculum', 'scenario'],
  scoring: ['curriculum', 'scenario', 'engine'],
  // Spaced repetition of knowledge-check questions: schedules what the engine's check sessions record.
  revision: ['curriculum', 'scenario', 'engine'],
  // Saves what the engine produces (sessions, transcripts) and the review cards revision schedules,
  // each checked by its zod schema when read.
  storage: ['curriculum', 'scenario', 'engine', 'revision'],
  // Measures the engine, scoring and validator against their peers; run by the CLI's bench command.
  // The learner's own records worked out from what the store keeps: history, pack summaries,
  // progress over time, what to practise next. Pure, so it is tested without a browser.
  records: ['curriculum', 'scenario', 'engine', 'scoring', 'storage', 'revision'],
  // Packs shared as links and files by tutors: read as untrusted input against the pack schema.
  packs: ['curriculum', 'scenario', 'engine'],
  // Result files a learner hands their tutor: made from the learner's records, read and replayed
  // as untrusted input by the gradebook.
  results: ['curriculum', 'scenario', 'engine', 'scoring', 'storage', 'records'],
  // What the game reports to an LMS (SCORM 1.2, 2004, cmi5): the report worked out from the
  // records, and each standard's data model written through an API object handed in. Finding
  // the API in the window and listening for pagehide live in game/lms.
  lms: ['curriculum', 'scenario', 'engine', 'scoring', 'storage', 'records', 'packs'],
  // ---- Gradebook (issue 13): the bench imports a made-up class's result files (src/results).
  bench: ['curriculum', 'scenario', 'engine', 'scoring', 'results'],
  cli: [
    'curriculum',
    'scenario',
    'engine',
    'scoring',
    'bench',
    'lms',
    'results',
    'records',
    'storage',
    'packs',
  ],
  game: [
    'curriculum',
    'scenario',
    'engine',
    'scoring',
    'storage',
    'revision',
    'records',
    'packs',
    'results',
    'lms',
  ],
  '.': ['game'],
};

/** Back-edges tolerated while being fixed: keep it empty; a stale entry fails the test. */
export const KNOWN_BACK_EDGES: readonly { file: string; imports: string }[] = [];

const IMPORT =
  /\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|\bimport\s+['"]([^'"]+)['"]/g;

/** The src folder a file lives in: its first path segment, or '.' for files directly in src/. */
const folderOf = (name: string): string => (name.includes('/') ? name.split('/')[0]! : '.');

export interface BackEdge {
  file: string;
  specifier: string;
  /** The folder the import reaches into. */
  target: string;
}

/** Relative imports that run against the layer table (package imports are not its business). */
export function backEdges(
  files: { name: string; text: string }[],
  layers: Readonly<Record<string, readonly string[]>> = LAYERS,
): BackEdge[] {
  return files.flatMap(({ name, text }) => {
    const from = folderOf(name);
    const allowed = layers[from] ?? [];
    return [...withoutComments(text).matchAll(IMPORT)].flatMap((match) => {
      const specifier = match[1] ?? match[2] ?? match[3] ?? '';
      if (!specifier.startsWith('.')) return [];
      const resolved = posix.normalize(posix.join(posix.dirname(name), specifier));
      // Assets (sounds, pictures) live beside src/; tests may borrow fixtures from tests/; code
      // itself must stay inside src/.
      if (resolved.startsWith('../')) {
        const fine = resolved.startsWith('../assets/') || /\.test\.ts$/.test(name);
        return fine ? [] : [{ file: name, specifier, target: '(outside src)' }];
      }
      const target = folderOf(resolved);
      return target === from || allowed.includes(target) ? [] : [{ file: name, specifier, target }];
    });
  });
}

const describeEdge = ({ file, specifier, target }: BackEdge): string =>
  `src/${file} imports '${specifier}': ${folderOf(file)} may not import ${target} (allowed: ${(LAYERS[folderOf(file)] ?? []).join(', ') || 'nothing in src'})`;

/** Top-level entries of src/ with no row in the layer table. */
export function unplacedFolders(
  folders: string[],
  layers: Readonly<Record<string, readonly string[]>> = LAYERS,
): string[] {
  return folders.filter((folder) => !(folder in layers));
}

const srcFolders = (): string[] =>
  readdirSync(src, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);

const allSourceFiles = (): { name: string; text: string }[] =>
  readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|js|mjs)$/.test(file))
    .map((file) => file.split('\\').join('/'))
    // This file quotes bad imports as samples.
    .filter((name) => name !== 'architecture.test.ts')
    .map((name) => ({ name, text: readFileSync(`${src}${name}`, 'utf8') }));

describe('layers', () => {
  it('gives every top-level folder of src/ a row in the layer table', () => {
    expect(srcFolders().length).toBeGreaterThan(5);
    expect(
      unplacedFolders(srcFolders()),
      'folders of src/ missing from LAYERS: give each a row saying what it may import',
    ).toEqual([]);
  });

  it('has no import running against the layers', () => {
    const files = allSourceFiles();
    expect(files.length).toBeGreaterThan(100);
    const edges = backEdges(files);
    const known = (edge: BackEdge): boolean =>
      KNOWN_BACK_EDGES.some(({ file, imports }) => edge.file === file && edge.target === imports);
    expect(
      edges.filter((edge) => !known(edge)).map(describeEdge),
      'imports running against the layers (see LAYERS)',
    ).toEqual([]);
    // An exception nothing needs any more must go, so the list shrinks as the code is fixed.
    const stale = KNOWN_BACK_EDGES.filter(
      ({ file, imports }) => !edges.some((edge) => edge.file === file && edge.target === imports),
    );
    expect(stale, 'exceptions no longer needed: delete them from KNOWN_BACK_EDGES').toEqual([]);
  });

  it('would catch a back-edge, an import of the game, and an unplaced folder', () => {
    const samples = [
      { name: 'curriculum/a.ts', text: "import { x } from '../scenario/schema.ts';" },
      { name: 'engine/b.ts', text: "import type { Debrief } from '../scoring/index.ts';" },
      { name: 'scoring/c.ts', text: "export { y } from '../cli/args.ts';" },
      { name: 'cli/d.ts', text: "const m = await import('../game/app.ts');" },
      { name: 'storage/e.ts', text: "import '../game/settings/settings.ts';" },
      { name: 'scenario/f.ts', text: "import { z } from '../../tests/helpers.ts';" },
    ];
    expect(backEdges(samples).map((edge) => `${edge.file} -> ${edge.target}`)).toEqual([
      'curriculum/a.ts -> scenario',
      'engine/b.ts -> scoring',
      'scoring/c.ts -> cli',
      'cli/d.ts -> game',
      'storage/e.ts -> game',
      'scenario/f.ts -> (outside src)',
    ]);
    const fine = [
      { name: 'game/app.ts', text: "import { s } from '../storage/resolve-store.ts';" },
      { name: 'main.ts', text: "import { App } from './game/app.ts';" },
      { name: 'engine/g.ts', text: "import { h } from './hash.ts';\n// from '../scoring/x.ts'" },
      { name: 'engine/g.test.ts', text: "import { f } from '../../tests/fixtures/f.ts';" },
      { name: 'cli/h.ts', text: "import { z } from 'zod';" },
      { name: 'game/i.ts', text: "import ogg from '../../assets/audio/a.ogg?url';" },
    ];
    expect(backEdges(fine)).toEqual([]);
    expect(unplacedFolders(['engine', 'gradebook'])).toEqual(['gradebook']);
  });
});

describe('architecture', () => {
  it('keeps the engine side free of Phaser, Howler and the DOM', () => {
    const files = ENGINE_FOLDERS.flatMap(sourceFiles).map((name) => ({
      name,
      text: readFileSync(`${src}${name}`, 'utf8'),
    }));
    expect(files.length).toBeGreaterThan(10);
    expect(violations(files)).toEqual([]);
  });

  it('keeps result files free of the DOM: the gradebook reads them in a worker and the CLI in Node', () => {
    const files = sourceFiles('results').map((name) => ({
      name,
      text: readFileSync(`${src}${name}`, 'utf8'),
    }));
    expect(files.length).toBeGreaterThan(5);
    expect(violations(files)).toEqual([]);
  });

  it('would catch each forbidden use', () => {
    const samples = [
      "import * as Phaser from 'phaser';",
      "import { Howl } from 'howler';",
      'const el = document.createElement("p");',
      'window.addEventListener("x", f);',
      'const node: HTMLElement = x;',
      'localStorage.setItem("a", "b");',
      'const db = indexedDB.open("x");',
    ].map((text, index) => ({ name: `sample-${index}.ts`, text }));
    expect(violations(samples)).toHaveLength(samples.length);
    expect(
      violations([{ name: 'ok.ts', text: '// no document.body here\nconst windowed = 1;' }]),
    ).toEqual([]);
    expect(
      violations([
        { name: 'yaml.ts', text: 'const document = parseDocument(text);\ndocument.get("x");' },
      ]),
    ).toEqual([]);
  });
});
