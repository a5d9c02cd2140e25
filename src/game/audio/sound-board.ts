import { Howl, Howler } from 'howler';
import spriteOggUrl from '../../../assets/audio/resolve-sprite.ogg?url';
import spriteWavUrl from '../../../assets/audio/resolve-sprite.wav?url';
import {
  CAPTIONED,
  CAPTIONS,
  CUE_LEVELS,
  SOUND_CUES,
  ambienceFor,
  type AmbienceLayer,
  type AmbienceSetting,
  type SoundCue,
} from './cues.ts';
import { SPRITE_MAP } from './sprite-map.ts';

export { CAPTIONS, SOUND_CUES, ambienceFor };
export type { AmbienceSetting, SoundCue };

export interface Caption {
  text: string;
  cue: SoundCue;
}

export interface SoundBoardOptions {
  /** Called whenever a meaningful sound would play, even with sound off: captions never depend on audio. */
  onCaption: (caption: Caption) => void;
}

export interface SoundBoard {
  /**
   * Call from the learner's first gesture (a click or key press). Until then nothing is loaded and
   * nothing plays; captions still arrive.
   */
  unlock(): void;
  readonly unlocked: boolean;
  /** `caption` replaces the cue's usual words, e.g. "[Timer: 10 seconds left]" under extended timing. */
  play(cue: SoundCue, options?: { caption?: string }): void;
  startAmbience(setting: AmbienceSetting): void;
  stopAmbience(): void;
  /** 0..1, applied to everything, including what is already playing. */
  setVolume(volume: number): void;
  setEnabled(enabled: boolean): void;
  /** Stops everything and releases the decoded audio. */
  destroy(): void;
}

const AMBIENCE_FADE_MS = 700;

function clampVolume(volume: number): number {
  return Number.isFinite(volume) ? Math.min(1, Math.max(0, volume)) : 1;
}

function spriteDefinition(): Record<string, [number, number] | [number, number, boolean]> {
  const sprite: Record<string, [number, number, boolean]> = {};
  for (const cue of SOUND_CUES) {
    const entry = SPRITE_MAP[cue];
    sprite[cue] = [entry.start, entry.duration, entry.loop];
  }
  return sprite;
}

export function createSoundBoard(options: SoundBoardOptions): SoundBoard {
  let howl: Howl | null = null;
  let unlocked = false;
  let enabled = true;
  let volume = 1;
  let broken = false;
  /** The ambience asked for, kept while sound is off or locked so it can start later. */
  let ambience: AmbienceLayer[] = [];
  let playingAmbience: { layer: AmbienceLayer; id: number }[] = [];

  const caption = (cue: SoundCue, text?: string): void => {
    if (!CAPTIONED[cue]) return;
    options.onCaption({ text: text ?? CAPTIONS[cue], cue });
  };

  const levelOf = (layer: AmbienceLayer): number => CUE_LEVELS[layer.cue] * layer.gain * volume;

  const audible = (): Howl | null => (unlocked && enabled && !broken ? howl : null);

  const startLayers = (): void => {
    const sound = audible();
    if (!sound) return;
    for (const layer of ambience) {
      const id = sound.play(layer.cue);
      sound.volume(0, id);
      sound.fade(0, levelOf(layer), AMBIENCE_FADE_MS, id);
      playingAmbience.push({ layer, id });
    }
  };

  const stopLayers = (): void => {
    const sound = howl;
    const playing = playingAmbience;
    playingAmbience = [];
    if (!sound) return;
    for (const { layer, id } of playing) {
      // A fade needs the sound running; stop it outright once the fade has finished.
      sound.once('fade', () => sound.stop(id), id);
      sound.fade(levelOf(layer), 0, AMBIENCE_FADE_MS / 2, id);
    }
  };

  return {
    get unlocked() {
      return unlocked;
    },

    unlock() {
      if (unlocked) return;
      unlocked = true;
      howl = new Howl({
        src: [spriteOggUrl, spriteWavUrl],
        format: ['ogg', 'wav'],
        sprite: spriteDefinition(),
        preload: true,
        onloaderror: () => {
          broken = true;
          playingAmbience = [];
        },
      });
      // Resume inside the gesture: some browsers only let audio start from one.
      void Howler.ctx?.resume?.().catch(() => undefined);
      startLayers();
    },

    play(cue, playOptions) {
      caption(cue, playOptions?.caption);
      const sound = audible();
      if (!sound) return;
      const id = sound.play(cue);
      sound.volume(CUE_LEVELS[cue] * volume, id);
    },

    startAmbience(setting) {
      stopLayers();
      ambience = ambienceFor(setting);
      const first = ambience[0];
      if (first) caption(first.cue, first.caption);
      startLayers();
    },

    stopAmbience() {
      ambience = [];
      stopLayers();
    },

    setVolume(next) {
      volume = clampVolume(next);
      const sound = howl;
      if (!sound) return;
      for (const { layer, id } of playingAmbience) {
        sound.volume(levelOf(layer), id);
      }
    },

    setEnabled(next) {
      if (next === enabled) return;
      enabled = next;
      if (enabled) {
        startLayers();
      } else {
        playingAmbience = [];
        howl?.stop();
      }
    },

    destroy() {
      ambience = [];
      playingAmbience = [];
      howl?.unload();
      howl = null;
    },
  };
}
