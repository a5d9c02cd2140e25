import type { Appearance, Expression, Mood } from '../../scenario/schema.ts';
import { renderPortraitSvg } from '../customer/portrait.ts';

/** The customer's portrait as an <img> source: used in DOM-only mode, the colleague card and the debrief. */
export function portraitDataUrl(options: {
  appearance: Appearance;
  expression: Expression;
  mood?: Mood;
  size?: number;
}): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(renderPortraitSvg(options))}`;
}

/** Portraits are 6 wide to 7 high. */
export const portraitHeight = (width: number): number => Math.round((width * 7) / 6);
