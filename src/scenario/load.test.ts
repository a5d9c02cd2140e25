import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkScenarioText } from './analyse.ts';
import { formatDiagnostic } from './diagnostics.ts';
import { decodeSource, loadKnowledgeCheckText, loadPackText, loadScenarioText } from './load.ts';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const validText = readFileSync(join(fixtures, 'valid-minimal.yaml'), 'utf8');

/** Fragments that push the YAML parser down its rarer paths. */
const yamlish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'id: ',
        'nodes:',
        '\n',
        '\n  ',
        '\n    ',
        '- ',
        '[',
        ']',
        '{',
        '}',
        ', ',
        ': ',
        '&a ',
        '*a',
        '!!binary ',
        '!tag ',
        '"',
        "'",
        '|',
        '>-',
        '#',
        '---\n',
        '? ',
        '\t',
        '%YAML 1.1\n',
        '<<: *a',
        'kind: ending',
        'choices:',
        '\u0000',
        '\ufeff',
      ),
      fc.string({ maxLength: 8 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

const mustNotThrow = (text: string): void => {
  const result = checkScenarioText(text, { file: 'random.yaml' });
  expect(Array.isArray(result.diagnostics)).toBe(true);
  for (const diagnostic of result.diagnostics) {
    expect(formatDiagnostic(diagnostic)).not.toMatch(/\n/);
    expect(diagnostic.line).toBeGreaterThanOrEqual(1);
    expect(diagnostic.column).toBeGreaterThanOrEqual(1);
  }
  // Whatever else happens, a scenario is only handed back when it matched the schema.
  if (result.scenario !== undefined) expect(result.scenario.nodes).toBeTypeOf('object');
};

describe('loadScenarioText', () => {
  it('loads a valid scenario with no diagnostics', () => {
    const loaded = loadScenarioText(validText, { file: 'valid.yaml' });
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.scenario?.id).toBe('valid-minimal');
    expect(loaded.scenario?.nodes.greeting?.kind).toBe('dialogue');
  });

  it('maps schema problems back to the line and column they were written on', () => {
    const text = validText.replace('minutes: 3', 'minutes: 0');
    const [diagnostic] = loadScenarioText(text, { file: 'x.yaml' }).diagnostics;
    expect(diagnostic).toMatchObject({ line: 6, column: 10, severity: 'error', code: 'too-small' });
    expect(diagnostic?.message).toBe('`minutes` must be at least 1, not 0');
  });

  it('reports an empty file and a file that is not a mapping', () => {
    expect(loadScenarioText('', { file: 'e.yaml' }).diagnostics[0]?.code).toBe('empty-file');
    expect(loadScenarioText('- a\n- b\n', { file: 'l.yaml' }).diagnostics[0]?.code).toBe(
      'not-a-mapping',
    );
  });

  it('does not resolve YAML tags into binary data or other objects', () => {
    const text = validText.replace('minutes: 3', 'minutes: !!binary aGVsbG8=');
    const codes = loadScenarioText(text, { file: 't.yaml' }).diagnostics.map((each) => each.code);
    expect(codes).toContain('wrong-type');
  });

  it('allows a few aliases, as authors may reuse a block', () => {
    const text = validText
      .replace('  procedure:\n', '  procedure: &steps\n')
      .replace(/ {2}authority:\n.*\n/, '  authority: *steps\n');
    const loaded = loadScenarioText(text, { file: 'a.yaml' });
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.scenario?.organisation.authority).toEqual(
      loaded.scenario?.organisation.procedure,
    );
  });

  it('reports control characters hidden in the text', () => {
    const text = validText.replace('Ruth Okafor', 'Ruth\u0007Okafor');
    const [diagnostic] = loadScenarioText(text, { file: 'c.yaml' }).diagnostics;
    expect(diagnostic).toMatchObject({ code: 'control-character', line: 8 });
  });

  it('treats keys that JavaScript objects inherit as ordinary unknown keys', () => {
    const text = validText
      .replace(
        '        why: Calm questions',
        '        constructor: 1\n        toString: 2\n        why: Calm questions',
      )
      .replace('listen: 1 }', 'listen: 1, hasOwnProperty: 1 }')
      .replace('    kind: ending', '    kind: constructor')
      .replace('id: valid-minimal', 'id: valid-minimal\n__proto__: { polluted: true }');
    const diagnostics = checkScenarioText(text, { file: 'p.yaml' }).diagnostics;
    expect(diagnostics.map((each) => each.code)).not.toContain('internal-error');
    const lines = diagnostics.map(formatDiagnostic);
    const constructorLine =
      "p.yaml:55:9: error: unknown key 'constructor' in choice 'ask-slowly' (fix: remove it; the keys allowed here are id, say,";
    expect(
      lines.some((line) => line.startsWith(constructorLine)),
      lines.join('\n'),
    ).toBe(true);
    expect(diagnostics.map((each) => each.message)).toContain(
      "node 'resolved' has unknown kind 'constructor'",
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('lists the first problems of a hopeless file and counts the rest', () => {
    const keys = Array.from({ length: 5000 }, (_, index) => `key${index}: ${index}`).join('\n');
    const unknown = checkScenarioText(keys, { file: 'k.yaml' }).diagnostics;
    expect(unknown.length).toBeLessThanOrEqual(201);
    expect(unknown[unknown.length - 1]?.code).toBe('too-many-problems');
    expect(unknown.map((each) => each.message).join('\n')).toMatch(/4\d{3} more/);
    const repeated = Array.from({ length: 5000 }, () => 'key: 1').join('\n');
    const last = checkScenarioText(repeated, { file: 'r.yaml' }).diagnostics.at(-1);
    expect(last?.message).toMatch(/^4\d{3} more problems in this file not listed$/);
  }, 30_000);

  it('reads a byte-order mark as nothing', () => {
    const bytes = new TextEncoder().encode(`\ufeff${validText}`);
    const decoded = decodeSource(bytes, { file: 'bom.yaml' });
    expect(decoded.text?.startsWith('#')).toBe(true);
  });

  it('refuses bytes that are not UTF-8', () => {
    const decoded = decodeSource(new Uint8Array([0x69, 0x64, 0x3a, 0x20, 0xff, 0xfe, 0x41]), {
      file: 'latin.yaml',
    });
    expect(decoded.text).toBeUndefined();
    expect(decoded.diagnostics[0]?.code).toBe('not-text');
  });

  it('never throws on random text, and answers every case (300 runs)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), mustNotThrow), {
      numRuns: 150,
    });
    fc.assert(fc.property(yamlish, mustNotThrow), { numRuns: 150 });
  }, 30_000);

  it('never throws on random bytes (300 runs)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        const decoded = decodeSource(bytes, { file: 'bytes.yaml' });
        if (decoded.text !== undefined) mustNotThrow(decoded.text);
        else expect(decoded.diagnostics.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('never throws on mutations of a valid scenario', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: validText.length - 1 }),
        fc.nat({ max: 40 }),
        fc.string({ maxLength: 12 }),
        (at, cut, insert) =>
          mustNotThrow(validText.slice(0, at) + insert + validText.slice(at + cut)),
      ),
      { numRuns: 200 },
    );
  }, 30_000);
});

describe('loadPackText and loadKnowledgeCheckText', () => {
  it('load valid files and name what is wrong in broken ones', () => {
    const pack = loadPackText(
      'id: starter\ntitle: Starter pack\ndescription: First steps.\nscenarios: [valid-minimal]\npassMark: 60\n',
      { file: 'p.yaml' },
    );
    expect(pack.pack?.scenarios).toEqual(['valid-minimal']);
    const broken = loadPackText(
      'id: starter\ntitle: Starter\ndescription: x\nscenarios: []\npassMark: 160\n',
      {
        file: 'p.yaml',
      },
    );
    expect(broken.diagnostics.map(formatDiagnostic)).toEqual([
      'p.yaml:4:12: error: `scenarios` needs at least 1 item; it has 0 (fix: add more)',
      'p.yaml:5:11: error: `passMark` must be at most 100, not 160 (fix: use a number up to 100)',
    ]);
    const check = loadKnowledgeCheckText(
      [
        'id: basics',
        'title: Basics',
        'questions:',
        '  - kind: choose',
        '    id: q1',
        '    prompt: Does saying sorry admit liability?',
        "    criteria: ['312.3.7']",
        '    options:',
        '      - { id: yes, text: "Yes", correct: false, why: It does not. }',
        '      - { id: no, text: "No", correct: true, why: An apology is not an admission. }',
      ].join('\n'),
      { file: 'k.yaml' },
    );
    expect(check.diagnostics).toEqual([]);
    const question = check.knowledgeCheck?.questions[0];
    expect(question?.kind === 'choose' ? question.options : []).toHaveLength(2);
  });
});
