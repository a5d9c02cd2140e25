import type { Shape } from './plan.ts';

/**
 * A plain silhouette of a person (head and body), standing or seated, for queues and waiting
 * rooms. `size` is the person's height in pixels from the top of the head to the cut-off.
 */
export function silhouette(options: {
  x: number;
  y: number;
  size: number;
  colour: number;
  alpha?: number;
  seated?: boolean;
}): Shape[] {
  const { x, y, size, colour, alpha = 1 } = options;
  const head = size * 0.14;
  const bodyWidth = size * 0.42;
  const bodyTop = y + head * 2.15;
  const bodyHeight = options.seated ? size * 0.42 : size - head * 2.15;
  return [
    { kind: 'circle', x, y: y + head, r: head, fill: colour, alpha },
    {
      kind: 'rect',
      x: x - bodyWidth / 2,
      y: bodyTop,
      w: bodyWidth,
      h: bodyHeight,
      fill: colour,
      alpha,
      radius: Math.min(bodyWidth / 2.2, bodyHeight / 2),
    },
  ];
}

/** A small generic head-and-shoulders avatar (someone who is not the customer). */
export function avatar(
  x: number,
  y: number,
  r: number,
  colour: number,
  background: number,
): Shape[] {
  return [
    { kind: 'circle', x, y, r, fill: background },
    { kind: 'circle', x, y: y - r * 0.2, r: r * 0.36, fill: colour },
    { kind: 'ellipse', x, y: y + r * 0.56, w: r * 1.2, h: r * 0.66, fill: colour },
  ];
}
