import { describe, expect, it } from 'vitest';
import {
  brokenLink,
  emptyShippedVersions,
  isShipped,
  notYetShipped,
  withShipped,
} from './shipped-versions.ts';

const hash = (digit: string) => digit.repeat(64);
const first = { kind: 'scenario' as const, id: 'retail-kettle', contentHash: hash('a') };
const revised = { ...first, contentHash: hash('b') };
const check = { kind: 'knowledge-check' as const, id: 'check-basics', contentHash: hash('c') };

describe('the list of shipped versions', () => {
  it('only grows: a revised scenario adds a line and keeps the old one', () => {
    const one = withShipped(emptyShippedVersions(), [first, check], '2026-12-01');
    const two = withShipped(one, [revised, check], '2026-12-02');
    expect(two.versions.slice(0, 2)).toEqual(one.versions);
    expect(two.versions).toHaveLength(3);
    expect(isShipped(two, first)).toBe(true);
    expect(isShipped(two, revised)).toBe(true);
    expect(notYetShipped(two, [first, revised, check])).toEqual([]);
    expect(brokenLink(two)).toBeUndefined();
  });

  it('knows where an old line was rewritten', () => {
    const list = withShipped(emptyShippedVersions(), [first, check, revised], '2026-12-01');
    const edited = structuredClone(list);
    edited.versions[1]!.contentHash = hash('d');
    expect(brokenLink(edited)).toBe(1);
    // Moving a line breaks the chain too.
    const moved = { ...list, versions: [list.versions[1]!, list.versions[0]!, list.versions[2]!] };
    expect(brokenLink(moved)).toBe(0);
  });

  it('does not take a hash for another scenario as shipped', () => {
    const list = withShipped(emptyShippedVersions(), [first], '2026-12-01');
    expect(isShipped(list, { ...first, id: 'retail-toaster' })).toBe(false);
    expect(isShipped(list, { ...first, kind: 'knowledge-check' })).toBe(false);
  });
});
