import { describe, expect, it } from 'vitest';
import { interactionIdOf, lmsSafeId, LMS_ID_MAX } from './lms-safe-id.ts';
import { SCORM12_IDENTIFIER, SCORM2004_IDENTIFIER } from './objective-id.ts';

describe('LMS-safe ids', () => {
  it('joins scenario, node and choice with dots', () => {
    expect(interactionIdOf('energy-catch-up-bill', 'opening', 'listen-first')).toBe(
      'energy-catch-up-bill.opening.listen-first',
    );
  });

  it('replaces characters an LMS refuses, and the result passes both SCORM patterns', () => {
    const id = lmsSafeId(['a pack', 'node/one', 'ch"oice', '']);
    expect(id).toBe('a_pack.node_one.ch_oice._');
    expect(id).toMatch(SCORM12_IDENTIFIER);
    expect(id).toMatch(SCORM2004_IDENTIFIER);
  });

  it('keeps an over-long id under the limit and distinct', () => {
    const a = lmsSafeId(['x'.repeat(200), 'y'.repeat(200), 'a']);
    const b = lmsSafeId(['x'.repeat(200), 'y'.repeat(200), 'b']);
    expect(a.length).toBeLessThanOrEqual(LMS_ID_MAX);
    expect(a).not.toBe(b);
    expect(a).toMatch(SCORM2004_IDENTIFIER);
    expect(a).toMatch(SCORM12_IDENTIFIER);
  });
});
