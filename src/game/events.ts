import type { Appearance, Expression, Mood } from '../scenario/schema.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { Voice } from './play/voice.ts';

/**
 * The messages between the DOM overlay and the Phaser scenes. The DOM side owns the game's state
 * (it renders `session.view()`); the scenes only draw what they are told, so no rule lives there.
 */
export interface GameEventMap {
  /** A new encounter: draw its setting and its customer. */
  'encounter-shown': {
    setting: Scenario['setting'];
    /** The organisation's name, for signs and headers the place is too long for. */
    organisation: string;
    /** Who talks first (the customer, as a rule). */
    voice: Voice;
    appearance: Appearance;
    expression: Expression;
    mood: Mood;
    reducedMotion: boolean;
  };
  'customer-changed': { expression: Expression; mood: Mood };
  /** Someone else steps in (a colleague giving feedback), or the customer comes back. */
  'speaker-changed': {
    speaker: 'customer' | 'colleague';
    appearance: Appearance;
    expression: Expression;
    mood: Mood;
  };
  /** Someone else talks (a son on the line, a colleague), or the customer talks again. */
  'voice-changed': Voice;
  /**
   * Who is there to be seen (src/game/play/encounter-model.ts decides): once nobody, the customer
   * has left the desk or ended the call, so the picture empties and a call's clock stops.
   */
  'presence-changed': { present: 'customer' | 'colleague' | 'nobody' };
  'reduced-motion-changed': { on: boolean };
  /** Leave the encounter: the stage goes quiet (menu, debrief). */
  'encounter-hidden': Record<string, never>;
  /** From the stage: a scene has started. */
  'stage-ready': { scene: string };
  /** From the stage: the customer of the latest encounter is on screen. */
  'stage-drawn': { scene: string };
}

export type GameEventName = keyof GameEventMap;
type Listener<K extends GameEventName> = (payload: GameEventMap[K]) => void;

export interface EventBus {
  on<K extends GameEventName>(type: K, listener: Listener<K>): () => void;
  emit<K extends GameEventName>(type: K, payload: GameEventMap[K]): void;
  /** The latest payload of an event, so a scene that starts late can catch up. */
  last<K extends GameEventName>(type: K): GameEventMap[K] | undefined;
}

export function createEventBus(): EventBus {
  const listeners = new Map<GameEventName, Set<(payload: never) => void>>();
  const latest = new Map<GameEventName, unknown>();
  return {
    on(type, listener) {
      let set = listeners.get(type);
      if (!set) {
        set = new Set();
        listeners.set(type, set);
      }
      set.add(listener);
      return () => set.delete(listener);
    },
    emit(type, payload) {
      latest.set(type, payload);
      for (const listener of [...(listeners.get(type) ?? [])]) {
        (listener as Listener<typeof type>)(payload);
      }
    },
    last<K extends GameEventName>(type: K) {
      return latest.get(type) as GameEventMap[K] | undefined;
    },
  };
}
