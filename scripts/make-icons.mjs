// Draws the installable app's PNG icons (public/icons/) from the shapes of public/favicon.svg:
// a rounded teal square, a speech bubble and a tick. Browsers want PNGs of set sizes for an
// installed app, and no image tool is a dependency, so the shapes are rasterised here with
// 4×4 supersampling. Run `node scripts/make-icons.mjs` after changing the favicon.
import { mkdirSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';

const TEAL = [0x1b, 0x4d, 0x5c];
const PAPER = [0xf4, 0xf1, 0xea];
// In the favicon's 64×64 units.
const BUBBLE = [
  [14, 20],
  [50, 20],
  [50, 40],
  [30, 40],
  [20, 48],
  [20, 40],
  [14, 40],
];
const TICK = [
  [24, 30],
  [29, 35],
  [40, 24],
];

function inPolygon(x, y, polygon) {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i];
    const [xj, yj] = polygon[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function nearLine(x, y, points, halfWidth) {
  for (let i = 1; i < points.length; i++) {
    const [ax, ay] = points[i - 1];
    const [bx, by] = points[i];
    const t = Math.max(
      0,
      Math.min(
        1,
        ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2),
      ),
    );
    if (Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay))) <= halfWidth) return true;
  }
  return false;
}

function inRoundedSquare(x, y, radius, inset) {
  const low = inset + radius;
  const high = 64 - inset - radius;
  const cx = Math.min(Math.max(x, low), high);
  const cy = Math.min(Math.max(y, low), high);
  return Math.hypot(x - cx, y - cy) <= radius;
}

/** One sample: [r, g, b, a]. A maskable icon fills its square (the platform cuts its own shape). */
function sample(x, y, maskable) {
  // Maskable icons keep what matters inside the middle 80%: shrink the drawing around the centre.
  const scale = maskable ? 1.25 : 1;
  const u = (x - 32) * scale + 32;
  const v = (y - 32) * scale + 32;
  if (!maskable && !inRoundedSquare(x, y, 14, 0)) return [0, 0, 0, 0];
  if (nearLine(u, v, TICK, 2)) return [...TEAL, 255];
  if (inPolygon(u, v, BUBBLE)) return [...PAPER, 255];
  return [...TEAL, 255];
}

function icon(size, maskable) {
  const png = new PNG({ width: size, height: size });
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const s = sample(
            ((px + (sx + 0.5) / n) * 64) / size,
            ((py + (sy + 0.5) / n) * 64) / size,
            maskable,
          );
          for (let k = 0; k < 4; k++) sum[k] += s[k];
        }
      }
      const at = (py * size + px) * 4;
      for (let k = 0; k < 4; k++) png.data[at + k] = Math.round(sum[k] / (n * n));
    }
  }
  return PNG.sync.write(png);
}

mkdirSync('public/icons', { recursive: true });
for (const size of [192, 512]) {
  writeFileSync(`public/icons/icon-${size}.png`, icon(size, false));
  writeFileSync(`public/icons/maskable-${size}.png`, icon(size, true));
}
writeFileSync('public/icons/apple-touch-icon-180.png', icon(180, true));
console.log(
  'Wrote public/icons/icon-{192,512}.png, maskable-{192,512}.png, apple-touch-icon-180.png',
);
