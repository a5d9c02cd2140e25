import { bestOptionWords, type ChoiceFeedback } from '../../play/encounter-model.ts';
import { el } from '../dom.ts';

/** Feedback mode: what the learner chose, why it counts, and the best option at that moment. */
export function feedbackView(feedback: ChoiceFeedback): HTMLElement {
  return el('div', { className: 'task task-feedback' }, [
    el('p', { className: 'feedback-chosen' }, [
      el('span', { className: 'label', text: 'You chose: ' }),
      feedback.chosen,
    ]),
    el('p', { className: 'feedback-why', text: feedback.why }),
    feedback.best !== null && feedback.best !== 'kept-back'
      ? el('div', { className: 'feedback-best' }, [
          el('p', {}, [
            el('span', { className: 'label', text: 'The best option here: ' }),
            feedback.best.say,
          ]),
          el('p', { className: 'feedback-why', text: feedback.best.why }),
        ])
      : el('p', { className: 'feedback-best', text: bestOptionWords(feedback) }),
  ]);
}
