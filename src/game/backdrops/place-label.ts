/**
 * The words on a sign or a header: one line, never longer than `max` characters. The full place
 * when it fits; otherwise the organisation's name, then the place's first clause ("Service desk"),
 * and only then the place cut at a word with an ellipsis. The overlay always shows the place whole.
 */
export function placeLabel(
  setting: { place?: string | undefined; organisation?: string | undefined },
  fallback: string,
  max = 34,
): string {
  const tidy = (text: string | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();
  const place = tidy(setting.place);
  const candidates = [place, tidy(setting.organisation), tidy(place.split(/[,;(–—]/)[0])];
  const fits = candidates.find((text) => text !== '' && text.length <= max);
  if (fits) return fits;
  if (place === '') return fallback;
  const cut = place.slice(0, max - 1);
  const atWord = cut.lastIndexOf(' ');
  const shortened = (atWord > max / 2 ? cut.slice(0, atWord) : cut).replace(/[\s,;:&–—-]+$/, '');
  return shortened === '' ? fallback : `${shortened}…`;
}
