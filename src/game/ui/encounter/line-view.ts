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

/** Earlier messages kept in view above a new one: enough for context, few enough to see it. */
const CHAT_MESSAGES_SHOWN = 2;
/**
 * Speech types out in at most this many frames, and never for longer than TYPE_MS, however long
 * the line: a hint of someone speaking, not a wait (letter by letter, one message once took 26 s).
 */
export const TYPE_FRAMES = 40;
const TYPE_MS = 800;

/** Written channels arrive whole, as a message does; only speech types out. */
const ARRIVES_WHOLE: ReadonlySet<LineViewOptions['channel']> = new Set([
  'email',
  'letter',
  'live-chat',
  'social-media',
]);

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
 * The customer's words, styled as the channel they arrive by. Messages appear whole; speech types
 * out within a second unless motion is reduced. The whole line is in the DOM for assistive
 * technology from the start, and "Show all" (or choosing) finishes it at once. Once the whole line
 * shows, the view is marked `data-shown="whole"` and sends `line-shown`.
 */
export function createLineView(options: LineViewOptions): LineView {
  const fullText = el('span', { className: 'visually-hidden', text: options.line });
  const typed = el('span', { className: 'typed', attrs: { 'aria-hidden': 'true' } });
  const body = el('span', { className: 'line-text' }, [fullText, typed]);
  const element = el('div', { className: 'line-wrap' }, [frame(options, body)]);
  let shown = 0;
  let pending: number | null = null;
  let typing = false;

  const skipButton = el('button', {
    className: 'button button-quiet button-small skip-line',
    attrs: { type: 'button' },
    text: 'Show all',
    on: { click: () => finish() },
  });

  const markWhole = (): void => {
    element.dataset.shown = 'whole';
    element.dispatchEvent(new CustomEvent('line-shown', { bubbles: true }));
  };

  const finish = (): void => {
    if (pending !== null) window.cancelAnimationFrame(pending);
    pending = null;
    const hadFocus = document.activeElement === skipButton;
    typed.textContent = options.line;
    skipButton.remove();
    element.classList.remove('is-typing');
    if (typing) {
      typing = false;
      markWhole();
      options.onDone();
    }
    if (hadFocus) element.dispatchEvent(new CustomEvent('line-skipped', { bubbles: true }));
  };

  if (options.reducedMotion || options.line.length < 4 || ARRIVES_WHOLE.has(options.channel)) {
    typed.textContent = options.line;
    element.dataset.shown = 'whole';
    queueMicrotask(() => {
      element.dispatchEvent(new CustomEvent('line-shown', { bubbles: true }));
      options.onDone();
    });
  } else {
    typing = true;
    element.classList.add('is-typing');
    element.append(skipButton);
    element.addEventListener('click', (event) => {
      if (event.target !== skipButton) finish();
    });
    const length = options.line.length;
    const perFrame = Math.ceil(length / TYPE_FRAMES);
    let began: number | null = null;
    const step = (now: number): void => {
      began ??= now;
      // By frames, so it finishes in TYPE_FRAMES frames; by time, so a slow screen is not slower.
      const byTime = Math.floor((length * (now - began)) / TYPE_MS);
      shown = Math.min(length, Math.max(shown + perFrame, byTime));
      typed.textContent = options.line.slice(0, shown);
      if (shown >= length) finish();
      else pending = window.requestAnimationFrame(step);
    };
    pending = window.requestAnimationFrame(step);
  }

  return {
    element,
    skip: finish,
    get typing() {
      return typing;
    },
    dispose: () => {
      if (pending !== null) window.cancelAnimationFrame(pending);
      pending = null;
    },
  };
}
