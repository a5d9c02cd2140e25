import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeCheckText, loadPackText, loadScenarioText } from './load.ts';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const valid = readFileSync(join(fixtures, 'valid-minimal.yaml'), 'utf8');

const codesFor = (text: string) =>
  loadScenarioText(text, { file: 'x.yaml' }).diagnostics.map((each) => [each.code, each.fix]);

describe('schema problems get codes of their own', () => {
  it('knows an id error by the id pattern, in scenarios, packs and checks alike', () => {
    expect(codesFor(valid.replace('id: ask-slowly', 'id: Ask Slowly'))).toEqual([
      ['bad-id', "write 'ask-slowly'"],
    ]);
    const pack = loadPackText(
      'id: Starter Pack\ntitle: T\ndescription: D.\nscenarios: [a]\npassMark: 60\n',
      { file: 'p.yaml' },
    );
    expect(pack.diagnostics.map((each) => each.code)).toEqual(['bad-id']);
    const check = loadKnowledgeCheckText(
      'id: basics\ntitle: B\nquestions:\n  - kind: choose\n    id: Q_1\n    prompt: P?\n    criteria: ["312.3.7"]\n    options:\n      - { id: a, text: A, correct: true, why: W. }\n      - { id: b, text: B, correct: false, why: W. }\n',
      { file: 'c.yaml' },
    );
    expect(check.diagnostics.map((each) => each.code)).toEqual(['bad-id']);
  });

  it('calls another pattern a format problem, whatever its message says', () => {
    expect(codesFor(valid.replace("colour: '#3a6ea5'", "colour: 'blue'"))).toEqual([
      ['bad-format', 'write it in that form'],
    ]);
  });

  it('names the catalogue an unknown id was looked up in', () => {
    expect(codesFor(valid.replace('listen: 1', 'listne: 1'))[0]?.[0]).toBe('unknown-technique');
    expect(codesFor(valid.replace("'312.2.1': 1", "'312.9.9': 1"))[0]?.[0]).toBe(
      'unknown-criterion',
    );
    expect(codesFor(valid.replace("'312 range 1a'", "'312 range 9z'"))[0]?.[0]).toBe(
      'unknown-range-item',
    );
    expect(
      codesFor(valid.replace('[law.cra.short-term-reject]', '[law.cra.nothing]'))[0]?.[0],
    ).toBe('unknown-law-rule');
    // Nations are few enough to list: "must be one of ...".
    expect(codesFor(valid.replace('nation: england', 'nation: mercia'))[0]?.[0]).toBe(
      'not-allowed',
    );
  });
});
