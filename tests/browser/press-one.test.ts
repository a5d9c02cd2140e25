import { describe, expect, it } from 'vitest';
import { playPolicy } from '../../src/engine/policies.ts';
import { scoreTranscript } from '../../src/scoring/index.ts';
import { useBuiltSiteInChromium } from './suite.ts';
import {
  builtIndex,
  builtScenario,
  closeGame,
  expectedDebrief,
  openDebriefByKeyboard,
  openGame,
  playByTitle,
  playFirstChoicesToEnding,
} from './game-helpers.ts';

/*
 * The careless learner from issue 9: pressing 1 at every step of the real, built game. Options are
 * shown in an order drawn from the seed, so over 20 seeds this must do no better than chance: the
 * plays average at most 60 and at most 10 above the random player's mean on the same scenarios and
 * seeds (the discrimination suite's bounds). A play through the browser takes seconds, so each seed
 * plays one scenario, in turn; the suite checks every scenario over 20 seeds in Node.
 */
const SEEDS = Array.from({ length: 20 }, (_, index) => 1000 + index);
const CHANCE_CEILING = 60;
const ABOVE_RANDOM = 10;

/**
 * Scenarios whose content fails the bounds today while it is rewritten (issue 9, section 5): played
 * and reported, but left out of the bounds. The lead empties this list with the rewritten content,
 * as in src/scoring/discrimination.test.ts.
 */
const awaitingContentRewrite: readonly string[] = [];

const suite = useBuiltSiteInChromium();

const average = (scores: readonly number[]): number =>
  scores.reduce((total, each) => total + each, 0) / scores.length;

describe('pressing 1 through the real game', () => {
  it('scores no better than chance over 20 seeds', { timeout: 300_000 }, async () => {
    const entries = builtIndex().scenarios;
    const plays: { id: string; seed: number; shown: number; random: number }[] = [];
    for (const [index, seed] of SEEDS.entries()) {
      const entry = entries[index % entries.length]!;
      const scenario = builtScenario(entry);
      const game = await openGame(suite.browser, suite.site.url, { seed });
      const { page } = game;
      await playByTitle(page, entry.title);
      await playFirstChoicesToEnding(page);
      await openDebriefByKeyboard(page);
      const shown = Number(
        await page.$eval('.debrief', (element) => (element as HTMLElement).dataset.overall),
      );
      // The page shows what the engine makes of "the first option as shown" on this seed: the
      // game renders the engine's seeded order, and 1 picks the first of it.
      expect(shown, `${entry.id} seed ${seed}`).toBe(
        expectedDebrief({ scenario, seed, timing: 'standard' }).overall,
      );
      expect(game.problems).toEqual({ consoleErrors: [], failedRequests: [] });
      await closeGame(game);
      const random =
        scoreTranscript(
          scenario,
          playPolicy({ scenario, policy: 'random', seed, timing: 'standard' }),
        ).overall ?? Number.NaN;
      plays.push({ id: entry.id, seed, shown, random });
    }
    console.log(
      `Pressing 1 through the game (overall; random on the same seed):\n${plays
        .map((play) => `  ${play.id} seed ${play.seed}: ${play.shown} (random ${play.random})`)
        .join('\n')}`,
    );
    const judged = plays.filter((play) => !awaitingContentRewrite.includes(play.id));
    if (judged.length === 0) return;
    const mean = average(judged.map((play) => play.shown));
    expect(mean).toBeLessThanOrEqual(CHANCE_CEILING);
    expect(mean).toBeLessThanOrEqual(average(judged.map((play) => play.random)) + ABOVE_RANDOM);
  });
});
