import type { Scenario } from '../../../scenario/schema.ts';
import { el } from '../dom.ts';
import type { HistoryEntry } from '../../play/encounter-model.ts';

export interface LineViewOptions {
  channel: Scenario['setting']['channel'];
  speaker: string;
  organisation: string;
  line: string;
  /** The first message of the play: emails get a subject, letters a salutation. */
  first: boolean;
  reducedMotion: boolean;
  /** Earlier messages, shown above the new one in a chat window. */
  history: readonly HistoryEntry[];
  onDone: () => void;
}

export interface LineView {
  element: HTMLElement;
  /** Shows the whole line at once. */
  skip: () => void;
  readonly typing: boolean;
  dispose: () => void;
}

const CHARACTERS_PER_TICK = 2;
/** Earlier messages kept in view above a new one: enough for context, few enough to see it. */
const CHAT_MESSAGES_SHOWN = 2;
const TICK_MS = 28;

function frame(options: LineViewOptions, body: HTMLElement): HTMLElement {
  const { channel, speaker, organisation } = options;
  switch (channel) {
    case 'phone':
      return el('div', { className: 'line line-phone' }, [
        el('p', { className: 'line-meta' }, [
          el('span', { className: 'call-dot', attrs: { 'aria-hidden': 'true' } }),
          `On the phone: ${speaker}`,
        ]),
        el('blockquote', {}, [body]),
      ]);
    case 'email':
      return el('div', { className: 'line line-email' }, [
        el('dl', { className: 'email-head' }, [
          el('dt', { text: 'From' }),
          el('dd', { text: speaker }),
          el('dt', { text: 'To' }),
          el('dd', { text: `Customer Services, ${organisation}` }),
          el('dt', { text: 'Subject' }),
          el('dd', { text: options.first ? 'My enquiry' : 'Re: My enquiry' }),
        ]),
        el('div', { className: 'email-body' }, [body]),
      ]);
    case 'letter':
      return el('div', { className: 'line line-letter' }, [
        el('p', { className: 'letter-to', text: `Customer Services, ${organisation}` }),
        el('p', { text: options.first ? 'Dear Sir or Madam,' : 'Dear Customer Services,' }),
        el('div', { className: 'letter-body' }, [body]),
        el('p', { className: 'letter-sign' }, ['Yours faithfully,', el('br'), speaker]),
      ]);
    case 'live-chat':
    case 'social-media':
      return el(
        'div',
        { className: `line line-chat${channel === 'social-media' ? ' line-social' : ''}` },
        [
          el(
            'ol',
            {
              className: 'chat-log',
              attrs: { 'aria-label': channel === 'live-chat' ? 'Chat so far' : 'Messages so far' },
            },
            [
              ...options.history
                .filter(
                  (entry) =>
                    entry.who === 'customer' ||
                    (entry.who === 'learner' && entry.toCustomer !== false),
                )
                .slice(-CHAT_MESSAGES_SHOWN)
                .map((entry) =>
                  el('li', { className: `bubble bubble-${entry.who}` }, [
                    el('span', {
                      className: 'bubble-name',
                      text: entry.who === 'learner' ? 'You' : entry.name,
                    }),
                    el('span', { className: 'bubble-text', text: entry.text }),
                  ]),
                ),
              el('li', { className: 'bubble bubble-customer bubble-new' }, [
                el('span', { className: 'bubble-name', text: speaker }),
                el('span', { className: 'bubble-text' }, [body]),
              ]),
            ],
          ),
        ],
      );
    case 'face-to-face':
      return el('div', { className: 'line line-speech' }, [
        el('p', { className: 'line-meta', text: `${speaker} says:` }),
        el('blockquote', {}, [body]),
      ]);
  }
}

/**
 * The customer's words, styled as the channel they arrive by. A typing effect reveals them unless
 * motion is reduced; the whole line is in the DOM for assistive technology from the start, and
 * "Show all" (or choosing) finishes it at once.
 */
export function createLineView(options: LineViewOptions): LineView {
  const fullText = el('span', { className: 'visually-hidden', text: options.line });
  const typed = el('span', { className: 'typed', attrs: { 'aria-hidden': 'true' } });
  const body = el('span', { className: 'line-text' }, [fullText, typed]);
  const element = el('div', { className: 'line-wrap' }, [frame(options, body)]);
  let shown = 0;
  let timer: number | null = null;
  let typing = false;

  const skipButton = el('button', {
    className: 'button button-quiet button-small skip-line',
    attrs: { type: 'button' },
    text: 'Show all',
    on: { click: () => finish() },
  });

  const finish = (): void => {
    if (timer !== null) window.clearInterval(timer);
    timer = null;
    const hadFocus = document.activeElement === skipButton;
    typed.textContent = options.line;
    skipButton.remove();
    element.classList.remove('is-typing');
    if (typing) {
      typing = false;
      options.onDone();
    }
    if (hadFocus) element.dispatchEvent(new CustomEvent('line-skipped', { bubbles: true }));
  };

  if (options.reducedMotion || options.line.length < 4) {
    typed.textContent = options.line;
    queueMicrotask(options.onDone);
  } else {
    typing = true;
    element.classList.add('is-typing');
    element.append(skipButton);
    element.addEventListener('click', (event) => {
      if (event.target !== skipButton) finish();
    });
    timer = window.setInterval(() => {
      shown = Math.min(options.line.length, shown + CHARACTERS_PER_TICK);
      typed.textContent = options.line.slice(0, shown);
      if (shown >= options.line.length) finish();
    }, TICK_MS);
  }

  return {
    element,
    skip: finish,
    get typing() {
      return typing;
    },
    dispose: () => {
      if (timer !== null) window.clearInterval(timer);
      timer = null;
    },
  };
}
