import { describe, expect, it } from 'vitest';
import { CRITERION_IDS, RANGE_IDS } from '../curriculum/ids.ts';
import { objectiveIdOf, SCORM12_IDENTIFIER, SCORM2004_IDENTIFIER } from './objective-id.ts';

describe('objective ids', () => {
  it('writes the ids the issue names', () => {
    expect(objectiveIdOf('MRC 1.3')).toBe('MRC-1.3');
    expect(objectiveIdOf('312.2.6')).toBe('312.2.6');
    expect(objectiveIdOf('312 range 3b')).toBe('312-range-3b');
    expect(objectiveIdOf('CS17 2.4')).toBe('CS17-2.4');
  });

  it.each([...CRITERION_IDS, ...RANGE_IDS])('%s passes SCORM 1.2 and 2004 id patterns', (id) => {
    expect(objectiveIdOf(id)).toMatch(SCORM12_IDENTIFIER);
    expect(objectiveIdOf(id)).toMatch(SCORM2004_IDENTIFIER);
  });

  it('keeps ids distinct', () => {
    const ids = [...CRITERION_IDS, ...RANGE_IDS].map(objectiveIdOf);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('the patterns refuse a space (so the test above can fail)', () => {
    expect('MRC 1.3').not.toMatch(SCORM12_IDENTIFIER);
    expect('MRC 1.3').not.toMatch(SCORM2004_IDENTIFIER);
  });
});
