/**
 * The host's countdown for a timed node. The engine never reads a clock: when this runs out the
 * host sends `session.timeOut()`, which the transcript records. The learner can pause it at any
 * time (WCAG 2.2.1, timing adjustable); so can the page, while a dialog covers the screen or the
 * tab is hidden. Each holds it by its own reason, and it runs again only once every reason has let go.
 */

export interface TimerClock {
  now: () => number;
  setInterval: (callback: () => void, ms: number) => unknown;
  clearInterval: (handle: unknown) => void;
}

export const browserClock: TimerClock = {
  now: () => Date.now(),
  setInterval: (callback, ms) => window.setInterval(callback, ms),
  clearInterval: (handle) => window.clearInterval(handle as number),
};

export type TimerState = 'running' | 'paused' | 'expired' | 'stopped';

/**
 * Who is holding the countdown: the learner's own button, a dialog over the screen, a hidden tab,
 * or, before it has ever run, the customer still speaking or something to read not yet seen on
 * screen (see start-gate.ts): a countdown is fair only once everything it asks about is visible.
 */
export type PauseReason = 'learner' | 'covered' | 'hidden' | WaitReason;

/** What holds a countdown that has not run yet because the moment is not all shown. */
export type WaitReason = 'line-showing' | 'not-yet-visible';

export const WAIT_REASONS: readonly WaitReason[] = ['line-showing', 'not-yet-visible'];

/** Whether the countdown is held only by waiting for the moment to be shown (not a pause as such). */
export const onlyWaiting = (snapshot: TimerSnapshot): boolean =>
  snapshot.state === 'paused' &&
  snapshot.pausedBy.length > 0 &&
  snapshot.pausedBy.every((reason) => (WAIT_REASONS as readonly string[]).includes(reason));

export interface TimerSnapshot {
  state: TimerState;
  totalSeconds: number;
  /** Whole seconds left, rounded up: what the learner reads. */
  secondsLeft: number;
  /** 0..1 of the time used. */
  fractionUsed: number;
  /** Why it is held, in the order the reasons came; empty while nothing holds it. */
  pausedBy: PauseReason[];
}

export interface TimerWarning {
  secondsLeft: number;
  /** The last warning before time runs out: announced assertively. */
  final: boolean;
}

export interface TimerControllerOptions {
  seconds: number;
  onTick?: (snapshot: TimerSnapshot) => void;
  onWarning?: (warning: TimerWarning) => void;
  onExpire: () => void;
  clock?: TimerClock;
  /** How often the display updates. */
  tickMs?: number;
}

/** Seconds left at which the learner is warned: at half time, and a last warning near the end. */
export function warningPoints(seconds: number): { half: number; final: number } {
  const final = Math.max(1, Math.min(5, Math.floor(seconds / 3)));
  return { half: Math.max(final + 1, Math.ceil(seconds / 2)), final };
}

export class TimerController {
  private readonly totalMs: number;
  private remainingMs: number;
  private state: TimerState = 'stopped';
  private started = false;
  private lastReading = 0;
  private handle: unknown = null;
  private readonly clock: TimerClock;
  private readonly warned = new Set<'half' | 'final'>();
  private readonly reasons = new Set<PauseReason>();

  constructor(private readonly options: TimerControllerOptions) {
    this.totalMs = options.seconds * 1000;
    this.remainingMs = this.totalMs;
    this.clock = options.clock ?? browserClock;
  }

  /** Starts counting, or waits paused if something already holds it (a tab hidden before). */
  start(): void {
    if (this.state !== 'stopped' || this.started || this.remainingMs <= 0) return;
    this.started = true;
    if (this.reasons.size > 0) {
      this.state = 'paused';
      this.options.onTick?.(this.snapshot());
    } else this.run();
  }

  /** Holds the countdown for this reason; holding twice for one reason is holding once. */
  pause(reason: PauseReason): void {
    const known = this.reasons.has(reason);
    this.reasons.add(reason);
    if (this.state === 'paused' && !known) this.options.onTick?.(this.snapshot());
    if (this.state !== 'running') return;
    this.measure();
    this.halt();
    this.state = 'paused';
    this.options.onTick?.(this.snapshot());
  }

  /** Lets go for this reason; the countdown runs again once no reason holds it. */
  resume(reason: PauseReason): void {
    const known = this.reasons.delete(reason);
    if (this.state !== 'paused') return;
    if (this.reasons.size > 0) {
      if (known) this.options.onTick?.(this.snapshot());
      return;
    }
    this.run();
  }

  /** The learner's pause button: it can hold a countdown still waiting to start, too. */
  toggle(): void {
    if (this.reasons.has('learner')) this.resume('learner');
    else if (this.state === 'running' || this.state === 'paused') this.pause('learner');
  }

  /** Stops for good (the learner chose in time, or left the screen). */
  stop(): void {
    this.halt();
    this.started = true;
    if (this.state !== 'expired') this.state = 'stopped';
  }

  snapshot(): TimerSnapshot {
    const secondsLeft = Math.max(0, Math.ceil(this.remainingMs / 1000));
    return {
      state: this.state,
      totalSeconds: this.options.seconds,
      secondsLeft,
      fractionUsed: this.totalMs === 0 ? 1 : 1 - Math.max(0, this.remainingMs) / this.totalMs,
      pausedBy: [...this.reasons],
    };
  }

  private run(): void {
    this.state = 'running';
    this.lastReading = this.clock.now();
    this.handle = this.clock.setInterval(() => this.tick(), this.options.tickMs ?? 250);
    this.options.onTick?.(this.snapshot());
  }

  private halt(): void {
    if (this.handle !== null) this.clock.clearInterval(this.handle);
    this.handle = null;
  }

  private measure(): void {
    const now = this.clock.now();
    this.remainingMs -= Math.max(0, now - this.lastReading);
    this.lastReading = now;
  }

  private tick(): void {
    if (this.state !== 'running') return;
    this.measure();
    const snapshot = this.snapshot();
    const points = warningPoints(this.options.seconds);
    if (snapshot.secondsLeft > 0) {
      if (snapshot.secondsLeft <= points.final && !this.warned.has('final')) {
        this.warned.add('final').add('half');
        this.options.onWarning?.({ secondsLeft: snapshot.secondsLeft, final: true });
      } else if (snapshot.secondsLeft <= points.half && !this.warned.has('half')) {
        this.warned.add('half');
        this.options.onWarning?.({ secondsLeft: snapshot.secondsLeft, final: false });
      }
    }
    if (this.remainingMs <= 0) {
      this.halt();
      this.state = 'expired';
      this.options.onTick?.(this.snapshot());
      this.options.onExpire();
      return;
    }
    this.options.onTick?.(snapshot);
  }
}
