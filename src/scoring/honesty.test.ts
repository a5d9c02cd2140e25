import { describe, expect, it } from 'vitest';
import { statusInWords } from '../curriculum/evidence.ts';
import type { CriterionId } from '../curriculum/ids.ts';
import { allScenarios } from '../engine/fixtures/load.ts';
import { playPolicy } from '../engine/policies.ts';
import type { Debrief } from './debrief.ts';
import { scoreTranscript } from './score.ts';
import { debriefText } from './text.ts';

const PLAYS = 100;

/** Everything a debrief credits (a score above 0, or a shown or partly shown status) on 0 points. */
export function creditedOnNothing(debrief: Debrief): string[] {
  const found: string[] = [];
  const results = [
    ...Object.entries(debrief.techniques).map(([id, result]) => ({ id, ...result, status: null })),
    ...Object.entries(debrief.criteria).map(([id, result]) => ({ id, ...result })),
  ];
  for (const result of results) {
    if (result.available > 0) continue;
    if ((result.score ?? 0) > 0 || result.status === 'met' || result.status === 'partly-met')
      found.push(`${result.id}: ${result.score} on ${result.taken} of ${result.available}`);
  }
  return found;
}

describe.each(allScenarios())('$file', ({ scenario }) => {
  it(`credits nothing on 0 available points in ${PLAYS} random plays`, () => {
    for (let seed = 0; seed < PLAYS; seed += 1) {
      const transcript = playPolicy({ scenario, policy: 'random', seed, timing: 'standard' });
      const debrief = scoreTranscript(scenario, transcript);
      expect(creditedOnNothing(debrief), `seed ${seed}`).toEqual([]);
      // Status words come from the curriculum's list, never "met" (authored text may say anything).
      const text = debriefText(debrief);
      for (const [id, result] of Object.entries(debrief.criteria)) {
        const words = statusInWords(result.status, id as CriterionId);
        expect(words).not.toMatch(/\bmet\b|achieved/i);
        expect(text).toContain(`  ${id.padEnd(9)} ${words}`);
      }
    }
  }, 60_000);
});

it('would catch a debrief that credits 0 of 0', () => {
  const [first] = allScenarios();
  if (first === undefined) return;
  const { scenario } = first;
  const debrief = scoreTranscript(
    scenario,
    playPolicy({ scenario, policy: 'best', seed: 1, timing: 'standard' }),
  );
  const [id, result] = Object.entries(debrief.criteria)[0] ?? [];
  expect(id).toBeDefined();
  if (id === undefined || result === undefined) return;
  const doctored: Debrief = {
    ...debrief,
    criteria: {
      ...debrief.criteria,
      [id]: { ...result, taken: 0, available: 0, score: 100, status: 'met' },
    },
  };
  expect(creditedOnNothing(doctored)).toContain(`${id}: 100 on 0 of 0`);
});
