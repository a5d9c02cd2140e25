import type { Reflection } from '../../../storage/learner-store.ts';
import { el, uniqueId } from '../dom.ts';

/**
 * The debrief's short reflection: what went well and what the learner would do differently,
 * saved with the play (the units accept reflective accounts). Plain text in text areas, read back
 * through `value` and shown through `value`: never as HTML.
 */

/** Enough for a paragraph or two each; the store keeps what is typed, as typed. */
export const REFLECTION_MAX = 2000;

export interface ReflectionFormOptions {
  reflection?: Reflection | undefined;
  /** Saves it; resolves false when it could not be saved. */
  onSave: (text: { wentWell: string; doDifferently: string }) => Promise<boolean>;
  announce: (message: string) => void;
}

function field(
  label: string,
  hint: string,
  value: string,
): {
  wrapper: HTMLElement;
  area: HTMLTextAreaElement;
} {
  const id = uniqueId('reflection');
  const hintId = `${id}-hint`;
  const area = el('textarea', {
    id,
    className: 'reflection-text',
    attrs: { rows: 4, maxlength: REFLECTION_MAX, 'aria-describedby': hintId, spellcheck: true },
  });
  area.value = value;
  return {
    area,
    wrapper: el('div', { className: 'field reflection-field' }, [
      el('label', { attrs: { for: id }, text: label }),
      el('p', { id: hintId, className: 'muted field-hint', text: hint }),
      area,
    ]),
  };
}

export function reflectionSection(options: ReflectionFormOptions): HTMLElement {
  const headingId = uniqueId('reflection-heading');
  const wentWell = field(
    'What went well',
    'For example: a moment you handled well, and why it worked.',
    options.reflection?.wentWell ?? '',
  );
  const doDifferently = field(
    'What I would do differently',
    'For example: a reply you would change, and what you would say instead.',
    options.reflection?.doDifferently ?? '',
  );
  const status = el('p', { className: 'reflection-status', attrs: { 'aria-live': 'off' } });
  const savedWords = (reflection: Reflection | undefined): string =>
    reflection ? 'Saved. You can change it and save again.' : '';
  status.textContent = savedWords(options.reflection);
  let saving = false;
  const save = el('button', {
    className: 'button button-primary',
    attrs: { type: 'submit' },
    text: 'Save reflection',
  });
  const form = el(
    'form',
    {
      className: 'reflection-form',
      attrs: { 'aria-labelledby': headingId, novalidate: true },
      on: {
        submit: (event) => {
          event.preventDefault();
          const text = {
            wentWell: wentWell.area.value.trim(),
            doDifferently: doDifferently.area.value.trim(),
          };
          if (text.wentWell === '' && text.doDifferently === '') {
            status.textContent = 'Write something in at least one box first.';
            options.announce(status.textContent);
            wentWell.area.focus();
            return;
          }
          // Not disabled while saving: a disabled button would drop the keyboard focus.
          if (saving) return;
          saving = true;
          void options
            .onSave(text)
            .then((saved) => {
              status.textContent = saved
                ? 'Reflection saved'
                : 'Your reflection could not be saved. Copy it somewhere safe and try again.';
              options.announce(status.textContent);
            })
            .finally(() => (saving = false));
        },
      },
    },
    [
      wentWell.wrapper,
      doDifferently.wrapper,
      el('div', { className: 'button-row' }, [save]),
      status,
    ],
  );
  return el('section', { className: 'panel reflection', attrs: { 'aria-labelledby': headingId } }, [
    el('h2', { id: headingId, text: 'Your reflection' }),
    el('p', {
      text: 'A few sentences for your own record. It is kept with this result, on this device only, and shown when you open the result again.',
    }),
    form,
  ]);
}
