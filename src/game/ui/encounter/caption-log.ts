/** One line of the sound captions: the words, and how many times running the sound was heard. */
export interface CaptionLine {
  text: string;
  count: number;
}

/** How many lines the captions box keeps: older ones scroll away. */
export const CAPTION_LINES = 3;

/**
 * Adds a caption to the log. The same sound heard again straight after (a new message at every
 * turn of a chat) raises the count on its line rather than filling the box with copies, so other
 * sounds stay in view. Pure: returns a new log.
 */
export function addCaptionLine(
  log: readonly CaptionLine[],
  text: string,
  max: number = CAPTION_LINES,
): CaptionLine[] {
  const last = log[log.length - 1];
  const next =
    last?.text === text
      ? [...log.slice(0, -1), { text, count: last.count + 1 }]
      : [...log, { text, count: 1 }];
  return next.slice(Math.max(0, next.length - max));
}

/** The line as shown: "[New message arrives] ×3". */
export function captionLineText(line: CaptionLine): string {
  return line.count > 1 ? `${line.text} ×${line.count}` : line.text;
}
