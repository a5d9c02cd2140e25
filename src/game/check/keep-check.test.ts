import { describe, expect, it } from 'vitest';
import { replayCheck } from '../../engine/check-session.ts';
import { checkTranscriptSchema } from '../../engine/check-transcript.ts';
import { loadSampleKnowledgeChecks } from '../../engine/fixtures/load.ts';
import { playKnowledgeCheck } from '../../engine/knowledge-check.ts';
import { revisionSet } from '../../revision/revise-now.ts';
import { cardKey, type ReviewCard } from '../../revision/review-card.ts';
import type { CheckRecord, FinishedCheck } from '../../storage/learner-store.ts';
import { checkResult } from '../../scoring/check-result.ts';
import type { CheckStore } from './check-store.ts';
import { keepCheck, keepRevision } from './keep-check.ts';

/** A small fake of the store's check methods, kept in memory. */
function fakeStore(options: { failing?: boolean } = {}) {
  const cards = new Map<string, ReviewCard>();
  const results: CheckRecord[] = [];
  const store: CheckStore = {
    saveCheckResult(result: FinishedCheck) {
      if (options.failing) return Promise.reject(new Error('no room left'));
      results.push({ playId: `${results.length}`, savedAt: result.finishedAt, result });
      return Promise.resolve(`${results.length}`);
    },
    listCheckResults: () => Promise.resolve([...results]),
    loadReviewCards: () => Promise.resolve([...cards.values()]),
    saveReviewCards(saved) {
      for (const card of saved) cards.set(cardKey(card), card);
      return Promise.resolve();
    },
  };
  return { store, cards, results };
}

const [sample] = loadSampleKnowledgeChecks();
if (sample === undefined) throw new Error('no knowledge check under scenarios/checks/');
const { check } = sample;
const now = Date.UTC(2026, 2, 2, 9);
const DAY = 86_400_000;

describe('keeping a finished check', () => {
  it('saves a result that replays to the same score, and a card for every question', async () => {
    const { store, cards, results } = fakeStore();
    const session = playKnowledgeCheck({ check, policy: 'random', seed: 4 });
    expect(await keepCheck(store, session, { packId: 'starter', now })).toMatch(/saved/);
    const [record] = results;
    expect(record?.result).toMatchObject({ checkId: check.id, packId: 'starter' });
    const transcript = checkTranscriptSchema.parse(
      JSON.parse(JSON.stringify(record?.result.transcript)),
    );
    expect(checkResult(replayCheck(check, transcript))).toEqual(checkResult(session));
    expect(cards.size).toBe(check.questions.length);
  });

  it('says so in words when the store refuses, and never throws', async () => {
    const { store } = fakeStore({ failing: true });
    const session = playKnowledgeCheck({ check, policy: 'best', seed: 1 });
    expect(await keepCheck(store, session, { now })).toBe(
      'Your result could not be saved (no room left).',
    );
  });

  it('moves on only the cards of the questions revised', async () => {
    const { store, cards } = fakeStore();
    await keepCheck(store, playKnowledgeCheck({ check, policy: 'worst', seed: 1 }), { now });
    const before = new Map(cards);
    const set = revisionSet([check], [...cards.values()], now + DAY, 3);
    if (set === null) throw new Error('nothing due a day later');
    const revised = playKnowledgeCheck({ check: set.check, policy: 'best', seed: 2 });
    await keepRevision(store, set, revised, now + DAY);
    const changed = [...cards].filter(([key, card]) => before.get(key) !== card);
    expect(changed.map(([, card]) => card.questionId).sort()).toEqual(
      set.check.questions.map((question) => question.id).sort(),
    );
    expect(changed.every(([, card]) => card.due > now + DAY)).toBe(true);
  });
});
