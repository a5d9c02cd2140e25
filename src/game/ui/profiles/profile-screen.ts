import type { Profile } from '../../../storage/learner-store.ts';
import { PROFILE_NAME_MAX, profileNameProblem } from '../../../storage/learner-records.ts';
import { SHARED_COMPUTER_HELP, SHARED_COMPUTER_LABEL } from '../../profiles/profile-words.ts';
import { el, uniqueId } from '../dom.ts';
import { privacyLink } from '../data/privacy-notice.ts';
import type { Screen } from '../screen.ts';

export interface ProfileScreenOptions {
  profiles: readonly Profile[];
  /** The profile playing now, if any. */
  currentId: string | null;
  onPick: (profileId: string) => void;
  onCreate: (name: string, options: { sharedComputer: boolean }) => void;
  onRename: (profileId: string, name: string) => void;
  onSignOut: () => void;
  onPrivacy: () => void;
}

/** A name field with its label and a message under it when what was typed cannot be used. */
function nameField(
  label: string,
  value: string,
): {
  element: HTMLElement;
  input: HTMLInputElement;
  /** The typed name, or null after showing why it cannot be used. */
  read: () => string | null;
} {
  const id = uniqueId('profile-name');
  const errorId = uniqueId('profile-name-error');
  const error = el('p', { id: errorId, className: 'warning', attrs: { hidden: true } });
  const input = el('input', {
    id,
    attrs: { type: 'text', value, maxlength: PROFILE_NAME_MAX, autocomplete: 'off' },
  });
  return {
    element: el('div', { className: 'field' }, [
      el('label', { attrs: { for: id }, text: label }),
      input,
      error,
    ]),
    input,
    read: () => {
      const problem = profileNameProblem(input.value);
      error.hidden = problem === undefined;
      error.textContent = problem ?? '';
      if (problem === undefined) {
        input.removeAttribute('aria-invalid');
        input.removeAttribute('aria-describedby');
        return input.value.trim();
      }
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', errorId);
      input.focus();
      return null;
    },
  };
}

function renameForm(
  profile: Profile,
  options: ProfileScreenOptions,
  close: () => void,
): HTMLElement {
  const field = nameField(`New name for ${profile.name}`, profile.name);
  const form = el('form', { className: 'rename-form' }, [
    field.element,
    el('div', { className: 'button-row' }, [
      el('button', { className: 'button', attrs: { type: 'submit' }, text: 'Save the name' }),
      el('button', {
        className: 'button button-quiet',
        attrs: { type: 'button' },
        text: 'Cancel',
        on: { click: close },
      }),
    ]),
  ]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const name = field.read();
    if (name !== null) options.onRename(profile.id, name);
  });
  queueMicrotask(() => field.input.focus());
  return form;
}

function profileItem(profile: Profile, options: ProfileScreenOptions): HTMLElement {
  const playing = profile.id === options.currentId;
  const item = el('li', { className: 'profile-item' });
  const renameButton = el(
    'button',
    {
      className: 'button button-quiet',
      attrs: { type: 'button', 'aria-expanded': 'false' },
      on: {
        click: () => {
          if (renameSlot.firstChild) return;
          renameButton.setAttribute('aria-expanded', 'true');
          renameSlot.append(
            renameForm(profile, options, () => {
              renameSlot.replaceChildren();
              renameButton.setAttribute('aria-expanded', 'false');
              renameButton.focus();
            }),
          );
        },
      },
    },
    ['Rename', el('span', { className: 'visually-hidden', text: ` ${profile.name}` })],
  );
  const renameSlot = el('div');
  item.append(
    el('h3', { className: 'profile-name' }, [
      el('span', { text: profile.name }),
      playing ? el('span', { className: 'tag', text: 'Playing now' }) : null,
      profile.sharedComputer ? el('span', { className: 'tag', text: 'Shared computer' }) : null,
    ]),
    el('div', { className: 'button-row' }, [
      el('button', {
        className: playing ? 'button' : 'button button-primary',
        attrs: { type: 'button' },
        text: playing ? `Carry on as ${profile.name}` : `Play as ${profile.name}`,
        on: { click: () => options.onPick(profile.id) },
      }),
      renameButton,
      playing
        ? el('button', {
            className: 'button button-quiet',
            attrs: { type: 'button' },
            text: 'Sign out',
            on: { click: options.onSignOut },
          })
        : null,
    ]),
    renameSlot,
  );
  return item;
}

function createForm(options: ProfileScreenOptions): HTMLElement {
  const field = nameField('Your name', '');
  const sharedId = uniqueId('shared-computer');
  const helpId = uniqueId('shared-computer-help');
  const shared = el('input', {
    id: sharedId,
    attrs: { type: 'checkbox', 'aria-describedby': helpId },
  });
  const form = el('form', { className: 'create-profile' }, [
    el('p', {
      className: 'muted',
      text: 'Your first name or a nickname. No password: profiles keep plays apart, they do not lock them.',
    }),
    field.element,
    el('div', { className: 'checkbox' }, [
      shared,
      el('label', { attrs: { for: sharedId }, text: SHARED_COMPUTER_LABEL }),
    ]),
    el('p', { id: helpId, className: 'muted shared-help', text: SHARED_COMPUTER_HELP }),
    el('div', { className: 'button-row' }, [
      el('button', {
        className: 'button button-primary',
        attrs: { type: 'submit' },
        text: 'Make the profile and start',
      }),
    ]),
  ]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const name = field.read();
    if (name !== null) options.onCreate(name, { sharedComputer: shared.checked });
  });
  return form;
}

/** Who is playing: pick a profile, make one, rename one, or sign out. */
export function createProfileScreen(options: ProfileScreenOptions): Screen {
  const heading = el('h1', { text: 'Who is playing?' });
  const listHeadingId = uniqueId('profiles-heading');
  const newHeadingId = uniqueId('new-profile-heading');
  const element = el('div', { className: 'profile-screen' }, [
    heading,
    el('p', {
      className: 'lede',
      text: 'Each profile keeps its own plays, results and settings on this device.',
    }),
    el('section', { className: 'panel', attrs: { 'aria-labelledby': listHeadingId } }, [
      el('h2', { id: listHeadingId, text: 'Profiles on this device' }),
      options.profiles.length === 0
        ? el('p', { text: 'None yet: make one below.' })
        : el(
            'ul',
            { className: 'plain-list profile-list' },
            options.profiles.map((profile) => profileItem(profile, options)),
          ),
    ]),
    el('section', { className: 'panel', attrs: { 'aria-labelledby': newHeadingId } }, [
      el('h2', { id: newHeadingId, text: 'New profile' }),
      createForm(options),
    ]),
    el('p', {}, [privacyLink(options.onPrivacy)]),
  ]);
  return { name: 'profiles', element, heading, title: 'Who is playing? Resolve' };
}
