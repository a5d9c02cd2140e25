import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { KnowledgeCheck } from '../scenario/pack-schema.ts';
import {
  isRightPick,
  startCheck,
  type CheckSession,
  type Question,
  type ShownAnswer,
} from './check-session.ts';
import type { OptionOrder } from './order.ts';
import type { PolicyName } from './policies.ts';

type Draw = (count: number) => number;

const byLength = (longer: boolean) => (a: ShownAnswer, b: ShownAnswer) =>
  longer ? b.text.length - a.text.length : a.text.length - b.text.length;

function pickAnswer(
  policy: PolicyName,
  question: Question,
  shown: readonly ShownAnswer[],
  draw: Draw,
): ShownAnswer | undefined {
  switch (policy) {
    case 'best':
      return shown.find((answer) => isRightPick(question, answer.id));
    case 'worst':
    case 'argue':
      return shown.find((answer) => !isRightPick(question, answer.id));
    case 'random':
      return shown[draw(shown.length)];
    case 'first':
      return shown[0];
    case 'longest':
    case 'shortest':
      // A stable sort: among equals, the first shown wins, as an eye reading down would pick it.
      return [...shown].sort(byLength(policy === 'longest'))[0];
  }
}

/** The steps of an order question as a policy arranges them, from the order first shown. */
function arrangeSteps(
  policy: PolicyName,
  question: Question,
  shown: readonly ShownAnswer[],
  draw: Draw,
): string[] {
  const ids = shown.map((step) => step.id);
  switch (policy) {
    case 'best':
      return question.kind === 'order' ? question.steps.map((step) => step.id) : ids;
    case 'worst':
    case 'argue':
    case 'first':
      // Leaves the steps as shown, which is never the right order.
      return ids;
    case 'random': {
      for (let index = ids.length - 1; index > 0; index -= 1) {
        const other = draw(index + 1);
        [ids[index], ids[other]] = [ids[other] as string, ids[index] as string];
      }
      return ids;
    }
    case 'longest':
    case 'shortest':
      return [...shown].sort(byLength(policy === 'longest')).map((step) => step.id);
  }
}

/**
 * Answer a knowledge check with a scripted policy, as the discrimination suite does for scenarios:
 * every answer is picked (or every order arranged) from what a learner would see, through the
 * session a learner uses.
 */
export function playKnowledgeCheck(options: {
  check: KnowledgeCheck;
  policy: PolicyName;
  seed: number;
  optionOrder?: OptionOrder;
}): CheckSession {
  const { check, policy, seed } = options;
  const session = startCheck({ check, seed, optionOrder: options.optionOrder ?? 'seeded' });
  const rng = xoroshiro128plus((seed ^ 0x5bd1e995) | 0);
  const draw: Draw = (count) => uniformInt(rng, 0, count - 1);
  for (let view = session.current(); view !== null; view = session.current()) {
    if (view.question.kind === 'order') {
      session.answerOrder(arrangeSteps(policy, view.question, view.answers, draw));
      continue;
    }
    const answer = pickAnswer(policy, view.question, view.answers, draw) ?? view.answers[0];
    if (answer === undefined) break;
    session.answer(answer.id);
  }
  return session;
}
