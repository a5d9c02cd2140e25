import type { Appearance } from '../../scenario/schema.ts';
import { darken, isHexColour, lighten, mix, rotateHue } from './colour.ts';

export type Skin = Appearance['skin'];
export type Age = Appearance['age'];
export type HairStyle = Appearance['hair']['style'];
export type HairColour = Appearance['hair']['colour'];
export type ClothingStyle = Appearance['clothing']['style'];
export type Extra = NonNullable<Appearance['extras']>[number];

const SKIN_BASE: Record<Skin, string> = {
  porcelain: '#f8dccb',
  light: '#eebf9c',
  medium: '#d19a6c',
  olive: '#b8895b',
  brown: '#8c5a3c',
  deep: '#5e3b29',
};

const HAIR_BASE: Record<HairColour, string> = {
  black: '#2a211e',
  brown: '#5c3b26',
  auburn: '#94451f',
  blonde: '#d8b26a',
  grey: '#a6a3a0',
  white: '#e6e2dc',
};

/** Greying with age, unless the author already chose grey or white. */
const GREYING: Record<Age, number> = { young: 0, adult: 0, 'middle-aged': 0.18, older: 0.5 };

/** Every colour a portrait uses, worked out once from the appearance. */
export interface Look {
  age: Age;
  hairStyle: HairStyle;
  clothingStyle: ClothingStyle;
  extras: ReadonlySet<Extra>;
  skin: { base: string; shadow: string; deep: string; line: string; lip: string; mouth: string };
  hair: { base: string; shade: string; light: string; brow: string };
  clothing: { base: string; shade: string; deep: string; light: string };
  /** A second colour that goes with the clothes: a scarf, a head wrap, a cap. */
  accent: string;
}

export function lookOf(appearance: Appearance): Look {
  const skin = SKIN_BASE[appearance.skin] ?? SKIN_BASE.medium;
  const chosenHair = HAIR_BASE[appearance.hair.colour] ?? HAIR_BASE.brown;
  const greyed =
    appearance.hair.colour === 'grey' || appearance.hair.colour === 'white'
      ? chosenHair
      : mix(chosenHair, '#b5b2ae', GREYING[appearance.age] ?? 0);
  // Colours come from validated scenarios, but a bad one must never reach the SVG text.
  const cloth = isHexColour(appearance.clothing.colour) ? appearance.clothing.colour : '#3a6ea5';
  const dark = appearance.skin === 'deep' || appearance.skin === 'brown';
  return {
    age: appearance.age,
    hairStyle: appearance.hair.style,
    clothingStyle: appearance.clothing.style,
    extras: new Set(appearance.extras ?? []),
    skin: {
      base: skin,
      shadow: mix(skin, '#5a2a1a', dark ? 0.22 : 0.14),
      // Darker skin needs darker lines for the features to read as clearly.
      deep: mix(skin, dark ? '#1e0d08' : '#3a1a10', dark ? 0.45 : 0.3),
      line: mix(skin, dark ? '#120806' : '#2a120c', dark ? 0.62 : 0.35),
      lip: mix(skin, '#a04848', dark ? 0.25 : 0.3),
      mouth: mix(skin, dark ? '#1a0806' : '#2a0f0c', dark ? 0.7 : 0.55),
    },
    hair: {
      base: greyed,
      shade: darken(greyed, 0.22),
      light: lighten(greyed, 0.18),
      brow: mix(
        greyed,
        dark ? '#0e0908' : '#2a1e18',
        dark || appearance.hair.colour === 'blonde' ? 0.4 : 0.2,
      ),
    },
    clothing: {
      base: cloth,
      shade: darken(cloth, 0.16),
      deep: darken(cloth, 0.32),
      light: lighten(cloth, 0.22),
    },
    accent: mix(rotateHue(cloth, 150), '#8a7f78', 0.25),
  };
}
