import { describe, expect, it } from 'vitest';
import { countdownFor, readingSeconds, wordCount } from './countdown.ts';
import { startSession } from './session.ts';
import { parseTranscript } from './transcript-schema.ts';
import type { Transcript } from './types.ts';
import { loadFixture } from './fixtures/load.ts';

const scenario = loadFixture('fixture-headphones');

describe('countdown length', () => {
  it('counts words as a reader meets them', () => {
    expect(wordCount('')).toBe(0);
    expect(wordCount('  Raise a hand gently: "Please calm down, madam."  ')).toBe(8);
    expect(wordCount("I'll refund £89.99 — today.")).toBe(4);
  });

  it('reads at 180 words a minute, rounding up to whole seconds', () => {
    expect(readingSeconds([])).toBe(0);
    expect(readingSeconds(['one two three'])).toBe(1);
    expect(readingSeconds(['one two three four'])).toBe(2);
    // 27 words across three options: 9 seconds.
    const nine = 'a b c d e f g h i';
    expect(readingSeconds([nine, nine, nine])).toBe(9);
    expect(readingSeconds(['word '.repeat(30)])).toBe(10);
  });

  it("adds the reading time to the author's seconds, and stretches both under extended timing", () => {
    const read = ['one two three four five six seven eight nine'];
    expect(countdownFor({ authorSeconds: 15, read, timing: 'standard' })).toEqual({
      seconds: 18,
      decisionSeconds: 15,
      readingSeconds: 3,
    });
    expect(countdownFor({ authorSeconds: 15, read, timing: 'extended' })).toEqual({
      seconds: 180,
      decisionSeconds: 150,
      readingSeconds: 30,
    });
    expect(countdownFor({ authorSeconds: 15, read, timing: 'off' })).toBeNull();
  });

  it("counts the customer's line and every option as shown at a timed opening", () => {
    const view = startSession({ scenario, seed: 4, timing: 'standard' }).view();
    const words = [view.customerLine ?? '', ...view.choices.map((choice) => choice.say)].reduce(
      (sum, text) => sum + wordCount(text),
      0,
    );
    expect(view.countdown).toEqual({
      seconds: 12 + Math.ceil(words / 3),
      decisionSeconds: 12,
      readingSeconds: Math.ceil(words / 3),
    });
  });

  it('records the countdown in the transcript, and still reads transcripts without one', () => {
    const session = startSession({ scenario, seed: 4, timing: 'standard' });
    const transcript = session.transcript();
    expect(transcript.countdowns).toEqual([
      { step: 0, nodeId: 'opening', ...session.view().countdown },
    ]);
    const parsed = parseTranscript(JSON.parse(JSON.stringify(transcript)));
    expect(parsed.ok && parsed.transcript.countdowns).toEqual(transcript.countdowns);
    const old: Transcript = { ...transcript };
    delete old.countdowns;
    expect(parseTranscript(old).ok).toBe(true);
    expect(parseTranscript({ ...old, countdowns: [{ step: 0, nodeId: 'x' }] }).ok).toBe(false);
  });
});
