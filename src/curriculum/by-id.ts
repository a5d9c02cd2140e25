/**
 * Builds a record keyed by every id of a closed list, failing at load time when an entry is
 * missing, doubled or unknown: a catalogue with a hole must not reach a learner.
 */
export function recordById<K extends string, T extends { readonly id: K }>(options: {
  what: string;
  ids: readonly K[];
  entries: readonly T[];
}): Readonly<Record<K, T>> {
  const { what, ids, entries } = options;
  const known = new Set<string>(ids);
  const record = new Map<K, T>();
  for (const entry of entries) {
    if (!known.has(entry.id)) throw new Error(`${what}: "${entry.id}" is not in ids.ts`);
    if (record.has(entry.id)) throw new Error(`${what}: "${entry.id}" is listed twice`);
    record.set(entry.id, entry);
  }
  const missing = ids.filter((id) => !record.has(id));
  if (missing.length > 0) throw new Error(`${what}: no entry for ${missing.join(', ')}`);
  // Keys in the order of ids.ts, so iteration follows the qualification's order.
  return Object.fromEntries(ids.map((id) => [id, record.get(id)])) as Record<K, T>;
}
