import { el, uniqueId } from '../dom.ts';

/** The privacy notice, section by section: plain words a learner reads in a minute. */
export const PRIVACY_SECTIONS: readonly { heading: string; lines: readonly string[] }[] = [
  {
    heading: 'What Resolve keeps',
    lines: [
      'Your plays (finished and in progress) with every choice you made, their results, your reflections, your knowledge-check answers, your review schedule, the packs you added, your settings, and the names of the profiles on this device.',
    ],
  },
  {
    heading: 'Where',
    lines: [
      'Only in this browser on this device, in its own storage (IndexedDB). Nothing is sent anywhere: Resolve has no server and no account. Another browser or another device cannot see it.',
      'Profiles keep each person’s plays apart, but they have no password: anyone using this browser can pick any profile.',
    ],
  },
  {
    heading: 'How long',
    lines: [
      'Until you delete it (Settings, then “Delete everything”) or clear this browser’s data for the site. A profile made with “Shared computer” ticked is removed, with everything it kept, when you sign out.',
    ],
  },
  {
    heading: 'Exported files',
    lines: [
      '“Export everything” saves one file (JSON text) with your profile name, every play with its choices, results, reflections, knowledge-check results, review schedule, added packs, your own scenarios and settings.',
      'Anyone who has the file can read it. Keep it where only you, or your tutor, can open it.',
    ],
  },
];

/** The notice as a dialog, so it opens over the menu or over Settings without leaving either. */
export function createPrivacyDialog(): { open: () => void } {
  const headingId = uniqueId('privacy-heading');
  const heading = el('h2', { id: headingId, text: 'Privacy', attrs: { tabindex: -1 } });
  const dialog = el(
    'dialog',
    { className: 'settings-dialog privacy-dialog', attrs: { 'aria-labelledby': headingId } },
    [
      el('form', { className: 'dialog-body', attrs: { method: 'dialog' } }, [
        heading,
        ...PRIVACY_SECTIONS.flatMap(({ heading: title, lines }) => [
          el('h3', { text: title }),
          ...lines.map((line) => el('p', { text: line })),
        ]),
        el('div', { className: 'button-row' }, [
          el('button', {
            className: 'button button-primary',
            attrs: { type: 'submit', value: 'close' },
            text: 'Close',
          }),
        ]),
      ]),
    ],
  );
  let opener: HTMLElement | null = null;
  dialog.addEventListener('close', () => {
    dialog.remove();
    if (opener?.isConnected) opener.focus();
  });
  return {
    open: () => {
      opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      // Appended last, so it stacks above Settings when opened from there.
      document.body.append(dialog);
      dialog.showModal();
      heading.focus();
    },
  };
}

/** A link-styled button that opens the notice: in the menu's footer and in Settings. */
export function privacyLink(open: () => void): HTMLButtonElement {
  return el('button', {
    className: 'link-button',
    attrs: { type: 'button' },
    text: 'Privacy: what is kept, and where',
    on: { click: open },
  });
}

/** The menu's footer: where the privacy notice is found. */
export function menuFooter(onPrivacy: () => void): HTMLElement {
  return el('footer', { className: 'menu-footer' }, [
    el('p', {}, ['Everything stays in this browser on this device. ', privacyLink(onPrivacy)]),
  ]);
}
