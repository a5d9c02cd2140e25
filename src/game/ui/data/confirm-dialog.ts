import { el, uniqueId } from '../dom.ts';

export interface ConfirmOptions {
  title: string;
  /** Paragraphs, shown as text. */
  lines: string[];
  confirm: string;
  cancel?: string;
}

/**
 * Asks before something that cannot be undone. Resolves true only when the learner presses the
 * confirm button; Escape and Cancel resolve false. Cancel has focus first, so Enter is safe.
 */
export function askToConfirm(options: ConfirmOptions): Promise<boolean> {
  const headingId = uniqueId('confirm-heading');
  const describedId = uniqueId('confirm-text');
  const dialog = el('dialog', {
    className: 'settings-dialog confirm-dialog',
    attrs: { 'aria-labelledby': headingId, 'aria-describedby': describedId },
  });
  const cancel = el('button', {
    className: 'button',
    attrs: { type: 'submit', value: 'cancel' },
    text: options.cancel ?? 'Cancel',
  });
  dialog.append(
    el('form', { className: 'dialog-body', attrs: { method: 'dialog' } }, [
      el('h2', { id: headingId, text: options.title }),
      el(
        'div',
        { id: describedId },
        options.lines.map((line) => el('p', { text: line })),
      ),
      el('div', { className: 'button-row' }, [
        cancel,
        el('button', {
          className: 'button button-danger',
          attrs: { type: 'submit', value: 'confirm' },
          text: options.confirm,
        }),
      ]),
    ]),
  );
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  document.body.append(dialog);
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => {
      const confirmed = dialog.returnValue === 'confirm';
      dialog.remove();
      if (opener?.isConnected) opener.focus();
      resolve(confirmed);
    });
    dialog.showModal();
    cancel.focus();
  });
}
