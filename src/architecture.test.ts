import { readFileSync, readdirSync } from 'node:fs';
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

describe('architecture', () => {
  it('keeps the engine side free of Phaser, Howler and the DOM', () => {
    const files = ENGINE_FOLDERS.flatMap(sourceFiles).map((name) => ({
      name,
      text: readFileSync(`${src}${name}`, 'utf8'),
    }));
    expect(files.length).toBeGreaterThan(10);
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
