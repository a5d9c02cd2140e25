/*
 * What the CLI writes reaches a terminal, and a terminal obeys control characters: a scenario line
 * or a transcript holding ESC could clear the screen or set the window title. Nothing from content
 * or input is written raw: every control character but new line and tab is shown as an escape.
 */

/** C0 controls other than tab and line feed, DEL, and the C1 controls. */
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's job
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/gu;

/** Text with each control character written as `\u{1b}`, so the reader sees it and the terminal does not act on it. */
export const escapeControls = (text: string): string =>
  text.replace(CONTROLS, (character) => `\\u{${(character.codePointAt(0) ?? 0).toString(16)}}`);

/**
 * JSON for the terminal: JSON.stringify escapes C0 controls already but writes DEL and the C1
 * controls raw. Escaping them JSON's way keeps the output valid JSON that parses to the same value.
 */
export const jsonForTerminal = (value: unknown): string =>
  JSON.stringify(value, null, 2).replace(
    /[\u007f-\u009f]/gu,
    (character) => `\\u${(character.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`,
  );
