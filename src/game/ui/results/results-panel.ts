import { profileNameProblem } from '../../../storage/learner-records.ts';
import { el, uniqueId } from '../dom.ts';

/**
 * "For your tutor", on a debrief and a pack summary: the name to put on the result (the profile's,
 * editable, plain text), and the three things to hand over: the result file, the criterion results
 * as CSV and the evidence record to print. The saving itself is the caller's.
 */

export interface ResultsPanelOptions {
  /** Prefilled: the profile's name. */
  name: string;
  /** What the files are of: "this scenario" or "this pack". */
  subject: string;
  /** Each resolves to what to announce: where the file went, or why it could not be made. */
  onSaveFile: (learnerName: string) => Promise<string>;
  onSaveCsv: (learnerName: string) => Promise<string>;
  onEvidenceRecord?: (learnerName: string) => void;
  announce: (message: string) => void;
}

export function createResultsPanel(options: ResultsPanelOptions): HTMLElement {
  const headingId = uniqueId('results-heading');
  const inputId = uniqueId('results-name');
  const hintId = `${inputId}-hint`;
  const input = el('input', {
    id: inputId,
    className: 'text-input results-name',
    attrs: {
      type: 'text',
      autocomplete: 'name',
      maxlength: 60,
      spellcheck: false,
      'aria-describedby': hintId,
    },
  });
  input.value = options.name;
  const status = el('p', { className: 'results-status', attrs: { 'aria-live': 'off' } });
  const say = (message: string): void => {
    status.textContent = message;
    options.announce(message);
  };
  /** The typed name, or undefined (with the problem said) when it cannot go on a file. */
  const typedName = (): string | undefined => {
    const problem = profileNameProblem(input.value);
    if (problem === undefined) {
      input.removeAttribute('aria-invalid');
      return input.value.trim();
    }
    input.setAttribute('aria-invalid', 'true');
    say(`Your name: ${problem}`);
    input.focus();
    return undefined;
  };
  let busy = false;
  const action = (text: string, run: (name: string) => Promise<string>): HTMLButtonElement =>
    el('button', {
      className: 'button',
      attrs: { type: 'button' },
      text,
      on: {
        click: () => {
          const name = typedName();
          // Not disabled while saving: a disabled button would drop the keyboard focus.
          if (name === undefined || busy) return;
          busy = true;
          void run(name)
            .then(say, () => say('The file could not be made. Try again.'))
            .finally(() => (busy = false));
        },
      },
    });
  const saveFile = action('Save a result file for your tutor', options.onSaveFile);
  saveFile.classList.add('button-primary');
  const onEvidenceRecord = options.onEvidenceRecord;
  return el(
    'section',
    { className: 'panel results-panel', attrs: { 'aria-labelledby': headingId } },
    [
      el('h2', { id: headingId, text: 'For your tutor' }),
      el('p', {
        text: `Save your results of ${options.subject} to hand to your tutor. The result file holds your choices, so your tutor's gradebook can play them again and check the scores.`,
      }),
      el('div', { className: 'field' }, [
        el('label', { attrs: { for: inputId }, text: 'Your name, as your tutor knows it' }),
        el('p', {
          id: hintId,
          className: 'muted field-hint',
          text: 'It goes on the file and its name. Plain text, at most 60 characters.',
        }),
        input,
      ]),
      el('div', { className: 'button-row' }, [
        saveFile,
        action('Save criterion results (CSV)', options.onSaveCsv),
        onEvidenceRecord
          ? el('button', {
              className: 'button',
              attrs: { type: 'button' },
              text: 'Evidence record',
              on: {
                click: () => {
                  const name = typedName();
                  if (name !== undefined) onEvidenceRecord(name);
                },
              },
            })
          : null,
      ]),
      status,
    ],
  );
}
