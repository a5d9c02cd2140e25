/*
 * Everything the gradebook needs, loaded only when a tutor opens it: a learner's menu never
 * fetches it.
 */
export { Gradebook } from './gradebook.ts';
export { createGradebookScreen } from '../ui/gradebook/gradebook-screen.ts';
export { createLearnerView } from '../ui/gradebook/learner-view.ts';
