import type { Appearance, Expression, Mood } from '../../scenario/schema.ts';
import { poseOf } from './body-language.ts';
import { lookOf } from './look.ts';
import { body, neck } from './parts/clothing.ts';
import { beard, ears, glasses, headwear, moustache, wearsHeadscarf } from './parts/extras.ts';
import { FACE_PATH, featuresUnderHair, mouthOf, sweat } from './parts/face.ts';
import { hairOf } from './parts/hair.ts';
import { filmingPhone, holdsPhone } from './parts/phone.ts';
import { el, num, textEl } from './svg.ts';

export interface PortraitOptions {
  appearance: Appearance;
  expression: Expression;
  /** Body language follows the mood: raised shoulders when angry, a tilted head when puzzled. */
  mood?: Mood | undefined;
  /** Width in pixels; the height is 7/6 of it. Default 240. */
  size?: number | undefined;
  /** Eyes shut for a blink frame. */
  blink?: boolean | undefined;
}

export const PORTRAIT_WIDTH = 240;
export const PORTRAIT_HEIGHT = 280;

const EXPRESSION_WORDS: Record<Expression, string> = {
  neutral: 'a neutral expression',
  annoyed: 'an annoyed expression',
  furious: 'a furious expression',
  confused: 'a confused expression',
  anxious: 'an anxious expression',
  relieved: 'a relieved expression',
  pleased: 'a pleased expression',
};

/**
 * The customer, head and shoulders, as a self-contained SVG string: no scripts, no external
 * references, every attribute escaped. Pure and deterministic: the same options give the same text.
 */
export function renderPortraitSvg(options: PortraitOptions): string {
  const { appearance, expression, mood } = options;
  const width = options.size !== undefined && options.size > 0 ? options.size : PORTRAIT_WIDTH;
  const height = (width * PORTRAIT_HEIGHT) / PORTRAIT_WIDTH;
  const look = lookOf(appearance);
  const filming = holdsPhone(look);
  // One hand holds the phone up, so the arms cannot fold.
  const pose = filming
    ? { ...poseOf(expression, mood), armsCrossed: false }
    : poseOf(expression, mood);
  const hair = wearsHeadscarf(look) ? { back: '', front: '' } : hairOf(look);
  // The head turns about the base of the neck; the shoulders stay put.
  const turn = pose.tilt === 0 ? undefined : `rotate(${num(pose.tilt)} 120 200)`;
  const head = [
    ears(look, true),
    el('path', { d: FACE_PATH, fill: look.skin.base }),
    featuresUnderHair(look, expression, options.blink === true),
    beard(look),
    mouthOf(look, expression),
    moustache(look),
    hair.front,
    ears(look, false),
    headwear(look),
    glasses(look),
    sweat(expression),
  ];
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${PORTRAIT_WIDTH} ${PORTRAIT_HEIGHT}`,
      width: num(width),
      height: num(height),
      role: 'img',
    },
    [
      textEl(
        'title',
        `A customer with ${EXPRESSION_WORDS[expression] ?? 'an expression'}${filming ? ', filming you on a phone' : ''}`,
      ),
      hair.back ? el('g', { transform: turn }, [hair.back]) : '',
      neck(look),
      body(look, pose),
      el('g', { transform: turn }, head),
      // In front of everything, the scarf and long hair included: the hand is nearest the viewer.
      filmingPhone(look),
    ],
  );
}
