import type { CriticalErrorRecord, Debrief } from './debrief.ts';
import { capOverall } from './critical.ts';

/**
 * The overall figure: the mean of every technique and criterion score, capped by critical errors.
 * A play that stopped before an ending has none: a figure would judge moments never reached.
 */
export function overallOf(
  results: Pick<Debrief, 'techniques' | 'criteria'>,
  criticalErrors: readonly CriticalErrorRecord[],
  complete: boolean,
): Pick<Debrief, 'overall' | 'overallCapped'> {
  if (!complete) return { overall: null };
  const scored = [
    ...Object.values(results.techniques).map((result) => result.score),
    ...Object.values(results.criteria).map((result) => result.score),
  ].filter((score): score is number => score !== null);
  const mean =
    scored.length === 0 ? 0 : Math.round(scored.reduce((a, b) => a + b, 0) / scored.length);
  return capOverall(mean, criticalErrors);
}
