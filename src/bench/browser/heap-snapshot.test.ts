import { describe, expect, it } from 'vitest';
import { snapshotDataMiB, type HeapSnapshot } from './heap-snapshot.ts';

const MiB = 1024 ** 2;

describe('snapshotDataMiB', () => {
  it('adds up the objects, leaving out compiled code, native and synthetic nodes', () => {
    // Fields as V8 writes them; each node is one row of numbers, its type an index into the names.
    const snapshot: HeapSnapshot = {
      snapshot: {
        meta: {
          node_fields: ['type', 'name', 'id', 'self_size', 'edge_count'],
          node_types: [['hidden', 'object', 'code', 'native', 'synthetic', 'string']],
        },
      },
      nodes: [
        ...[4, 0, 1, 0, 0],
        ...[1, 0, 2, 2 * MiB, 0],
        ...[2, 0, 3, 5 * MiB, 0],
        ...[3, 0, 4, 7 * MiB, 0],
        ...[5, 0, 5, MiB / 2, 0],
        ...[0, 0, 6, MiB / 2, 0],
      ],
    };
    expect(snapshotDataMiB(snapshot)).toBe(3);
  });
});
