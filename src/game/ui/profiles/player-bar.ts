import type { Profile } from '../../../storage/learner-store.ts';
import { el } from '../dom.ts';

/** "Playing as Sam · Switch" in the top bar: who is playing, and the way to the profile screen. */
export function createPlayerBar(onSwitch: () => void): {
  element: HTMLElement;
  show: (profile: Profile | null) => void;
} {
  const name = el('strong');
  const element = el('div', { className: 'player-bar', attrs: { hidden: true } }, [
    el('p', {}, ['Playing as ', name]),
    el('span', { attrs: { 'aria-hidden': 'true' }, text: '·' }),
    el(
      'button',
      {
        className: 'button button-quiet button-small',
        attrs: { type: 'button' },
        on: { click: onSwitch },
      },
      ['Switch', el('span', { className: 'visually-hidden', text: ' profile' })],
    ),
  ]);
  return {
    element,
    show: (profile) => {
      element.hidden = profile === null;
      name.textContent = profile?.name ?? '';
    },
  };
}
