/** The parts of a V8 heap snapshot (HeapProfiler.takeHeapSnapshot) read here. */
export interface HeapSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
}

/**
 * The JavaScript objects a heap snapshot holds, in MiB, less compiled code (which grows as V8
 * optimises more of the game) and the browser's own native objects (not in the JavaScript heap).
 */
export function snapshotDataMiB(snapshot: HeapSnapshot): number {
  const fields = snapshot.snapshot.meta.node_fields;
  const types = snapshot.snapshot.meta.node_types[0];
  const [typeAt, sizeAt] = [fields.indexOf('type'), fields.indexOf('self_size')];
  const nodes = snapshot.nodes;
  let bytes = 0;
  for (let at = 0; at < nodes.length; at += fields.length) {
    const type = types[nodes[at + typeAt]!];
    if (type !== 'code' && type !== 'native' && type !== 'synthetic') bytes += nodes[at + sizeAt]!;
  }
  return bytes / 1024 ** 2;
}
