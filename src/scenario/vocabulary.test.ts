import { describe, expect, it } from 'vitest';
import { SECTORS, TRAITS } from './schema.ts';
import { rangeOfTraits, SECTOR_LABELS, TRAIT_INFO } from './vocabulary.ts';

describe('the scenario vocabulary', () => {
  it('has the sectors authors asked for, each with a label', () => {
    for (const sector of [
      'water',
      'travel',
      'hospitality',
      'housing',
      'nhs',
      'online-retail',
      'home-services',
    ]) {
      expect(SECTORS).toContain(sector);
    }
    for (const sector of SECTORS) expect(SECTOR_LABELS[sector].trim()).not.toBe('');
    expect(SECTOR_LABELS.nhs).toBe('NHS');
  });

  it('ties every trait to a Unit 312 range item about the customer (group 3)', () => {
    for (const trait of TRAITS) expect(TRAIT_INFO[trait].range).toMatch(/^312 range 3[abc]$/);
    expect(rangeOfTraits(['angry', 'confused'])).toEqual(['312 range 3b']);
    expect(rangeOfTraits(['unusual', 'hard-of-hearing', 'angry'])).toEqual([
      '312 range 3a',
      '312 range 3b',
      '312 range 3c',
    ]);
  });
});
