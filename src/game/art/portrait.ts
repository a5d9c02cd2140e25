import type { Appearance, Expression, Mood } from '../../scenario/schema.ts';
import { placeholderPortraitSvg } from './placeholder-portrait.ts';

/** The customer's portrait as an <img> source: used in DOM-only mode, the colleague card and the debrief. */
export function portraitDataUrl(options: {
  appearance: Appearance;
  expression: Expression;
  mood?: Mood;
  size?: number;
}): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(placeholderPortraitSvg(options))}`;
}
