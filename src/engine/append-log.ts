/**
 * Append-only arrays that successive session contexts share, so a step costs the same at the
 * thousandth choice as at the first rather than a copy of the whole history. A context owns the
 * first `owned` items of its array: later contexts may have appended beyond that, so a context that
 * is not the newest (a branch explored from an older snapshot) reads its own prefix and, when it
 * appends, copies that prefix first. Everything stays a plain array, so contexts remain JSON.
 */

/** The items a context owns: the array itself when nothing was appended after it. */
export function ownedItems<T>(items: readonly T[], owned: number): readonly T[] {
  return items.length === owned ? items : items.slice(0, owned);
}

/** The array with `item` appended for the context that owns `owned` items of it. */
export function appendItem<T>(items: readonly T[], owned: number, item: T): T[] {
  // Appending in place is safe only at the tip: a longer array belongs to a later context too.
  const tip = (items.length === owned ? items : items.slice(0, owned)) as T[];
  tip.push(item);
  return tip;
}

// Each value's first position in an array. Items never change once written (appends only, branches
// copy), so one index serves every context that shares the array, and grows as the array does.
const positions = new WeakMap<
  readonly unknown[],
  { indexed: number; first: Map<unknown, number> }
>();

/** Whether `value` is among the first `owned` items, in constant time on average. */
export function hasItem<T>(items: readonly T[], owned: number, value: T): boolean {
  let index = positions.get(items);
  if (index === undefined) {
    index = { indexed: 0, first: new Map() };
    positions.set(items, index);
  }
  for (; index.indexed < items.length; index.indexed += 1) {
    const item = items[index.indexed];
    if (!index.first.has(item)) index.first.set(item, index.indexed);
  }
  const at = index.first.get(value);
  return at !== undefined && at < owned;
}
