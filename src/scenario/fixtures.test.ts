import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkScenarioText } from './analyse.ts';
import { formatDiagnostic } from './diagnostics.ts';
import { decodeSource, loadScenarioText } from './load.ts';

/*
 * Each fixtures/<name>.yaml is checked exactly as `resolve validate` checks a file, and must give
 * exactly the lines in fixtures/<name>.expected.txt. After a deliberate change to the messages,
 * regenerate with UPDATE_FIXTURES=1 and review the diff line by line.
 */

const folder = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const fixtures = readdirSync(folder)
  .filter((name) => name.endsWith('.yaml'))
  .sort();

function diagnose(name: string): string[] {
  const file = `fixtures/${name}`;
  const decoded = decodeSource(readFileSync(join(folder, name)), { file });
  const diagnostics =
    decoded.text === undefined
      ? decoded.diagnostics
      : checkScenarioText(decoded.text, { file }).diagnostics;
  return diagnostics.map(formatDiagnostic);
}

describe('scenario fixtures', () => {
  it('cover every kind of problem the brief lists, and one valid scenario', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(25);
    expect(fixtures).toContain('valid-minimal.yaml');
  });

  it.each(fixtures)('%s gives exactly the expected diagnostics', (name) => {
    const expectedPath = join(folder, name.replace(/\.yaml$/, '.expected.txt'));
    const actual = diagnose(name);
    if (process.env.UPDATE_FIXTURES === '1') {
      writeFileSync(expectedPath, actual.map((line) => `${line}\n`).join(''));
    }
    expect(existsSync(expectedPath), `${expectedPath} is missing`).toBe(true);
    const expected = readFileSync(expectedPath, 'utf8')
      .split('\n')
      .filter((line) => line !== '');
    expect(actual).toEqual(expected);
    // Every broken fixture must actually be caught; the valid one must be clean.
    expect(actual.length === 0).toBe(name.startsWith('valid-'));
  });

  it('refuses a 10 MB file with one clear error, as text and as bytes', () => {
    const line = 'say: words words words words words words words words words words\n';
    const text = line
      .repeat(Math.ceil((10 * 1024 * 1024) / line.length))
      .slice(0, 10 * 1024 * 1024);
    const expected = [
      'big.yaml:1:1: error: file is 10.0 MB; content files must be under 1 MB (fix: split it into smaller scenarios, or check that this is the file you meant)',
    ];
    expect(loadScenarioText(text, { file: 'big.yaml' }).diagnostics.map(formatDiagnostic)).toEqual(
      expected,
    );
    const bytes = new TextEncoder().encode(text);
    expect(decodeSource(bytes, { file: 'big.yaml' }).diagnostics.map(formatDiagnostic)).toEqual(
      expected,
    );
  }, 30_000);
});
