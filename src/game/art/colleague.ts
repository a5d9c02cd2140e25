import type { Appearance } from '../../scenario/schema.ts';

const SKINS: Appearance['skin'][] = ['porcelain', 'light', 'medium', 'olive', 'brown', 'deep'];
const STYLES: Appearance['hair']['style'][] = [
  'short',
  'long',
  'curly',
  'bun',
  'braids',
  'cropped',
];
const COLOURS: Appearance['hair']['colour'][] = ['black', 'brown', 'auburn', 'blonde', 'grey'];

/**
 * Colleagues have a name and a role but no authored appearance: derive a stable one from the
 * name, so the same colleague always looks the same.
 */
export function colleagueAppearance(name: string): Appearance {
  let hash = 2166136261;
  for (const character of name) {
    hash ^= character.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  const pick = <T>(list: readonly T[], shift: number): T => list[(hash >>> shift) % list.length]!;
  return {
    skin: pick(SKINS, 0),
    age: 'adult',
    hair: { style: pick(STYLES, 5), colour: pick(COLOURS, 11) },
    clothing: { style: 'uniform', colour: '#1b4d5c' },
  };
}
