import { describe, expect, it } from 'vitest';
import { canonicalJson, contentHash } from './hash.ts';
import { loadFixture } from './fixtures/load.ts';

describe('canonical JSON', () => {
  it('sorts keys at every level and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: undefined } })).toBe(
      '{"a":{"d":[2,{"e":0,"f":1}]},"b":1}',
    );
  });
});

describe('contentHash', () => {
  const scenario = loadFixture('fixture-meter-letter');

  it('is a sha-256 in hex', () => {
    expect(contentHash(scenario)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('does not depend on key order or the editor hint', () => {
    const shuffled = {
      ...Object.fromEntries(Object.entries(scenario).reverse()),
    } as typeof scenario;
    expect(contentHash(shuffled)).toBe(contentHash(scenario));
    expect(contentHash({ ...scenario, $schema: '../schema/scenario.schema.json' })).toBe(
      contentHash(scenario),
    );
  });

  it('changes when any content changes', () => {
    const changed = structuredClone(scenario);
    changed.customer.mood.anger += 1;
    expect(contentHash(changed)).not.toBe(contentHash(scenario));
  });
});
