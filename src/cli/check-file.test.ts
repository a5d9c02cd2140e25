import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { captureIo } from './io.ts';
import { run as validate } from './commands/validate.ts';
import { checkOwnScenarioFile, checkScenarioFile, idFromFileName } from '../scenario/check-file.ts';

/*
 * The browser's "Open a scenario file" and `resolve validate` must say the same about a file:
 * the same lines, in the same order, for the same mistakes.
 */

const folder = fileURLToPath(new URL('../game/own-scenarios/fixtures/', import.meta.url));
const bytesOf = (name: string): Uint8Array => readFileSync(join(folder, name));
const builtInIds = new Set(['retail-air-fryer-tills-down']);

/** What `resolve validate <name>` prints for a file in the fixtures folder, without its summary. */
async function cliLines(name: string): Promise<{ lines: string[]; code: number }> {
  const io = captureIo(folder);
  const code = await validate([name], io);
  const summary = io.out.pop();
  expect(summary).toMatch(/^Checked 1 file \(1 scenario/);
  return { lines: io.out, code };
}

describe('checkScenarioFile', () => {
  it('prints exactly what resolve validate prints for a broken file, and does not play it', async () => {
    const cli = await cliLines('bakery-broken.yaml');
    const checked = checkScenarioFile('bakery-broken.yaml', bytesOf('bakery-broken.yaml'));
    expect(cli.code).toBe(1);
    expect(checked.lines).toEqual(cli.lines);
    expect(checked.lines).toEqual([
      "bakery-broken.yaml:52:55: error: unknown technique 'listne': did you mean 'listen'? (fix: write 'listen', or another technique from the catalogue)",
      "bakery-broken.yaml:56:15: error: choice 'check-slip' leads to 'put-rite', which is not a node (fix: add a node 'put-rite', or lead to an existing node)",
    ]);
    expect(checked.scenario).toBeUndefined();
  });

  it('gives a good file no lines and the scenario, as text and as bytes', async () => {
    const cli = await cliLines('bakery-wrong-cake.yaml');
    expect(cli).toEqual({ lines: [], code: 0 });
    const text = new TextDecoder().decode(bytesOf('bakery-wrong-cake.yaml'));
    for (const source of [text, bytesOf('bakery-wrong-cake.yaml')]) {
      const checked = checkScenarioFile('bakery-wrong-cake.yaml', source);
      expect(checked.lines).toEqual([]);
      expect(checked.scenario?.id).toBe('bakery-wrong-cake');
    }
  });

  it('warns, as the CLI does, when the file is not named after the id, and still plays it', () => {
    const checked = checkScenarioFile('my cake.yml', bytesOf('bakery-wrong-cake.yaml'));
    expect(checked.lines).toEqual([
      "my cake.yml:3:5: warning: the scenario's id is 'bakery-wrong-cake' but the file is named 'my cake' (fix: rename the file 'bakery-wrong-cake.yaml', so the id is easy to find)",
    ]);
    expect(checked.scenario?.id).toBe('bakery-wrong-cake');
  });

  it('refuses a file over 1 MiB and bytes that are not text, with the CLI messages', () => {
    const big = new Uint8Array(1024 * 1024 + 1).fill(0x61);
    expect(checkScenarioFile('big.yaml', big).lines).toEqual([
      'big.yaml:1:1: error: file is 1.0 MB; content files must be under 1 MB (fix: split it into smaller scenarios, or check that this is the file you meant)',
    ]);
    expect(checkScenarioFile('cake.png', new Uint8Array([0x89, 0x50, 0, 1])).lines[0]).toMatch(
      /^cake\.png:1:1: error: this is not a text file/,
    );
  });

  it('names the file the way node does', () => {
    expect(idFromFileName('scenarios/retail/kettle.yaml')).toBe('kettle');
    expect(idFromFileName('C:\\cakes\\a.b.yml')).toBe('a.b');
    expect(idFromFileName('.yaml')).toBe('.yaml');
  });
});

describe('checkOwnScenarioFile', () => {
  it('refuses a pack or a knowledge check in place of a scenario', () => {
    const pack = 'id: week-1\ntitle: Week one\nscenarios: [kettle]\npassMark: 60\n';
    expect(checkOwnScenarioFile('week-1.yaml', pack, { builtInIds }).lines).toEqual([
      'week-1.yaml:1:1: error: this file holds a pack, not a scenario (fix: open a scenario file here; make packs with "Build a pack to share")',
    ]);
    const check = 'id: basics\ntitle: Basics\nquestions: []\n';
    expect(checkOwnScenarioFile('basics.yaml', check, { builtInIds }).lines[0]).toMatch(
      /holds a knowledge check, not a scenario/,
    );
  });

  it('refuses the id of a built-in scenario, so a result never passes for built-in content', () => {
    const text = new TextDecoder()
      .decode(bytesOf('bakery-wrong-cake.yaml'))
      .replace('id: bakery-wrong-cake', 'id: retail-air-fryer-tills-down');
    const checked = checkOwnScenarioFile('retail-air-fryer-tills-down.yaml', text, { builtInIds });
    expect(checked.scenario).toBeUndefined();
    expect(checked.lines).toEqual([
      "retail-air-fryer-tills-down.yaml:3:5: error: scenario id 'retail-air-fryer-tills-down' is already used by a scenario built into Resolve (fix: give this scenario its own id, such as 'retail-air-fryer-tills-down-own')",
    ]);
  });

  it('passes a good own scenario through unchanged', () => {
    const checked = checkOwnScenarioFile(
      'bakery-wrong-cake.yaml',
      bytesOf('bakery-wrong-cake.yaml'),
      { builtInIds },
    );
    expect(checked.lines).toEqual([]);
    expect(checked.scenario?.title).toBe('The birthday cake with the wrong name');
  });
});

describe('any file a tutor might open', () => {
  const LINE = /^[^\n]*:\d+:\d+: (error|warning): [^\n]+$/;
  const good = new TextDecoder().decode(bytesOf('bakery-wrong-cake.yaml'));

  it('gives lines in the CLI form and never throws, for bytes, text and edited scenarios', () => {
    const edited = fc
      .tuple(fc.nat({ max: good.length }), fc.nat({ max: 40 }), fc.string({ maxLength: 20 }))
      .map(([at, cut, put]) => good.slice(0, at) + put + good.slice(at + cut));
    fc.assert(
      fc.property(
        fc.oneof(fc.uint8Array({ maxLength: 400 }), fc.string({ maxLength: 400 }), edited),
        (source) => {
          const checked = checkOwnScenarioFile('file.yaml', source, { builtInIds });
          for (const line of checked.lines) expect(line).toMatch(LINE);
          // Playable only when nothing is an error.
          if (checked.scenario !== undefined)
            expect(checked.lines.every((line) => / warning: /.test(line))).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});
