import { el, uniqueId } from '../dom.ts';

/** The menu's way to the progress page: one short panel, so it is found but does not crowd. */
export function progressLink(onOpen: (() => void) | undefined): HTMLElement | null {
  if (!onOpen) return null;
  const headingId = uniqueId('progress-link');
  return el(
    'section',
    { className: 'panel progress-link', attrs: { 'aria-labelledby': headingId } },
    [
      el('h2', { id: headingId, text: 'Your progress' }),
      el('p', {
        text: 'See how your scores have changed over time, which questions are due for revision, and what to work on next.',
      }),
      el('button', {
        className: 'button',
        attrs: { type: 'button' },
        text: 'See your progress',
        on: { click: onOpen },
      }),
    ],
  );
}
