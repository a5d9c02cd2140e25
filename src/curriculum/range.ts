import { recordById } from './by-id.ts';
import { RANGE_IDS, type RangeId } from './ids.ts';
import type { RangeItem } from './types.ts';

/** Unit 312's "What you must cover": the four range headings, as printed in seed 001. */
export const rangeHeadings = {
  1: 'You must provide evidence that you have processed complaints that are seen by your organisation as:',
  2: 'You must provide evidence of processing customer service complaints:',
  3: 'You need to provide evidence that you have dealt with customers who:',
  4: 'You must provide evidence that you have processed complaints and taken full account of:',
} as const satisfies Record<RangeItem['group'], string>;

const item = (group: RangeItem['group'], letter: RangeItem['letter'], text: string): RangeItem => ({
  id: `312 range ${group}${letter}` as RangeId,
  group,
  letter,
  heading: rangeHeadings[group],
  text,
});

/** The 12 range items, text as printed (the last of each group keeps the seed's full stop). */
export const rangeItems: Readonly<Record<RangeId, RangeItem>> = recordById({
  what: 'range items',
  ids: RANGE_IDS,
  entries: [
    item(1, 'a', 'justified'),
    item(1, 'b', 'unjustified.'),
    item(2, 'a', 'during routine delivery of customer service'),
    item(2, 'b', 'during a busy time in your job'),
    item(2, 'c', 'during a quiet time in your job'),
    item(2, 'd', 'when people, systems or resources have let you down.'),
    item(3, 'a', 'have different needs and expectations'),
    item(3, 'b', 'appear angry or confused'),
    item(3, 'c', 'behave unusually.'),
    item(4, 'a', 'organisational procedures'),
    item(4, 'b', 'sector or industry codes of practice'),
    item(4, 'c', 'legislation.'),
  ],
});
