import type { WaitReason } from './timer-controller.ts';

/**
 * When a countdown may first run: once the customer's line is fully shown and the line and every
 * option have each been on screen. What must be seen is named by the encounter model ('line' and
 * the choice ids); the page reports what has come into view. With large text, where the options
 * cannot all fit at once, the countdown waits while the learner scrolls through them.
 */
export interface StartGate {
  readonly lineShown: boolean;
  /** What the learner must see before the countdown runs. */
  readonly mustSee: readonly string[];
  /** What has been wholly on screen at some moment since the line was drawn. */
  readonly seen: ReadonlySet<string>;
}

export const openGate = (mustSee: readonly string[], lineShown: boolean): StartGate => ({
  lineShown,
  mustSee,
  seen: new Set(),
});

export const gateSaw = (gate: StartGate, keys: readonly string[]): StartGate => {
  const fresh = keys.filter((key) => gate.mustSee.includes(key) && !gate.seen.has(key));
  return fresh.length === 0 ? gate : { ...gate, seen: new Set([...gate.seen, ...fresh]) };
};

export const gateLineShown = (gate: StartGate): StartGate =>
  gate.lineShown ? gate : { ...gate, lineShown: true };

/** What still holds the countdown at this gate; empty once it may run. */
export function waitingFor(gate: StartGate): WaitReason[] {
  const reasons: WaitReason[] = [];
  if (!gate.lineShown) reasons.push('line-showing');
  if (gate.mustSee.some((key) => !gate.seen.has(key))) reasons.push('not-yet-visible');
  return reasons;
}
