/** The place as shown on a sign: one line, trimmed, never longer than `max` characters. */
export function placeLabel(place: string | undefined, fallback: string, max = 34): string {
  const text = (place ?? '').replace(/\s+/g, ' ').trim();
  if (text === '') return fallback;
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
