import type { JsonPath } from './diagnostics.ts';
import { own } from './own.ts';

const isRecordLike = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value at `path` in plain data, or undefined. */
export function valueAt(data: unknown, path: JsonPath): unknown {
  let value = data;
  for (const segment of path) {
    if (Array.isArray(value) && typeof segment === 'number') value = value[segment] as unknown;
    else if (isRecordLike(value) && Object.hasOwn(value, String(segment)))
      value = value[String(segment)];
    else return undefined;
  }
  return value;
}

// Lists whose items carry an `id` and a name an author would use for them.
const ITEM_NOUNS: Record<string, string> = {
  choices: 'choice',
  records: 'record',
  fields: 'field',
  entries: 'entry',
  options: 'option',
  series: 'series',
  facts: 'fact',
  questions: 'question',
};

/**
 * The place at `path` in the words an author uses: "node 'greeting'", "choice 'apologise'",
 * "the timer of node 'greeting'", "`setting`". `root` names the whole file ("the scenario").
 */
export function describePlace(path: JsonPath, data: unknown, root = 'the scenario'): string {
  if (path.length === 0) return root;
  const last = path[path.length - 1];
  const parentKey = path[path.length - 2];
  if (path.length === 2 && path[0] === 'nodes') return `node '${String(last)}'`;
  if (typeof last === 'number' && typeof parentKey === 'string') {
    const noun = own(ITEM_NOUNS, parentKey);
    const item = valueAt(data, path);
    const id = isRecordLike(item) && typeof item.id === 'string' ? item.id : undefined;
    if (noun !== undefined && id !== undefined) return `${noun} '${id}'`;
    if (noun !== undefined)
      return `${noun} ${last + 1} in ${describePlace(path.slice(0, -1), data, root)}`;
    if (parentKey === 'next') return `route ${last + 1} of \`next\``;
    return `item ${last + 1} of \`${parentKey}\``;
  }
  if (last === 'timeout' && path[0] === 'nodes' && path.length === 3) {
    return `the timer of node '${String(path[1])}'`;
  }
  if (last === 'if') return 'this condition';
  return `\`${String(last)}\``;
}

/** The key an issue is about, for "`title` is too long"; falls back to the place's description. */
export function describeField(path: JsonPath, data: unknown, root = 'the scenario'): string {
  const last = path[path.length - 1];
  if (typeof last === 'string' && !(path.length === 2 && path[0] === 'nodes')) return `\`${last}\``;
  return describePlace(path, data, root);
}
