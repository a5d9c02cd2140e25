/**
 * A deep copy, as IndexedDB would store it, so the memory store behaves like the real one: later
 * changes to the caller's object never reach what was saved.
 */
export function plainCopy<T>(value: T): T {
  return structuredClone(value);
}
