import type { Expression, Mood } from '../../scenario/schema.ts';

/** How the customer holds themself: read from their mood, nudged by their expression. */
export interface Pose {
  /** 0 relaxed … 1 shoulders up by the ears. */
  tension: number;
  /** Degrees the head leans (positive: to the viewer's right), as people do when puzzled. */
  tilt: number;
  armsCrossed: boolean;
}

const clamp01 = (v: number) => Math.min(1, Math.max(0, v));

const EXPRESSION_TENSION: Record<Expression, number> = {
  neutral: 0,
  annoyed: 0.25,
  furious: 0.6,
  confused: 0.1,
  anxious: 0.45,
  relieved: 0,
  pleased: 0,
};

const EXPRESSION_TILT: Record<Expression, number> = {
  neutral: 0,
  annoyed: 0,
  furious: 0,
  confused: 6,
  anxious: -2,
  relieved: 2,
  pleased: 2,
};

export function poseOf(expression: Expression, mood?: Mood): Pose {
  const anger = mood?.anger ?? 0;
  const confusion = mood?.confusion ?? 0;
  const trust = mood?.trust ?? 50;
  const fromMood = clamp01((anger - 40) / 50) * 0.8 - clamp01((trust - 60) / 40) * 0.3;
  const tension = clamp01(Math.max(EXPRESSION_TENSION[expression] ?? 0, fromMood));
  const puzzled = clamp01((confusion - 50) / 50) * 4;
  const tilt =
    (EXPRESSION_TILT[expression] ?? 0) + (expression === 'confused' ? puzzled / 2 : puzzled);
  // Folded arms read as guarded: angry and not (yet) trusting the learner.
  const armsCrossed =
    anger >= 65 && trust <= 40 && expression !== 'pleased' && expression !== 'relieved';
  return { tension, tilt: Math.round(tilt * 10) / 10, armsCrossed };
}
