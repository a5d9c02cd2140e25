import { describe, expect, it } from 'vitest';
import { createEventBus } from './events.ts';

describe('the event bus', () => {
  it('delivers to listeners until they unsubscribe, and remembers the last payload', () => {
    const bus = createEventBus();
    const seen: boolean[] = [];
    const off = bus.on('reduced-motion-changed', ({ on }) => seen.push(on));
    bus.emit('reduced-motion-changed', { on: true });
    off();
    bus.emit('reduced-motion-changed', { on: false });
    expect(seen).toEqual([true]);
    expect(bus.last('reduced-motion-changed')).toEqual({ on: false });
    expect(bus.last('stage-ready')).toBeUndefined();
  });
});
