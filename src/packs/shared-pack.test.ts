import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { packSchema, type Pack } from '../scenario/pack-schema.ts';
import { packFile, packFileName, readPackFile } from './pack-file.ts';
import { isPackFragment, packFragment, readPackFragment } from './pack-link.ts';
import type { KnownContent, SharedPackRead } from './shared-pack.ts';

const root = resolve(import.meta.dirname, '../..');
const builtInPacks: Pack[] = readdirSync(resolve(root, 'scenarios/packs')).map((file) =>
  packSchema.parse(parse(readFileSync(resolve(root, 'scenarios/packs', file), 'utf8'))),
);
const known: KnownContent = {
  scenarios: new Set(builtInPacks.flatMap((pack) => pack.scenarios)),
  knowledgeChecks: new Set(builtInPacks.flatMap((pack) => pack.knowledgeChecks ?? [])),
};
const starter = builtInPacks[0]!;
const withoutHint = ({ $schema: _hint, ...pack }: Pack) => pack;

/** Every key and string a JSON text holds: what the file said, which a message may quote. */
const saidBy = (text: string): string[] => {
  const said: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') said.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object')
      for (const [key, inner] of Object.entries(value)) {
        said.push(key);
        walk(inner);
      }
  };
  try {
    walk(JSON.parse(text));
  } catch {
    said.push(text);
  }
  return said.filter((each) => each.length > 0).sort((a, b) => b.length - a.length);
};

/** A refusal a learner can read: words, no stack, no object dump. */
const expectReadable = (read: SharedPackRead, input = ''): void => {
  if (read.ok) return;
  expect(read.message).toMatch(/^[A-Z].{20,400}[.]$/s);
  expect(read.message).not.toMatch(/\[object|undefined|Error:|at .*\(/);
  // A did-you-mean ends with its own question mark: never "?." after it. What the file said is
  // quoted as it was (a key of '!.' is the file's, not the sentence's), so it is taken out first.
  const sentence = saidBy(input).reduce(
    (rest, said) =>
      [`'${said}'`, `‘${said}’`, `"${said}"`, `“${said}”`].reduce(
        (left, quoted) => left.split(quoted).join('Q'),
        rest,
      ),
    read.message,
  );
  expect(sentence).not.toMatch(/[?!.]\./);
};

describe('pack links', () => {
  it('carry every built-in pack in at most 2,000 characters and read back the same', () => {
    for (const pack of builtInPacks) {
      const fragment = packFragment(pack);
      expect(fragment.length, pack.id).toBeLessThanOrEqual(2000);
      expect(isPackFragment(`#${fragment}`)).toBe(true);
      expect(readPackFragment(`#${fragment}`, known)).toEqual({
        ok: true,
        pack: withoutHint(pack),
      });
    }
  });

  it('say a link cut short is damaged and how to get it whole', () => {
    const fragment = packFragment(starter);
    for (const keep of [fragment.length - 1, fragment.length - 10, 12, 7]) {
      const read = readPackFragment(fragment.slice(0, keep), known);
      expect(read.ok, String(keep)).toBe(false);
      if (!read.ok) expect(read.problem).toMatch(/damaged|not-a-pack/);
      expectReadable(read);
    }
  });

  it('say a changed link is damaged, never another pack', () => {
    const fragment = packFragment(starter);
    const at = fragment.length - 20;
    const changed = `${fragment.slice(0, at)}${fragment[at] === 'A' ? 'B' : 'A'}${fragment.slice(at + 1)}`;
    const read = readPackFragment(changed, known);
    expect(read.ok && read.pack).not.toEqual(withoutHint(starter));
    expectReadable(read);
  });

  it('refuse an oversized link before decoding it, and a newer version by name', () => {
    const huge = readPackFragment(`pack=1.${'A'.repeat(20_000)}`, known);
    expect(huge).toMatchObject({ ok: false, problem: 'too-large' });
    const newer = readPackFragment(packFragment(starter).replace('pack=1.', 'pack=2.'), known);
    expect(newer).toMatchObject({ ok: false, problem: 'newer-version' });
    expectReadable(huge);
    expectReadable(newer);
  });

  it('refuse a pack that lists a scenario this library does not have, naming it', () => {
    const read = readPackFragment(
      packFragment({ ...starter, scenarios: [...starter.scenarios, 'retail-gone'] }),
      known,
    );
    expect(read).toMatchObject({
      ok: false,
      problem: 'unknown-content',
      where: `scenarios.${starter.scenarios.length}`,
    });
    if (!read.ok) expect(read.message).toContain('retail-gone');
    // ---- Own scenarios (issue 13): the learner is told how to get a tutor's own scenario.
    if (!read.ok)
      expect(read.message).toMatch(/tutor's own scenario, ask them for its scenario file/);
  });

  it('read any text without throwing, with a readable message for each refusal (10,000 cases)', () => {
    const real = packFragment(starter);
    const link = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.string({ maxLength: 300 }).map((tail) => `pack=1.${tail}`),
      fc.base64String({ maxLength: 400 }).map((data) => `pack=1.${data.replace(/=/g, '')}`),
      fc
        .tuple(fc.nat(real.length), fc.nat(real.length), fc.string({ minLength: 1, maxLength: 1 }))
        .map(
          ([from, to, char]) =>
            `${real.slice(0, Math.min(from, to))}${char}${real.slice(Math.max(from, to))}`,
        ),
    );
    fc.assert(
      fc.property(link, (text) => {
        expectReadable(readPackFragment(text, known));
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('groups, focus criteria and showing the best path (issue 13)', () => {
  const assigned: Pack = {
    ...withoutHint(starter),
    groupName: 'Level 3 Tuesday group',
    focusCriteria: ['MRC 1.3', 'MRC 2.1'],
    settings: { ...starter.settings, feedback: 'at-end', showBestPath: false },
  };

  it('travel in links and files and read back the same', () => {
    expect(readPackFragment(`#${packFragment(assigned)}`, known)).toEqual({
      ok: true,
      pack: assigned,
    });
    expect(readPackFile(JSON.stringify(packFile(assigned)), known)).toEqual({
      ok: true,
      pack: assigned,
    });
    expect(packFragment(assigned).length).toBeLessThanOrEqual(2000);
  });

  it('leave links made before them valid, with the best path shown', () => {
    // Made by the pack builder before groups and focus criteria existed.
    const old =
      'pack=1.HY4xC4MwEIX_itxsis3QIVuhq0vX0uE0pxyGJFxORMT_3tjxvffB-w7wVEbhrJwiOOjRUzPQlISaWdKayw1a8Cu9UKnutrMPc7fGdrVmX5sUvMk4LjVnLKVHWcA9uhbKSBGFUwH3ASFFDgZZzCQ7iVEOoRiftgjfypIqx7miB2AIaXuTyg5OZaUWJiI_XBcOUA1FD2cLyhouo2dsqkLzVzh_';
    const read = readPackFragment(old, {
      scenarios: new Set(['retail-air-fryer-tills-down']),
      knowledgeChecks: new Set(),
    });
    expect(read).toMatchObject({ ok: true, pack: { id: 'old-pack', dueDate: '2026-12-20' } });
    if (read.ok) {
      expect(read.pack.groupName).toBeUndefined();
      expect(read.pack.focusCriteria).toBeUndefined();
      expect(read.pack.settings?.showBestPath).toBeUndefined();
    }
  });

  it('refuse an unknown focus criterion with a did-you-mean, and a group name on two lines', () => {
    const file = packFile(assigned);
    const misspelt = readPackFile(
      JSON.stringify({ ...file, pack: { ...file.pack, focusCriteria: ['MRC 1.3', 'MRC 2.l'] } }),
      known,
    );
    expect(misspelt).toMatchObject({
      ok: false,
      problem: 'not-a-pack',
      where: 'pack.focusCriteria.1',
    });
    if (!misspelt.ok) expect(misspelt.message).toContain("did you mean 'MRC 2.1'? Ask your tutor");
    expectReadable(misspelt);
    const twoLines = readPackFile(
      JSON.stringify({ ...file, pack: { ...file.pack, groupName: 'Group\nB' } }),
      known,
    );
    expect(twoLines).toMatchObject({ ok: false, where: 'pack.groupName' });
    expectReadable(twoLines);
    const notBoolean = readPackFile(
      JSON.stringify({ ...file, pack: { ...file.pack, settings: { showBestPath: 'no' } } }),
      known,
    );
    expect(notBoolean).toMatchObject({ ok: false, where: 'pack.settings.showBestPath' });
  });
});

describe('pack files', () => {
  it('round trip every built-in pack under a safe file name', () => {
    for (const pack of builtInPacks) {
      const text = JSON.stringify(packFile(pack));
      expect(readPackFile(text, known)).toEqual({ ok: true, pack: withoutHint(pack) });
      expect(packFileName(pack)).toMatch(/^[a-z0-9-]+\.resolve-pack\.json$/);
    }
  });

  it('name the place in the file that is wrong', () => {
    const file = packFile(starter);
    const read = readPackFile(
      JSON.stringify({ ...file, pack: { ...file.pack, passMark: 140 } }),
      known,
    );
    expect(read).toMatchObject({ ok: false, problem: 'not-a-pack', where: 'pack.passMark' });
    expect(readPackFile(JSON.stringify({ ...file, version: 9 }), known)).toMatchObject({
      ok: false,
      problem: 'newer-version',
    });
    const misspelt = readPackFile(
      JSON.stringify({ ...file, pack: { ...file.pack, setings: { allowRetry: true } } }),
      known,
    );
    expect(misspelt.ok).toBe(false);
    if (!misspelt.ok)
      expect(misspelt.message).toContain("did you mean 'settings'? Ask your tutor for a new file.");
    expectReadable(misspelt);
    expect(readPackFile('x'.repeat(1024 * 1024 + 1), known)).toMatchObject({
      problem: 'too-large',
    });
  });

  it('read any JSON without throwing, with a readable message for each refusal (10,000 cases)', () => {
    const file = packFile(starter);
    const text = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)),
      fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify({ ...file, pack: value })),
      fc
        .tuple(fc.constantFrom(...Object.keys(file.pack)), fc.jsonValue({ maxDepth: 2 }))
        .map(([key, value]) => JSON.stringify({ ...file, pack: { ...file.pack, [key]: value } })),
    );
    fc.assert(
      fc.property(text, (each) => {
        expectReadable(readPackFile(each, known), each);
      }),
      { numRuns: 10_000 },
    );
  });
});
