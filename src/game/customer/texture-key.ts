/**
 * A short, stable name for an SVG (FNV-1a, 32 bits, twice with different seeds): the same drawing
 * always gets the same texture key, so it is drawn once.
 */
export function svgTextureKey(svg: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ svg.length;
  for (let i = 0; i < svg.length; i += 1) {
    const c = svg.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
  }
  return `${a.toString(36)}${b.toString(36)}`;
}
