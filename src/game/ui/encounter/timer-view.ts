import { onlyWaiting, type TimerSnapshot } from '../../timer/timer-controller.ts';
import { el, uniqueId } from '../dom.ts';

export interface TimerView {
  element: HTMLElement;
  update: (snapshot: TimerSnapshot) => void;
}

const count = (n: number, unit: string): string => `${n} ${unit}${n === 1 ? '' : 's'}`;

/** "45 seconds", "2 minutes", "1 minute 30 seconds": extended timing runs to minutes. */
export function timeLeftWords(seconds: number): string {
  if (seconds < 60) return count(seconds, 'second');
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest === 0
    ? count(minutes, 'minute')
    : `${count(minutes, 'minute')} ${count(rest, 'second')}`;
}

/** The countdown in words and as a bar, with the learner's pause button (WCAG 2.2.1). */
export function createTimerView(options: { onToggle: () => void }): TimerView {
  const labelId = uniqueId('timer-label');
  const words = el('p', { className: 'timer-words' });
  const fill = el('span', { className: 'timer-fill' });
  const button = el('button', {
    className: 'button button-small timer-toggle',
    attrs: { type: 'button', 'aria-pressed': 'false' },
    text: 'Pause timer',
    on: { click: options.onToggle },
  });
  const element = el(
    'div',
    { className: 'timer', attrs: { role: 'group', 'aria-labelledby': labelId } },
    [
      el('p', { id: labelId, className: 'timer-label', text: 'Time to respond' }),
      words,
      el('span', { className: 'timer-bar', attrs: { 'aria-hidden': 'true' } }, [fill]),
      button,
    ],
  );
  return {
    element,
    update(snapshot) {
      const seconds = timeLeftWords(snapshot.secondsLeft);
      const waiting = onlyWaiting(snapshot);
      words.textContent = waiting
        ? snapshot.pausedBy.includes('line-showing')
          ? `${seconds} once the customer has finished`
          : `${seconds} once all options show`
        : snapshot.state === 'paused'
          ? `Paused: ${seconds} left`
          : snapshot.state === 'expired'
            ? 'Time is up'
            : snapshot.state === 'stopped' && snapshot.fractionUsed === 0
              ? `${seconds} once the customer has finished`
              : `${seconds} left`;
      fill.style.width = `${Math.round((1 - snapshot.fractionUsed) * 100)}%`;
      element.dataset.state = waiting ? 'waiting' : snapshot.state;
      element.classList.toggle(
        'is-urgent',
        snapshot.state === 'running' && snapshot.secondsLeft <= 5,
      );
      const paused = snapshot.state === 'paused' && !waiting;
      button.textContent = paused ? 'Resume timer' : 'Pause timer';
      button.setAttribute('aria-pressed', paused ? 'true' : 'false');
      button.disabled = snapshot.state === 'expired' || snapshot.state === 'stopped';
    },
  };
}
