import type { ChoiceView } from '../../../engine/types.ts';
import type { ScenarioNode } from '../../../scenario/schema.ts';
import { el, uniqueId } from '../dom.ts';

/** The learner's options as real buttons, numbered for the 1–9 keys. */
export function choicesView(options: {
  node: ScenarioNode;
  choices: readonly ChoiceView[];
  onChoose: (choiceId: string) => void;
}): HTMLElement {
  const { node } = options;
  const headingId = uniqueId('responses');
  const optionTitle = (id: string | undefined): string | undefined =>
    node.kind === 'options' && id
      ? node.options.find((option) => option.id === id)?.title
      : undefined;
  const heading =
    node.kind === 'record'
      ? 'When the log is ready'
      : node.kind === 'explain'
        ? 'Your answer'
        : node.kind === 'escalate'
          ? 'Your decision'
          : 'Your response';
  return el('section', { className: 'responses', attrs: { 'aria-labelledby': headingId } }, [
    el('h3', { id: headingId, text: heading }),
    el(
      'ol',
      { className: 'choices' },
      options.choices.map((choice) => {
        const option = optionTitle(choice.option);
        return el('li', {}, [
          el(
            'button',
            {
              className: 'choice',
              attrs: {
                type: 'button',
                'data-choice': choice.id,
                'data-focus-key': `choice-${choice.id}`,
                'aria-keyshortcuts': choice.number <= 9 ? String(choice.number) : undefined,
              },
              on: { click: () => options.onChoose(choice.id) },
            },
            [
              el('span', {
                className: 'choice-number',
                attrs: { 'aria-hidden': 'true' },
                text: String(choice.number),
              }),
              el('span', { className: 'choice-text' }, [
                choice.say,
                option ? el('span', { className: 'choice-note', text: `Option: ${option}` }) : null,
                choice.to
                  ? el('span', { className: 'choice-note', text: `Involves: ${choice.to}` })
                  : null,
              ]),
            ],
          ),
        ]);
      }),
    ),
  ]);
}

/** Up and down arrows move between the choice buttons (Enter and Space press them, as buttons do). */
export function moveFocusInChoices(event: KeyboardEvent, container: HTMLElement): boolean {
  if (!['ArrowUp', 'ArrowDown', 'Home', 'End'].includes(event.key)) return false;
  const buttons = [...container.querySelectorAll<HTMLButtonElement>('button.choice')];
  const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
  if (index < 0) return false;
  const next =
    event.key === 'Home'
      ? 0
      : event.key === 'End'
        ? buttons.length - 1
        : (index + (event.key === 'ArrowDown' ? 1 : -1) + buttons.length) % buttons.length;
  buttons[next]?.focus();
  return true;
}
