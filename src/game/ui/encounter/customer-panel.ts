import type { SessionView } from '../../../engine/types.ts';
import type { Expression, Scenario } from '../../../scenario/schema.ts';
import { el } from '../dom.ts';
import { EXPRESSION_WORDS, expressionCue, levelWords, presenceOf } from '../words.ts';

const MEASURES = [
  { key: 'anger', label: 'Anger' },
  { key: 'confusion', label: 'Confusion' },
  { key: 'trust', label: 'Trust' },
] as const;

/**
 * The customer in words: who they are, how they look or sound, and how they feel. The canvas shows
 * the same through body language; this is what a screen reader (or the DOM-only mode) gets.
 */
export function customerPanel(options: {
  scenario: Scenario;
  view: SessionView;
  expression: Expression;
  moodMeter: boolean;
}): HTMLElement {
  const { scenario, view, expression } = options;
  const { customer, setting } = scenario;
  const presence = presenceOf(setting.channel);
  const looks = presence === 'seen' ? 'Looks' : presence === 'heard' ? 'Sounds' : 'Reads as';
  return el('section', { className: 'customer-panel', attrs: { 'aria-label': 'The customer' } }, [
    el('p', { className: 'customer-name' }, [
      el('strong', { text: customer.name }),
      el('span', { className: 'muted', text: ` (${customer.pronouns})` }),
    ]),
    el('p', { className: 'customer-state' }, [
      el('span', {
        className: `expression-badge expression-${expression}`,
        text: `${looks} ${EXPRESSION_WORDS[expression]}`,
      }),
      ' ',
      expressionCue(setting.channel, expression, customer),
    ]),
    el('p', { className: 'customer-mood' }, [
      el('span', { className: 'label', text: 'Mood: ' }),
      view.moodInWords.summary,
    ]),
    options.moodMeter
      ? el(
          'dl',
          { className: 'mood-meter', attrs: { 'aria-label': 'Mood meter' } },
          MEASURES.flatMap(({ key, label }) => {
            const value = view.mood[key];
            const bar = el('span', { className: `meter-fill meter-${key}` });
            bar.style.width = `${value}%`;
            return [
              el('dt', { text: label }),
              el('dd', {}, [
                el('span', { className: 'meter', attrs: { 'aria-hidden': 'true' } }, [bar]),
                el('span', {
                  className: 'meter-words',
                  text: `${levelWords(value)} (${value} of 100)`,
                }),
              ]),
            ];
          }),
        )
      : null,
  ]);
}
