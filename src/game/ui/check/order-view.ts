import type { ShownAnswer } from '../../../engine/check-session.ts';
import type { Announcer } from '../announcer.ts';
import { el, uniqueId } from '../dom.ts';

/**
 * Putting steps in order without dragging: each step has Move up and Move down buttons, every move
 * is announced ("moved to place 2 of 4"), and focus stays on the step that moved.
 */
export interface OrderView {
  element: HTMLElement;
  /** The step ids in the order the learner has put them. */
  order(): string[];
}

export function orderView(options: {
  prompt: string;
  steps: readonly ShownAnswer[];
  announcer: Announcer;
}): OrderView {
  const steps = [...options.steps];
  const legendId = uniqueId('order-legend');
  const list = el('ol', { className: 'order-steps', attrs: { 'aria-labelledby': legendId } });

  const move = (index: number, by: -1 | 1): void => {
    const target = index + by;
    const step = steps[index];
    const other = steps[target];
    if (step === undefined || other === undefined) return;
    steps[target] = step;
    steps[index] = other;
    render();
    // Keep focus on the step that moved; at an end, on the button that can still move it.
    const row = list.children[target];
    const wanted = row?.querySelector<HTMLButtonElement>(`[data-move="${by < 0 ? 'up' : 'down'}"]`);
    const fallback = row?.querySelector<HTMLButtonElement>(
      `[data-move="${by < 0 ? 'down' : 'up'}"]`,
    );
    (wanted && !wanted.disabled ? wanted : fallback)?.focus();
    options.announcer.polite(`“${step.text}” moved to place ${target + 1} of ${steps.length}.`);
  };

  const render = (): void => {
    list.replaceChildren(
      ...steps.map((step, index) =>
        el('li', { className: 'order-step', attrs: { 'data-step': step.id } }, [
          el('span', {
            className: 'order-place',
            text: `${index + 1}.`,
            attrs: { 'aria-hidden': 'true' },
          }),
          el('span', { className: 'order-text', text: step.text }),
          el('span', { className: 'order-moves' }, [
            el('button', {
              className: 'button button-small',
              text: 'Move up',
              attrs: {
                type: 'button',
                'data-move': 'up',
                'aria-label': `Move up: ${step.text}`,
                disabled: index === 0,
              },
              on: { click: () => move(index, -1) },
            }),
            el('button', {
              className: 'button button-small',
              text: 'Move down',
              attrs: {
                type: 'button',
                'data-move': 'down',
                'aria-label': `Move down: ${step.text}`,
                disabled: index === steps.length - 1,
              },
              on: { click: () => move(index, 1) },
            }),
          ]),
        ]),
      ),
    );
  };
  render();

  const element = el('fieldset', { className: 'choice-group order-group' }, [
    el('legend', { id: legendId, text: options.prompt }),
    el('p', {
      className: 'muted',
      text: 'The first step goes at the top. Use Move up and Move down on each step.',
    }),
    list,
  ]);
  return { element, order: () => steps.map((step) => step.id) };
}
