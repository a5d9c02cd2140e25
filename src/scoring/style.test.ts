import { describe, expect, it } from 'vitest';
import { describeStyle } from './style.ts';

describe('describeStyle', () => {
  it('counts stances and says nothing for an empty play', () => {
    const report = describeStyle([]);
    expect(report.summary).toEqual([]);
    expect(report.counts.skilled).toBe(0);
  });

  it('notices placating before solving, arguing, brushing off, unsafe choices and timeouts', () => {
    const report = describeStyle([
      'placating',
      'placating',
      'argumentative',
      'skilled',
      'timeout',
      'dismissive',
      'unsafe',
      'skilled',
    ]);
    expect(report.counts).toMatchObject({
      placating: 2,
      argumentative: 1,
      skilled: 2,
      timeout: 1,
      unsafe: 1,
      dismissive: 1,
    });
    expect(report.summary).toEqual([
      '2 of your 8 responses were skilled.',
      'You placated twice before you started solving the problem.',
      'You argued back once; arguing turns a complaint into a conflict.',
      'You brushed the customer off once.',
      'One choice was unsafe: check what you may promise or disclose.',
      'You let the countdown run out once; a waiting customer reads silence as not caring.',
      'After a slip you recovered with a skilled response twice.',
      'You finished well: your last response was skilled.',
    ]);
  });

  it('praises an all-skilled play and notes placating that never got anywhere', () => {
    expect(describeStyle(['skilled', 'skilled']).summary).toEqual([
      'Every one of your 2 responses was skilled.',
    ]);
    expect(describeStyle(['placating', 'placating', 'placating']).summary).toContain(
      'You placated 3 times and never got to solving the problem.',
    );
  });
});
