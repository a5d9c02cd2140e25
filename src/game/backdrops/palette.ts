import type { BackdropSetting } from './plan.ts';

/** Each sector's accent: calm, mid-tone colours that sit well behind a customer. */
export const SECTOR_ACCENT: Record<BackdropSetting['sector'], number> = {
  retail: 0x2a7f8f,
  'online-retail': 0x3b6fb6,
  energy: 0xc98a2e,
  telecoms: 0x6a4c9c,
  water: 0x2c7fb8,
  financial: 0x2b4a6e,
  council: 0x3c7d4f,
  housing: 0xb0653a,
  nhs: 0x2f7f9e,
  'home-services': 0x7a6a3a,
  travel: 0x1f8a7a,
  hospitality: 0x8e3b4f,
  transport: 0xc2562b,
};

export const INK = 0x24343c;
export const PAPER = 0xfbfaf7;
export const SILHOUETTE = 0x9aa8b2;

/** Mixes two 0xRRGGBB colours: 0 gives `a`, 1 gives `b`. */
export function blend(a: number, b: number, amount: number): number {
  const ch = (c: number, shift: number) => (c >> shift) & 255;
  const mixCh = (shift: number) =>
    Math.round(ch(a, shift) + (ch(b, shift) - ch(a, shift)) * amount);
  return (mixCh(16) << 16) | (mixCh(8) << 8) | mixCh(0);
}

export const tint = (colour: number, amount: number): number => blend(colour, 0xffffff, amount);
export const shade = (colour: number, amount: number): number => blend(colour, 0x000000, amount);
