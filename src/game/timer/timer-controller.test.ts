import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  TimerController,
  warningPoints,
  type TimerClock,
  type TimerWarning,
} from './timer-controller.ts';

/** A hand-driven clock: tests advance time themselves, nothing waits. */
function manualClock(): TimerClock & { advance: (ms: number) => void } {
  let now = 0;
  const intervals = new Map<number, { callback: () => void; ms: number; next: number }>();
  let nextHandle = 1;
  return {
    now: () => now,
    setInterval(callback, ms) {
      const handle = nextHandle++;
      intervals.set(handle, { callback, ms, next: now + ms });
      return handle;
    },
    clearInterval(handle) {
      intervals.delete(handle as number);
    },
    advance(ms) {
      const end = now + ms;
      for (;;) {
        const due = [...intervals.entries()]
          .filter(([, interval]) => interval.next <= end)
          .sort((a, b) => a[1].next - b[1].next)[0];
        if (!due) break;
        const [, interval] = due;
        now = interval.next;
        interval.next += interval.ms;
        interval.callback();
      }
      now = end;
    },
  };
}

describe('TimerController', () => {
  it('expires once when left alone, after warning at half time and near the end', () => {
    const clock = manualClock();
    let expired = 0;
    const warnings: TimerWarning[] = [];
    const timer = new TimerController({
      seconds: 12,
      clock,
      onExpire: () => (expired += 1),
      onWarning: (warning) => warnings.push(warning),
    });
    timer.start();
    clock.advance(11_000);
    expect(expired).toBe(0);
    expect(timer.snapshot().secondsLeft).toBe(1);
    clock.advance(2_000);
    expect(expired).toBe(1);
    expect(timer.snapshot().state).toBe('expired');
    expect(warnings.map((w) => w.final)).toEqual([false, true]);
    clock.advance(60_000);
    expect(expired).toBe(1);
  });

  it('does not count time while paused', () => {
    const clock = manualClock();
    let expired = false;
    const timer = new TimerController({ seconds: 10, clock, onExpire: () => (expired = true) });
    timer.start();
    clock.advance(4_000);
    timer.pause('learner');
    clock.advance(600_000);
    expect(expired).toBe(false);
    expect(timer.snapshot()).toMatchObject({ state: 'paused', secondsLeft: 6 });
    timer.resume('learner');
    clock.advance(6_500);
    expect(expired).toBe(true);
  });

  it('stays paused until every reason that holds it has let go', () => {
    const clock = manualClock();
    let expired = false;
    const timer = new TimerController({ seconds: 10, clock, onExpire: () => (expired = true) });
    timer.start();
    clock.advance(2_000);
    timer.pause('hidden');
    timer.pause('covered');
    timer.pause('covered');
    timer.resume('hidden');
    clock.advance(60_000);
    expect(timer.snapshot()).toMatchObject({
      state: 'paused',
      secondsLeft: 8,
      pausedBy: ['covered'],
    });
    // Letting go of a reason that never held it changes nothing.
    timer.resume('learner');
    expect(timer.snapshot().state).toBe('paused');
    timer.resume('covered');
    expect(timer.snapshot()).toMatchObject({ state: 'running', pausedBy: [] });
    clock.advance(8_500);
    expect(expired).toBe(true);
  });

  it('starts paused when held before it started (a tab hidden while the line was typed)', () => {
    const clock = manualClock();
    const timer = new TimerController({ seconds: 5, clock, onExpire: () => undefined });
    timer.pause('hidden');
    timer.start();
    clock.advance(30_000);
    expect(timer.snapshot()).toMatchObject({ state: 'paused', secondsLeft: 5 });
    timer.resume('hidden');
    expect(timer.snapshot().state).toBe('running');
  });

  it("the learner's button resumes only the learner's own pause", () => {
    const clock = manualClock();
    const timer = new TimerController({ seconds: 5, clock, onExpire: () => undefined });
    timer.start();
    timer.toggle();
    timer.pause('covered');
    timer.toggle();
    expect(timer.snapshot()).toMatchObject({ state: 'paused', pausedBy: ['covered'] });
    timer.resume('covered');
    expect(timer.snapshot().state).toBe('running');
  });

  it('never fires after it is stopped', () => {
    const clock = manualClock();
    let expired = false;
    const timer = new TimerController({ seconds: 3, clock, onExpire: () => (expired = true) });
    timer.start();
    timer.stop();
    clock.advance(10_000);
    expect(expired).toBe(false);
  });

  it('places the final warning before the half-time one and inside the countdown', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 6000 }), (seconds) => {
        const { half, final } = warningPoints(seconds);
        expect(final).toBeGreaterThanOrEqual(1);
        expect(final).toBeLessThan(half);
        expect(half).toBeLessThanOrEqual(seconds);
      }),
    );
  });
});
