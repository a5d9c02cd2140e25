import { el } from '../dom.ts';

/** A short guide for first-timers: open on the first visit, then closed unless opened. */
export function howToPlay(options: {
  open: boolean;
  onToggle: (open: boolean) => void;
}): HTMLElement {
  const details = el('details', { className: 'panel how-to-play', attrs: { open: options.open } }, [
    el('summary', {}, [el('h2', { className: 'summary-heading', text: 'How to play' })]),
    el('ol', {}, [
      el('li', {
        text: 'Pick a scenario from the library below (or start a pack your tutor gave you).',
      }),
      el('li', {
        text: 'Read what the customer says, and how they look or sound. Their words also appear as text; press “Show all” to see a line at once.',
      }),
      el('li', {
        text: 'Choose your response with the mouse, by touch, with the number keys 1 to 9, or with the arrow keys and Enter.',
      }),
      el('li', {
        text: 'At some moments, often on a busy day, you have a time limit to answer. You can pause it at any time, or make it longer or switch it off in Settings.',
      }),
      el('li', {
        text: 'Some steps are tasks: open records, weigh options, fill in the complaint log, decide whom to involve, or review a week of figures.',
      }),
      el('li', {
        text: 'At the end, the debrief shows which techniques and criteria you showed, the moments behind them, and lets you retry any decision.',
      }),
    ]),
    el('p', {
      className: 'muted',
      text: 'Your progress is saved after every step, so you can stop and continue later. This is practice: performance criteria are marked “practised in simulation”, never achieved.',
    }),
  ]);
  details.addEventListener('toggle', () => options.onToggle(details.open));
  return details;
}
