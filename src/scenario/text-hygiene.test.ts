import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkScenarioText } from './analyse.ts';
import { noPositions } from './positions.ts';
import { checkTextHygiene } from './text-hygiene.ts';

const valid = readFileSync(
  join(dirname(fileURLToPath(import.meta.url)), 'fixtures/valid-minimal.yaml'),
  'utf8',
);
const EPILOGUE = 'epilogue: Ruth leaves with a replacement kettle and a clear idea of her rights.';
const withEpilogue = (written: string): string => valid.replace(EPILOGUE, `epilogue: ${written}`);
const codes = (text: string): string[] =>
  checkScenarioText(text, { file: 'x.yaml' }).diagnostics.map((each) => each.code);

describe('text hygiene', () => {
  it.each([
    ['a raw ESC in plain text', 'Ruth \u001b[2J leaves.'],
    ['a raw BEL in single quotes', "'Ruth \u0007 leaves.'"],
    ['the YAML escape \\e', '"Ruth \\e[2J leaves."'],
    ['the YAML escape \\x1b', '"Ruth \\x1b]0;title leaves."'],
    ['the YAML escape \\u001b', '"Ruth \\u001b leaves."'],
    ['a carriage return escape', '"Ruth leaves.\\rOverwritten"'],
    ['DEL', '"Ruth \\x7f leaves."'],
    ['a C1 control (CSI)', '"Ruth \\u009b2J leaves."'],
  ])('rejects %s as an error, so the file cannot be played or built', (_, written) => {
    const found = checkScenarioText(withEpilogue(written), { file: 'x.yaml' });
    expect(found.diagnostics.some((each) => each.severity === 'error')).toBe(true);
    expect(codes(withEpilogue(written))).toContain('control-character');
  });

  it.each([
    ['a right-to-left override', '"Ruth \\u202e leaves."', 'bidi-character'],
    ['an isolate', '"Ruth \\u2066x\\u2069 leaves."', 'bidi-character'],
    ['a zero-width space', '"Ruth\\u200b leaves."', 'invisible-character'],
    ['a zero-width joiner', '"Ruth\\u200d leaves."', 'invisible-character'],
  ])('warns on %s', (_, written, code) => {
    const found = checkScenarioText(withEpilogue(written), { file: 'x.yaml' });
    const flagged = found.diagnostics.filter((each) => each.code === code);
    expect(flagged).toHaveLength(1);
    expect(flagged[0]?.severity).toBe('warning');
    expect(flagged[0]?.line).toBe(
      valid.split('\n').findIndex((line) => line.includes('epilogue:')) + 1,
    );
  });

  it('accepts new lines, tabs, accents, currency and other scripts', () => {
    expect(codes(withEpilogue('"Ruth said:\\n\\t“Diolch” — £89.99, café, 谢谢, شكرا."'))).toEqual(
      [],
    );
  });

  it('looks at keys as well as values, and at any depth without overflowing', () => {
    let deep: unknown = 'bottom \u001b';
    for (let depth = 0; depth < 50_000; depth += 1) deep = [deep];
    expect(checkTextHygiene(deep, { file: 'x', positions: noPositions })).toHaveLength(1);
    expect(
      checkTextHygiene({ 'key\u0007': 'fine' }, { file: 'x', positions: noPositions })[0]?.code,
    ).toBe('control-character');
  });
});
