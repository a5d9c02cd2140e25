import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCaptionLine, captionLineText, type CaptionLine } from './caption-log.ts';

const shown = (log: CaptionLine[]) => log.map(captionLineText);

describe('the sound captions log', () => {
  it('counts a sound heard again straight after instead of repeating it', () => {
    let log: CaptionLine[] = [];
    for (const text of [
      '[Quiet office: air conditioning and the odd keyboard]',
      '[New message arrives]',
      '[New message arrives]',
      '[New message arrives]',
    ]) {
      log = addCaptionLine(log, text);
    }
    expect(shown(log)).toEqual([
      '[Quiet office: air conditioning and the odd keyboard]',
      '[New message arrives] ×3',
    ]);
    log = addCaptionLine(log, '[Timer: 5 seconds left]');
    log = addCaptionLine(log, '[New message arrives]');
    expect(shown(log)).toEqual([
      '[New message arrives] ×3',
      '[Timer: 5 seconds left]',
      '[New message arrives]',
    ]);
  });

  it('never shows the same words on two lines in a row, and keeps the latest sound', () => {
    const texts = fc.array(fc.constantFrom('[A]', '[B]', '[C]'), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(texts, fc.integer({ min: 1, max: 5 }), (sequence, max) => {
        const log = sequence.reduce<CaptionLine[]>(
          (acc, text) => addCaptionLine(acc, text, max),
          [],
        );
        expect(log.length).toBeLessThanOrEqual(max);
        expect(log[log.length - 1]?.text).toBe(sequence[sequence.length - 1]);
        for (let i = 1; i < log.length; i += 1) expect(log[i]?.text).not.toBe(log[i - 1]?.text);
      }),
    );
  });
});
