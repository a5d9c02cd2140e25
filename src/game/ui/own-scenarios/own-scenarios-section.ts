import { el, uniqueId } from '../dom.ts';

/*
 * "Your own scenarios (for tutors)" on the menu (issue 13): a tutor opens a scenario YAML file of
 * their own, sees what `resolve validate` would print about it, and plays the ones that check.
 * Everything from the file (title, summary, the diagnostics that quote it) goes in as text, never
 * as HTML: the file is untrusted.
 */

/** One own scenario as the menu lists it. */
export interface OwnScenarioItem {
  scenarioId: string;
  fileName: string;
  /** The scenario's title, or the file's name when it no longer checks. */
  title: string;
  summary: string;
  /** `file:line:col: error|warning: …` lines; warnings only when it can be played. */
  lines: string[];
  playable: boolean;
}

/** What the last "Open a scenario file" found, shown above the list until the menu changes. */
export type OwnScenarioMessage =
  | { kind: 'refused'; fileName: string; lines: string[] }
  | { kind: 'added'; title: string; lines: string[] };

export interface OwnScenariosOptions {
  items: OwnScenarioItem[];
  message: OwnScenarioMessage | null;
  onOpenFile: (file: File) => void;
  onPlay: (scenarioId: string) => void;
  onRemove: (scenarioId: string) => void;
  /** Told where the message went, so focus can move to it once the menu is on the page. */
  onMessageShown: (message: HTMLElement | null) => void;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "2 errors and 1 warning", counted from the lines as `resolve validate` counts them. */
export function countWords(lines: readonly string[]): string {
  const errors = lines.filter((line) => /^.*?:\d+:\d+: error: /.test(line)).length;
  return `${plural(errors, 'error')} and ${plural(lines.length - errors, 'warning')}`;
}

const lineList = (lines: readonly string[], label: string): HTMLElement =>
  el(
    'ul',
    { className: 'diagnostic-lines', attrs: { 'aria-label': label } },
    lines.map((line) => el('li', { text: line })),
  );

/** The message after opening a file: focus moves to it, so a screen reader reads it at once. */
function messageBox(message: OwnScenarioMessage): HTMLElement {
  const titleId = uniqueId('own-message');
  if (message.kind === 'refused') {
    return el(
      'div',
      {
        className: 'problem own-scenario-message',
        attrs: { tabindex: -1, 'aria-labelledby': titleId, 'data-own-message': 'refused' },
      },
      [
        el('p', {
          id: titleId,
          text: `“${message.fileName}” cannot be played yet: ${countWords(message.lines)}, as npx resolve validate would report them. Each line gives the file, line and column, what is wrong and the fix.`,
        }),
        lineList(message.lines, `Problems in ${message.fileName}`),
        el('p', { text: 'Fix the file, save it, then open it again.' }),
      ],
    );
  }
  return el(
    'div',
    {
      className: 'notice own-scenario-message',
      attrs: { tabindex: -1, 'aria-labelledby': titleId, 'data-own-message': 'added' },
    },
    [
      el('p', {
        id: titleId,
        text: `“${message.title}” checked with no errors and is kept in this browser: play it below.`,
      }),
      message.lines.length > 0 ? lineList(message.lines, 'Warnings') : null,
    ],
  );
}

function ownCard(item: OwnScenarioItem, options: OwnScenariosOptions): HTMLElement {
  const headingId = uniqueId('own-scenario');
  return el('li', { attrs: { 'data-own-scenario': item.scenarioId } }, [
    el('article', { className: 'card', attrs: { 'aria-labelledby': headingId } }, [
      el('h3', { id: headingId, text: item.title }),
      item.summary ? el('p', { text: item.summary }) : null,
      el('p', {
        className: 'muted',
        text: `From ${item.fileName}. Your own scenario: results from it say so.`,
      }),
      item.lines.length > 0
        ? el('div', { className: item.playable ? '' : 'problem' }, [
            el('p', {
              text: item.playable
                ? `${countWords(item.lines)}:`
                : `This file no longer checks with this version of Resolve (${countWords(item.lines)}). Fix it and open it again.`,
            }),
            lineList(item.lines, `Problems in ${item.fileName}`),
          ])
        : null,
      el('div', { className: 'button-row' }, [
        item.playable
          ? el('button', {
              className: 'button button-primary',
              attrs: { type: 'button', 'aria-describedby': headingId },
              text: 'Play',
              on: { click: () => options.onPlay(item.scenarioId) },
            })
          : null,
        el('button', {
          className: 'button button-quiet',
          attrs: { type: 'button', 'aria-describedby': headingId },
          text: 'Remove',
          on: { click: () => options.onRemove(item.scenarioId) },
        }),
      ]),
    ]),
  ]);
}

export function ownScenariosSection(options: OwnScenariosOptions | undefined): HTMLElement | null {
  if (options === undefined) return null;
  const headingId = uniqueId('own-scenarios');
  const fileId = uniqueId('own-file');
  const hintId = uniqueId('own-file-hint');
  const file = el('input', {
    id: fileId,
    attrs: { type: 'file', accept: '.yaml,.yml', 'aria-describedby': hintId },
    on: {
      change: () => {
        const chosen = file.files?.[0];
        file.value = '';
        if (chosen) options.onOpenFile(chosen);
      },
    },
  });
  const message = options.message ? messageBox(options.message) : null;
  const element = el(
    'section',
    { className: 'panel own-scenarios', attrs: { 'aria-labelledby': headingId } },
    [
      el('h2', { id: headingId, text: 'Your own scenarios (for tutors)' }),
      el('p', {
        text: 'Write a scenario as a YAML file (see the authoring guide), then open it here. It is checked exactly as npx resolve validate checks it, kept in this browser for this profile, and can be played and put in a pack.',
      }),
      el('div', { className: 'field' }, [
        el('label', { attrs: { for: fileId }, text: 'Open a scenario file' }),
        el('p', {
          id: hintId,
          className: 'muted',
          text: 'A .yaml or .yml scenario file, under 1 MB.',
        }),
        file,
      ]),
      message,
      options.items.length === 0
        ? el('p', { className: 'muted', text: 'No scenarios of your own yet.' })
        : el(
            'ul',
            { className: 'card-grid' },
            options.items.map((item) => ownCard(item, options)),
          ),
    ],
  );
  options.onMessageShown(message);
  return element;
}
