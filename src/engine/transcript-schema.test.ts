import { describe, expect, it } from 'vitest';
import { loadFixture } from './fixtures/load.ts';
import { playPolicy } from './policies.ts';
import { parseTranscript } from './transcript-schema.ts';

describe('parseTranscript', () => {
  const transcript = playPolicy({
    scenario: loadFixture('fixture-headphones'),
    policy: 'random',
    seed: 5,
    timing: 'standard',
  });

  it('accepts what the engine records, after a trip through JSON', () => {
    const parsed = parseTranscript(JSON.parse(JSON.stringify(transcript)));
    expect(parsed).toEqual({ ok: true, transcript });
    expect(parseTranscript({ ...transcript, reflection: 'I should have listened first.' }).ok).toBe(
      true,
    );
  });

  it('keeps the feedback mode when there is one, and accepts transcripts from before it existed', () => {
    expect('feedback' in transcript).toBe(false);
    const withMode = { ...transcript, feedback: 'after-each-choice' };
    expect(parseTranscript(withMode)).toEqual({ ok: true, transcript: withMode });
    const wrong = parseTranscript({ ...transcript, feedback: 'sometimes' });
    expect(wrong.ok ? [] : wrong.problems.map((problem) => problem.path)).toEqual(['feedback']);
  });

  it('names the place of every problem', () => {
    const parsed = parseTranscript({
      ...transcript,
      seed: 1.5,
      timing: 'fast',
      events: [{ type: 'CHOOSE' }, { type: 'SHOUT' }, { type: 'TIMEOUT', extra: true }],
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const paths = parsed.problems.map((problem) => problem.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'seed',
        'timing',
        'events[0].choiceId',
        'events[1].type',
        'events[2]',
      ]),
    );
  });

  it('refuses something that is not a transcript at all', () => {
    const parsed = parseTranscript([1, 2, 3]);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]?.path).toBe('(the whole file)');
    const wrongFormat = parseTranscript({ ...transcript, format: 'resolve-session' });
    expect(wrongFormat.ok).toBe(false);
  });
});
