import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS, PRESSURES, SECTORS } from '../../scenario/schema.ts';
import { CAPTIONED, CUE_LEVELS } from './cues.ts';
import { SPRITE_MAP } from './sprite-map.ts';

/** What the fake Howler saw: every Howl made and every call on it. */
const seen = vi.hoisted(() => ({
  howls: [] as { options: unknown; calls: [string, ...unknown[]][] }[],
  resumed: 0,
}));

vi.mock('howler', () => {
  class Howl {
    private nextId = 1;
    private readonly record: { options: unknown; calls: [string, ...unknown[]][] };
    constructor(options: unknown) {
      this.record = { options, calls: [] };
      seen.howls.push(this.record);
    }
    play(cue: string): number {
      this.record.calls.push(['play', cue]);
      return this.nextId++;
    }
    volume(...args: unknown[]): this {
      this.record.calls.push(['volume', ...args]);
      return this;
    }
    fade(...args: unknown[]): this {
      this.record.calls.push(['fade', ...args]);
      return this;
    }
    once(...args: unknown[]): this {
      this.record.calls.push(['once', ...args]);
      return this;
    }
    stop(...args: unknown[]): this {
      this.record.calls.push(['stop', ...args]);
      return this;
    }
    unload(): void {
      this.record.calls.push(['unload']);
    }
  }
  const Howler = {
    ctx: {
      resume: () => {
        seen.resumed += 1;
        return Promise.resolve();
      },
    },
  };
  return { Howl, Howler };
});

const { CAPTIONS, SOUND_CUES, ambienceFor, createSoundBoard } = await import('./sound-board.ts');

function board() {
  const captions: { text: string; cue: string }[] = [];
  const sounds = createSoundBoard({ onCaption: (c) => captions.push(c) });
  return { sounds, captions };
}

const plays = () =>
  seen.howls.flatMap((h) => h.calls.filter((c) => c[0] === 'play').map((c) => c[1]));

beforeEach(() => {
  seen.howls.length = 0;
  seen.resumed = 0;
});

describe('captions', () => {
  it('give every cue words in square brackets', () => {
    for (const cue of SOUND_CUES) {
      expect(CAPTIONS[cue]).toMatch(/^\[[A-Z].+\]$/);
      expect(CUE_LEVELS[cue]).toBeGreaterThan(0);
      expect(CUE_LEVELS[cue]).toBeLessThanOrEqual(1);
    }
  });

  it('cover exactly the sounds the sprite holds, with only ambience looping', () => {
    expect(Object.keys(SPRITE_MAP).sort()).toEqual([...SOUND_CUES].sort());
    for (const cue of SOUND_CUES) {
      expect(SPRITE_MAP[cue].loop).toBe(cue.startsWith('ambience-'));
      expect(SPRITE_MAP[cue].duration).toBeGreaterThan(0);
    }
  });

  it('arrive for a meaningful sound even when sound is off, and not for the click', () => {
    const { sounds, captions } = board();
    sounds.setEnabled(false);
    sounds.play('phone-ring');
    sounds.play('choice-click');
    sounds.play('timer-warning', { caption: '[Timer: 10 seconds left]' });
    expect(captions).toEqual([
      { text: '[Phone rings]', cue: 'phone-ring' },
      { text: '[Timer: 10 seconds left]', cue: 'timer-warning' },
    ]);
    expect(CAPTIONED['choice-click']).toBe(false);
  });

  it('name the place when ambience starts', () => {
    const { sounds, captions } = board();
    sounds.startAmbience({ channel: 'face-to-face', sector: 'retail', pressure: 'busy' });
    sounds.startAmbience({ channel: 'face-to-face', sector: 'council', pressure: 'busy' });
    expect(captions.map((c) => c.text)).toEqual([
      '[Busy shop: chatter and tills]',
      '[Busy waiting area: chatter]',
    ]);
  });
});

describe('before the first gesture', () => {
  it('nothing is loaded and nothing plays', () => {
    const { sounds, captions } = board();
    sounds.play('phone-ring');
    sounds.startAmbience({ channel: 'phone', sector: 'energy', pressure: 'routine' });
    sounds.setVolume(0.5);
    sounds.setEnabled(true);
    sounds.stopAmbience();
    expect(seen.howls).toHaveLength(0);
    expect(seen.resumed).toBe(0);
    expect(sounds.unlocked).toBe(false);
    expect(captions.length).toBeGreaterThan(0);
  });

  it('unlocking loads once, plays what is asked after, and starts the waiting ambience', () => {
    const { sounds } = board();
    sounds.play('phone-ring');
    sounds.startAmbience({ channel: 'phone', sector: 'energy', pressure: 'routine' });
    sounds.unlock();
    sounds.unlock();
    expect(seen.howls).toHaveLength(1);
    expect(seen.resumed).toBe(1);
    // The ring asked for before the gesture is not played late; the ambience is.
    expect(plays()).toEqual(['ambience-call-centre', 'ambience-line']);
    sounds.play('message-arrive');
    expect(plays()).toContain('message-arrive');
  });
});

describe('after unlocking', () => {
  it('plays nothing while disabled, and restarts the ambience when enabled again', () => {
    const { sounds } = board();
    sounds.unlock();
    sounds.startAmbience({ channel: 'email', sector: 'water', pressure: 'quiet' });
    sounds.setEnabled(false);
    sounds.play('time-out');
    expect(plays()).toEqual(['ambience-office']);
    sounds.setEnabled(true);
    expect(plays()).toEqual(['ambience-office', 'ambience-office']);
  });

  it('sets each cue to its level times the volume', () => {
    const { sounds } = board();
    sounds.unlock();
    sounds.setVolume(0.5);
    sounds.play('form-saved');
    const calls = seen.howls[0]?.calls ?? [];
    expect(calls.at(-1)).toEqual(['volume', CUE_LEVELS['form-saved'] * 0.5, 1]);
  });
});

describe('ambienceFor', () => {
  it('gives every setting at least one layer, the first naming a place', () => {
    for (const channel of CHANNELS) {
      for (const sector of SECTORS) {
        for (const pressure of PRESSURES) {
          const layers = ambienceFor({ channel, sector, pressure });
          expect(layers.length).toBeGreaterThan(0);
          expect(layers[0]?.cue).not.toBe('ambience-line');
          for (const layer of layers) expect(layer.gain).toBeGreaterThan(0);
        }
      }
    }
  });

  it('is louder when busy than when quiet', () => {
    const busy = ambienceFor({ channel: 'face-to-face', sector: 'retail', pressure: 'busy' });
    const quiet = ambienceFor({ channel: 'face-to-face', sector: 'retail', pressure: 'quiet' });
    expect(busy[0]?.gain ?? 0).toBeGreaterThan(quiet[0]?.gain ?? 0);
  });

  it('sounds like a shop floor in every retail-like shop, and says when it is quiet', () => {
    for (const sector of ['retail', 'telecoms', 'online-retail'] as const) {
      const quiet = ambienceFor({ channel: 'face-to-face', sector, pressure: 'quiet' });
      expect(quiet.map((layer) => layer.cue)).toEqual(['ambience-shop']);
      expect(quiet[0]?.caption).toMatch(/^\[Quiet shop/);
      expect(quiet[0]?.gain ?? 1).toBeLessThan(0.6);
    }
  });
});
