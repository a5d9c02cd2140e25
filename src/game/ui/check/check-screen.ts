import type { AnswerFeedback, CheckSession, QuestionView } from '../../../engine/check-session.ts';
import { checkResult } from '../../../scoring/check-result.ts';
import type { Announcer } from '../announcer.ts';
import { el, focusHeading } from '../dom.ts';
import { radioGroup } from '../encounter/task-views.ts';
import type { Screen } from '../screen.ts';
import { checkEnd } from './check-end.ts';
import { orderView, type OrderView } from './order-view.ts';
import { sourcesView } from './sources-view.ts';

/**
 * A knowledge check, one question at a time: answer, read the feedback with its sources, go on;
 * then the score. The session (engine) judges every answer; this screen only shows and asks.
 */
export interface CheckScreenOptions {
  session: CheckSession;
  announcer: Announcer;
  /** Keeps the result; resolves to a sentence saying where it was kept (or why it was not). */
  onFinished: (session: CheckSession) => Promise<string>;
  onMenu: () => void;
  /** The next step of the pack, if this check is part of one. */
  next?: { title: string; start: () => void } | undefined;
}

const INSTRUCTIONS: Record<QuestionView['question']['kind'], string> = {
  choose: 'Choose the right answer.',
  order: 'Put the steps in the right order.',
  'spot-misconception': 'Choose the statement that is wrong.',
};

const button = (text: string, onClick: () => void, primary = false): HTMLButtonElement =>
  el('button', {
    className: primary ? 'button button-primary' : 'button',
    attrs: { type: 'button' },
    text,
    on: { click: onClick },
  });

function answerView(feedback: AnswerFeedback, view: QuestionView): HTMLElement[] {
  const textOf = (id: string) => view.answers.find((answer) => answer.id === id)?.text ?? id;
  const parts: HTMLElement[] = [];
  if ('answerId' in feedback.given) {
    parts.push(
      el('p', {}, [
        el('span', { className: 'label', text: 'You chose: ' }),
        textOf(feedback.given.answerId),
      ]),
      el('p', { className: 'feedback-why', text: feedback.why }),
    );
    if (!feedback.correct)
      for (const right of feedback.rightAnswers)
        parts.push(
          el('div', { className: 'feedback-best' }, [
            el('p', {}, [
              el('span', { className: 'label', text: 'The right answer: ' }),
              right.text,
            ]),
            el('p', { className: 'feedback-why', text: right.why }),
          ]),
        );
    return parts;
  }
  if (!feedback.correct)
    parts.push(
      el('p', { className: 'label', text: 'Your order:' }),
      el(
        'ol',
        {},
        feedback.given.order.map((id) => el('li', { text: textOf(id) })),
      ),
    );
  parts.push(
    el('p', { className: 'label', text: 'The right order:' }),
    el(
      'ol',
      {},
      feedback.rightOrder.map((step) => el('li', { text: step.text })),
    ),
    el('p', { className: 'feedback-why', text: feedback.why }),
  );
  return parts;
}

export function createCheckScreen(options: CheckScreenOptions): Screen {
  const { session, announcer } = options;
  const heading = el('h1', { text: session.check.title });
  const body = el('div', { className: 'check-body' });
  const element = el('div', { className: 'check-screen' }, [heading, body]);

  const showQuestion = (view: QuestionView): void => {
    const { question } = view;
    const questionHeading = el('h2', { text: `Question ${view.number} of ${view.of}` });
    const problem = el('p', { className: 'warning', attrs: { role: 'alert' } });
    let picked: string | null = null;
    let order: OrderView | null = null;
    const answerArea =
      question.kind === 'order'
        ? (order = orderView({ prompt: question.prompt, steps: view.answers, announcer })).element
        : radioGroup({
            legend: question.prompt,
            focusKey: `check-${question.id}`,
            items: view.answers.map((answer) => ({ value: answer.id, text: answer.text })),
            checked: null,
            onPick: (value) => {
              picked = value;
              problem.textContent = '';
            },
          });
    const submit = (): void => {
      let feedback: AnswerFeedback;
      if (order !== null) feedback = session.answerOrder(order.order());
      else if (picked === null) {
        problem.textContent = 'Choose an answer first.';
        return;
      } else feedback = session.answer(picked);
      showFeedback(feedback, view);
    };
    body.replaceChildren(
      el('section', { className: 'panel check-question', attrs: { 'data-kind': question.kind } }, [
        questionHeading,
        el('p', { className: 'check-instruction', text: INSTRUCTIONS[question.kind] }),
        answerArea,
        problem,
        el('div', { className: 'button-row' }, [button('Check my answer', submit, true)]),
      ]),
    );
    if (view.number > 1) focusHeading(questionHeading);
  };

  const showFeedback = (feedback: AnswerFeedback, view: QuestionView): void => {
    const verdict = feedback.correct ? 'Right' : 'Not quite';
    const feedbackHeading = el('h2', { text: `Question ${view.number} of ${view.of}: ${verdict}` });
    const last = session.isOver();
    body.replaceChildren(
      el(
        'section',
        { className: `panel check-feedback ${feedback.correct ? 'is-right' : 'is-wrong'}` },
        [
          feedbackHeading,
          el('p', { className: 'check-prompt', text: view.question.prompt }),
          ...answerView(feedback, view),
          sourcesView(feedback),
          el('div', { className: 'button-row' }, [
            button(last ? 'See your score' : 'Next question', () => next(), true),
          ]),
        ],
      ),
    );
    focusHeading(feedbackHeading);
    announcer.polite(`${verdict}.`);
  };

  const showEnd = async (): Promise<void> => {
    const endHeading = el('h2', { text: 'Your score' });
    const saved = el('p', { className: 'muted', text: 'Saving your result…' });
    body.replaceChildren(
      el('section', { className: 'panel check-result' }, [
        endHeading,
        checkEnd(checkResult(session)),
        saved,
        el('div', { className: 'button-row' }, [
          options.next
            ? button(`Next in the pack: ${options.next.title}`, options.next.start, true)
            : null,
          button('Back to the menu', options.onMenu, options.next === undefined),
        ]),
      ]),
    );
    focusHeading(endHeading);
    saved.textContent = await options.onFinished(session);
  };

  const next = (): void => {
    const view = session.current();
    if (view === null) void showEnd();
    else showQuestion(view);
  };
  next();

  return { name: 'check', element, heading, title: `${session.check.title}: Resolve` };
}
