import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { Document, LineCounter, Node, Pair, YAMLMap } from 'yaml';
import type { JsonPath, Position } from './diagnostics.ts';

/**
 * Where a piece of the parsed data came from in the source file. Analysis works on plain data and
 * asks this for a line and column when it reports; data that did not come from YAML (built JSON,
 * generated scenarios) uses `noPositions`.
 */
export interface SourcePositions {
  /**
   * The place of the value at `path`, or of the nearest enclosing value that exists (a missing key
   * points at the mapping that lacks it). With `key`, the place of the key itself.
   */
  at(path: JsonPath, options?: { key?: boolean }): Position;
}

export const noPositions: SourcePositions = { at: () => ({ line: 1, column: 1 }) };

type Located = { node: Node | null; keyNode: Node | null };

const keyText = (pair: Pair): string | undefined =>
  isScalar(pair.key) ? String(pair.key.value) : undefined;

/** Positions read from a parsed YAML document. Lookups walk the tree: cheap, and only on report. */
export function yamlPositions(document: Document, lineCounter: LineCounter): SourcePositions {
  const place = (offset: number | undefined): Position => {
    if (offset === undefined) return { line: 1, column: 1 };
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const start = (node: Node | null): number | undefined => node?.range?.[0];
  // Each mapping's keys, indexed on first use: a file with thousands of keys in one mapping must
  // not cost a scan per diagnostic. The last of repeated keys wins, as in the data.
  const keyIndex = new WeakMap<YAMLMap, Map<string, Pair>>();
  const pairFor = (map: YAMLMap, key: string): Pair | undefined => {
    let index = keyIndex.get(map);
    if (index === undefined) {
      index = new Map();
      for (const pair of map.items) {
        const text = keyText(pair);
        if (text !== undefined) index.set(text, pair);
      }
      keyIndex.set(map, index);
    }
    return index.get(key);
  };

  const locate = (path: JsonPath): { found: Located; complete: boolean } => {
    let current: Located = { node: document.contents, keyNode: null };
    for (const segment of path) {
      let node = current.node;
      // An alias stands for its anchor's value: follow it, but report at the alias.
      if (node !== null && isAlias(node))
        node = (node.resolve(document) as Node | undefined) ?? null;
      if (node !== null && isMap(node)) {
        const pair = pairFor(node, String(segment));
        if (pair === undefined) return { found: current, complete: false };
        const value = (pair.value as Node | null) ?? null;
        current = { node: value ?? (pair.key as Node), keyNode: pair.key as Node };
      } else if (node !== null && isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment] as Node | undefined;
        if (item === undefined) return { found: current, complete: false };
        current = { node: item, keyNode: null };
      } else {
        return { found: current, complete: false };
      }
    }
    return { found: current, complete: true };
  };

  return {
    at(path, options) {
      const { found, complete } = locate(path);
      if (options?.key === true && complete && found.keyNode !== null) {
        return place(start(found.keyNode));
      }
      // A value that is a mapping or list starts at its first key; a missing key is best shown at
      // the key of the mapping that should hold it, which reads as "in here".
      if (!complete && found.keyNode !== null) return place(start(found.keyNode));
      return place(start(found.node) ?? start(found.keyNode));
    },
  };
}
