import { describe, expect, it } from 'vitest';
import { playKnowledgeCheck } from '../engine/knowledge-check.ts';
import { loadSampleKnowledgeChecks } from '../engine/fixtures/load.ts';
import type { Pack } from '../scenario/pack-schema.ts';
import type { CheckRecord } from '../storage/learner-store.ts';
import { packChecks, packPosition, packSummary } from './pack-summary.ts';
import { scorePlay } from './scored-play.ts';
import { headphones, meterLetter, playRecord } from './test-plays.ts';

const pack: Pack = {
  id: 'two-complaints',
  title: 'Two complaints',
  description: 'A test pack.',
  scenarios: [headphones.id, meterLetter.id],
  passMark: 70,
};
const scenarioOf = (id: string) => (id === headphones.id ? headphones : meterLetter);
const titleOf = (id: string) => scenarioOf(id).title;
const play = (
  scenario: typeof headphones,
  policy: 'best' | 'worst',
  playId: string,
  savedAt: string,
  packId: string | null = pack.id,
) =>
  scorePlay(
    playRecord({ scenario, policy, playId, savedAt, ...(packId ? { packId } : {}) }),
    scenario,
  );

describe('where the learner is in a pack', () => {
  it('reads “scenario 2 of 2” for the second scenario, and nothing for one outside it', () => {
    expect(packPosition(pack, meterLetter.id)).toEqual({ number: 2, total: 2 });
    expect(packPosition(pack, 'elsewhere')).toBeNull();
  });
});

describe('a pack summary', () => {
  it('is unfinished until every scenario has a scored play', () => {
    const summary = packSummary({
      pack,
      titleOf,
      plays: [play(headphones, 'best', 'a', '2026-12-01T10:00:00Z')],
    });
    expect(summary.scored).toBe(1);
    expect(summary.score).toBeNull();
    expect(summary.reached).toBeNull();
    expect(summary.scenarios[1]).toMatchObject({ latest: null, best: null });
  });

  it('scores the pack as the mean of each scenario’s best overall score, against the pass mark', () => {
    const plays = [
      play(headphones, 'best', 'a', '2026-12-01T10:00:00Z'),
      play(headphones, 'worst', 'b', '2026-12-01T11:00:00Z'),
      play(meterLetter, 'best', 'c', '2026-12-01T12:00:00Z'),
    ];
    const summary = packSummary({ pack, titleOf, plays });
    const [first, second] = summary.scenarios;
    expect(first!.latest?.playId).toBe('b');
    expect(first!.best?.playId).toBe('a');
    const expected = Math.round(((first!.best!.overall ?? 0) + (second!.best!.overall ?? 0)) / 2);
    expect(summary.score).toBe(expected);
    expect(summary.reached).toBe(expected >= 70);
    expect(packSummary({ pack: { ...pack, passMark: 100 }, titleOf, plays }).reached).toBe(
      expected >= 100,
    );
  });

  it('counts only plays made in the pack', () => {
    const summary = packSummary({
      pack,
      titleOf,
      plays: [play(headphones, 'best', 'a', '2026-12-01T10:00:00Z', null)],
    });
    expect(summary.scored).toBe(0);
  });

  it('takes each criterion’s best status across the pack’s plays', () => {
    const worst = play(headphones, 'worst', 'b', '2026-12-01T11:00:00Z');
    const best = play(headphones, 'best', 'a', '2026-12-01T10:00:00Z');
    if (!worst.ok || !best.ok) throw new Error('expected scored plays');
    const summary = packSummary({ pack, titleOf, plays: [worst, best] });
    const rank = { met: 3, 'partly-met': 2, 'not-met': 1, 'no-opportunity': 0 } as const;
    for (const { id, best: status } of summary.criteria) {
      const statuses = [worst, best].flatMap((each) => {
        const result = each.debrief.criteria[id];
        return result ? [result.status] : [];
      });
      expect(rank[status]).toBe(Math.max(...statuses.map((each) => rank[each])));
    }
    expect(summary.criteria.length).toBeGreaterThan(0);
  });
});

describe('a pack’s knowledge checks', () => {
  const { check } = loadSampleKnowledgeChecks()[0]!;
  const withCheck: Pack = { ...pack, knowledgeChecks: [check.id] };

  function finished(answer: 'right' | 'wrong', savedAt: string): CheckRecord {
    const session = playKnowledgeCheck({
      check,
      policy: answer === 'right' ? 'best' : 'worst',
      seed: 3,
    });
    return {
      playId: savedAt,
      savedAt,
      result: {
        format: 'resolve-check-result',
        version: 1,
        checkId: check.id,
        checkTitle: check.title,
        finishedAt: savedAt,
        transcript: session.transcript(),
      },
    };
  }

  it('shows the latest attempt’s score, worked out again from its answers', () => {
    const records = [
      finished('right', '2026-12-01T10:00:00Z'),
      finished('wrong', '2026-12-02T10:00:00Z'),
    ];
    const lines = packChecks(
      withCheck,
      records,
      () => check,
      () => undefined,
    );
    expect(lines).toEqual([{ checkId: check.id, title: check.title, taken: true, latest: 0 }]);
    expect(
      packChecks(
        withCheck,
        records.slice(0, 1),
        () => check,
        () => 'Basics',
      )[0],
    ).toEqual({
      checkId: check.id,
      title: 'Basics',
      taken: true,
      latest: 100,
    });
  });

  it('has no score when the check was never taken, or changed since', () => {
    expect(
      packChecks(
        withCheck,
        [],
        () => check,
        () => undefined,
      )[0]!.latest,
    ).toBeNull();
    const changed = { ...check, title: `${check.title} (changed)` };
    const records = [finished('right', '2026-12-01T10:00:00Z')];
    expect(
      packChecks(
        withCheck,
        records,
        () => changed,
        () => undefined,
      )[0]!.latest,
    ).toBeNull();
  });
});
