import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { Pin } from '../scenario/schema.ts';

/**
 * The order options are shown in: `seeded` draws it from the play's seed, so the skilled option is
 * not always in the same place; `authored` keeps the file's order (transcripts recorded before
 * options were shuffled, and the unshuffled policy runs).
 */
export const OPTION_ORDERS = ['seeded', 'authored'] as const;
export type OptionOrder = (typeof OPTION_ORDERS)[number];

/** What a transcript without an `optionOrder` was played with: it predates shuffling. */
export const OLD_TRANSCRIPT_ORDER: OptionOrder = 'authored';

// FNV-1a (32 bits): the seed and the place being shuffled, as one number to seed a generator with.
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}

/** A generator for one place in one play: the same seed and place always draw the same numbers. */
export const generatorAt = (seed: number, place: string) =>
  xoroshiro128plus(fnv1a(`${seed}:${place}`));

/**
 * The items in the order the learner sees them. The order depends only on the seed and `place`
 * (which set of options, at which visit), so it needs no state of its own: a replay, a restored save
 * and "retry from this moment" all draw the same order, and drawing it never disturbs the customer's
 * line variants. Pinned items keep their place; the rest are shuffled (Fisher–Yates).
 */
export function inShownOrder<T extends { id: string; pin?: Pin | undefined }>(
  items: readonly T[],
  options: { seed: number; place: string; order: OptionOrder },
): T[] {
  if (options.order === 'authored') return [...items];
  const first = items.filter((item) => item.pin === 'first');
  const last = items.filter((item) => item.pin === 'last');
  const free = items.filter((item) => item.pin === undefined);
  const generator = generatorAt(options.seed, options.place);
  for (let index = free.length - 1; index > 0; index -= 1) {
    const other = uniformInt(generator, 0, index);
    const held = free[index] as T;
    free[index] = free[other] as T;
    free[other] = held;
  }
  return [...first, ...free, ...last];
}
