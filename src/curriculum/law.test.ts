import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lawRules } from './law.ts';
import { misconceptions } from './misconceptions.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const referenceFile = path.resolve(repoRoot, '..', 'shared', 'reference', 'uk-complaints-law.md');
const haveReference = existsSync(referenceFile);
if (!haveReference) {
  console.warn(
    `law.test: ${referenceFile} is absent, so the law catalogue is not checked against it`,
  );
}

/** Rule id → the reference's text for it (a rule runs on over indented lines). */
function referenceRules(text: string): Map<string, string> {
  const rules = new Map<string, string>();
  let current: string | null = null;
  for (const line of text.split(/\r?\n/)) {
    const start = /^- ((?:law|std)\.[a-z0-9.-]+):\s*(.*)$/.exec(line);
    if (start?.[1] !== undefined) {
      current = start[1];
      rules.set(current, start[2] ?? '');
    } else if (current !== null && /^\s+\S/.test(line)) {
      rules.set(current, `${rules.get(current) ?? ''} ${line.trim()}`);
    } else {
      current = null;
    }
  }
  return rules;
}

const words = (text: string): string[] =>
  text
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[^a-z0-9£%' ]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean);

/** Runs of `n` consecutive words the two texts share. */
function sharedRuns(ours: string, theirs: string, n: number): string[] {
  const theirRuns = new Set<string>();
  const t = words(theirs);
  for (let i = 0; i + n <= t.length; i++) theirRuns.add(t.slice(i, i + n).join(' '));
  const o = words(ours);
  const shared: string[] = [];
  for (let i = 0; i + n <= o.length; i++) {
    const run = o.slice(i, i + n).join(' ');
    if (theirRuns.has(run)) shared.push(run);
  }
  return shared;
}

const normaliseQuotes = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');

describe.skipIf(!haveReference)('the law catalogue and the reference agree', () => {
  const text = haveReference ? readFileSync(referenceFile, 'utf8') : '';
  const reference = referenceRules(text);

  it('lists exactly the reference’s rule ids', () => {
    expect(reference.size).toBeGreaterThan(0);
    expect(Object.keys(lawRules).sort()).toEqual([...reference.keys()].sort());
  });

  it('states every rule in its own words (no 9-word run copied from the reference)', () => {
    // A list of statutory terms cannot be reworded, so that one rule may repeat the reference.
    const lists = new Set(['law.equality.protected', 'std.mnemonics', 'std.iso10002']);
    const copied = Object.values(lawRules)
      .filter((rule) => !lists.has(rule.id))
      .flatMap((rule) =>
        sharedRuns(rule.statement, reference.get(rule.id) ?? '', 9).map(
          (run) => `${rule.id}: ${run}`,
        ),
      );
    expect(copied).toEqual([]);
  });

  it('quotes the numbered misconceptions as the reference does', () => {
    const numbered = new Map<number, string>();
    for (const line of text.split(/\r?\n/)) {
      const m = /^(\d+)\.\s+(.*?):\s/.exec(line);
      if (m?.[1] !== undefined && m[2] !== undefined) {
        numbered.set(Number(m[1]), m[2].replace(/^"([^"]*)"$/, '$1'));
      }
    }
    expect(numbered.size).toBeGreaterThan(0);
    const quoted = new Set<number>();
    for (const m of Object.values(misconceptions)) {
      if (m.source.kind !== 'reference') continue;
      expect(normaliseQuotes(m.saying), m.id).toBe(numbered.get(m.source.number));
      quoted.add(m.source.number);
    }
    // Every numbered misconception of the reference is in the catalogue, once.
    expect([...quoted].sort((a, b) => a - b)).toEqual([...numbered.keys()].sort((a, b) => a - b));
  });
});
