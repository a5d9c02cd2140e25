import { el, uniqueId } from '../dom.ts';

/** What the LMS's moveOn rule asks of this activity, in words, when it is not met yet. */
const STILL_NEEDED = {
  Passed: 'pass',
  Completed: 'finish',
  CompletedAndPassed: 'finish and pass',
  CompletedOrPassed: 'finish or pass',
  NotApplicable: '',
} as const;

/**
 * On a cmi5 package's pack summary, when the LMS gave a returnURL: the way back to the course.
 * cmi5 wants the AU to end its session and take the learner back itself (10.0, returnURL), so
 * the learner is not left to close a window and wonder whether their results went.
 */
export function createCourseExit(options: {
  /** The LMS's moveOn rule for this activity, and whether what was sent meets it. */
  moveOn: keyof typeof STILL_NEEDED;
  moveOnMet: boolean;
  onExit: () => Promise<void>;
}): HTMLElement {
  const headingId = uniqueId('course-exit');
  const status = el('p', { className: 'muted', attrs: { role: 'status' } });
  const button = el('button', {
    className: 'button button-primary',
    attrs: { type: 'button' },
    text: 'Back to your course',
  });
  button.addEventListener('click', () => {
    button.disabled = true;
    status.textContent = 'Sending the last of your results to your course…';
    options.onExit().catch(() => {
      button.disabled = false;
      status.textContent =
        'Your course could not be reached. Your results are kept in this browser; try again, or close this window.';
    });
  });
  return el(
    'section',
    { className: 'panel course-exit', attrs: { 'aria-labelledby': headingId } },
    [
      el('h2', { id: headingId, text: 'Your course' }),
      el('p', {
        className: 'course-exit-rule',
        text: options.moveOnMet
          ? 'Your course has what it asks of this activity.'
          : `Your course asks you to ${STILL_NEEDED[options.moveOn]} this activity before you move on.`,
      }),
      el('p', {
        text: 'Going back sends the last of your results to your course and ends this session. You can open the activity again from your course.',
      }),
      el('div', { className: 'button-row' }, [button]),
      status,
    ],
  );
}
