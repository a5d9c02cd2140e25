import type { CHANNELS, PRESSURES, SECTORS } from '../../scenario/schema.ts';

/** Backdrops are designed on this canvas and scaled to the scene. */
export const STAGE_WIDTH = 960;
export const STAGE_HEIGHT = 540;

export interface BackdropSetting {
  channel: (typeof CHANNELS)[number];
  sector: (typeof SECTORS)[number];
  pressure: (typeof PRESSURES)[number];
  /** Where it happens, in a few words: shown on a sign or a header. */
  place?: string | undefined;
  /** The organisation's name: on the sign when the place is too long for it. */
  organisation?: string | undefined;
}

/**
 * Face to face in these sectors happens across a shop or service counter, with the shop floor's
 * sound behind; elsewhere at a reception desk. The backdrop and the ambience both read this.
 */
export const COUNTER_SECTORS: ReadonlySet<BackdropSetting['sector']> = new Set<
  BackdropSetting['sector']
>(['retail', 'online-retail', 'telecoms', 'hospitality', 'transport']);

/** Colours are 0xRRGGBB numbers, as Phaser takes them. */
export type Shape =
  | {
      kind: 'rect';
      x: number;
      y: number;
      w: number;
      h: number;
      fill: number;
      alpha?: number;
      radius?: number;
    }
  | { kind: 'circle'; x: number; y: number; r: number; fill: number; alpha?: number }
  | { kind: 'ellipse'; x: number; y: number; w: number; h: number; fill: number; alpha?: number }
  | { kind: 'polygon'; points: number[]; fill: number; alpha?: number }
  | {
      kind: 'line';
      x1: number;
      y1: number;
      x2: number;
      y2: number;
      width: number;
      colour: number;
      alpha?: number;
    }
  | {
      kind: 'text';
      x: number;
      y: number;
      text: string;
      size: number;
      colour: number;
      /** 0 left, 0.5 centre, 1 right: the text's anchor, as Phaser's origin. */
      align?: number;
      bold?: boolean;
      /** A name the game can look the text up by, to update it (the call timer). */
      name?: string;
    };

/** Where the customer stands in this backdrop: the centre of the portrait and its scale. */
export interface CustomerPlacement {
  x: number;
  y: number;
  scale: number;
}

export interface BackdropPlan {
  /** A short name of the layout, for tests and debugging. */
  layout: 'shop' | 'reception' | 'call' | 'inbox' | 'letter' | 'chat' | 'social';
  /** Drawn behind the customer. */
  back: Shape[];
  /** Drawn in front of the customer (a counter's edge); may be empty. */
  front: Shape[];
  customer: CustomerPlacement;
}
