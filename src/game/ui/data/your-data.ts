import type { ImportResult } from '../../profiles/data-words.ts';
import { el, uniqueId } from '../dom.ts';
import { privacyLink } from './privacy-notice.ts';

export interface YourDataOptions {
  profileName: string;
  onExport: () => void;
  /** Reads, checks and merges the file; never throws. */
  onImport: (file: File) => Promise<ImportResult>;
  /** Asks first; resolves with words to show when it deleted, or null when the learner said no. */
  onDelete: () => Promise<string | null>;
  onPrivacy: () => void;
}

/** "Your data" in Settings: this profile's records out to a file, back in, or gone. */
export function yourDataSection(options: YourDataOptions): HTMLElement {
  const fileId = uniqueId('import-file');
  const hintId = uniqueId('import-hint');
  const result = el('p', { className: 'data-result', attrs: { role: 'status' } });
  const say = (ok: boolean, message: string): void => {
    result.className = ok ? 'data-result data-ok' : 'data-result problem';
    result.textContent = message;
  };
  const file = el('input', {
    id: fileId,
    attrs: { type: 'file', accept: '.json,application/json', 'aria-describedby': hintId },
    on: {
      change: () => {
        const chosen = file.files?.[0];
        if (!chosen) return;
        say(true, 'Importing…');
        void options.onImport(chosen).then(({ ok, message }) => {
          say(ok, message);
          // The same file may be chosen again (to see it adds nothing): let change fire again.
          file.value = '';
        });
      },
    },
  });
  return el('fieldset', { className: 'choice-group your-data' }, [
    el('legend', { text: 'Your data' }),
    el('p', {}, [
      'Everything Resolve keeps for ',
      el('strong', { text: options.profileName }),
      ' is in this browser only. Export it to keep a copy, or to move it to another computer.',
    ]),
    el('div', { className: 'button-row' }, [
      el('button', {
        className: 'button',
        attrs: { type: 'button' },
        text: 'Export everything',
        on: { click: options.onExport },
      }),
    ]),
    el('div', { className: 'field' }, [
      el('label', { attrs: { for: fileId }, text: 'Import a file exported from Resolve' }),
      el('p', {
        id: hintId,
        className: 'muted',
        text: 'A .json file, up to 20 MB. Plays already here are kept as they are.',
      }),
      file,
    ]),
    result,
    el('div', { className: 'button-row' }, [
      el('button', {
        className: 'button button-danger',
        attrs: { type: 'button' },
        text: 'Delete everything…',
        on: {
          click: () =>
            void options.onDelete().then((words) => {
              if (words !== null) say(true, words);
            }),
        },
      }),
    ]),
    el('p', {}, [privacyLink(options.onPrivacy)]),
  ]);
}
