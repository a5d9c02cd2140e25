import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { KnowledgeCheck } from '../scenario/pack-schema.ts';
import { inShownOrder, type OptionOrder } from './order.ts';
import type { PolicyName } from './policies.ts';

type Question = KnowledgeCheck['questions'][number];
type Answer = Question['options'][number];

/** A question's answers in the order the learner sees them: drawn from the seed, pins kept. */
export function shownAnswers(
  check: KnowledgeCheck,
  question: Question,
  options: { seed: number; optionOrder: OptionOrder },
): Answer[] {
  return inShownOrder(question.options, {
    seed: options.seed,
    place: `${check.id}/${question.id}`,
    order: options.optionOrder,
  });
}

function pickAnswer(policy: PolicyName, shown: readonly Answer[], draw: (n: number) => number) {
  switch (policy) {
    case 'best':
      return shown.find((answer) => answer.correct);
    case 'worst':
    case 'argue':
      return shown.find((answer) => !answer.correct);
    case 'random':
      return shown[draw(shown.length)];
    case 'first':
      return shown[0];
    case 'longest':
    case 'shortest': {
      const longer = policy === 'longest';
      return shown.reduce<Answer | undefined>((picked, answer) => {
        if (picked === undefined) return answer;
        const [a, b] = [answer.text.length, picked.text.length];
        return (longer ? a > b : a < b) ? answer : picked;
      }, undefined);
    }
  }
}

export interface KnowledgeCheckPlay {
  answers: { questionId: string; answerId: string; shown: string[] }[];
  /** The share of questions answered correctly, 0–100. */
  score: number;
}

/**
 * Answer a knowledge check with a scripted policy, as the discrimination suite does for scenarios:
 * every answer is picked from the order a learner would see.
 */
export function playKnowledgeCheck(options: {
  check: KnowledgeCheck;
  policy: PolicyName;
  seed: number;
  optionOrder?: OptionOrder;
}): KnowledgeCheckPlay {
  const { check, policy, seed } = options;
  const optionOrder = options.optionOrder ?? 'seeded';
  const rng = xoroshiro128plus((seed ^ 0x5bd1e995) | 0);
  const draw = (count: number) => uniformInt(rng, 0, count - 1);
  const answers = check.questions.map((question) => {
    const shown = shownAnswers(check, question, { seed, optionOrder });
    const answer = pickAnswer(policy, shown, draw) ?? shown[0];
    return {
      questionId: question.id,
      answerId: answer?.id ?? '',
      shown: shown.map((each) => each.id),
    };
  });
  const right = answers.filter(
    ({ questionId, answerId }) =>
      check.questions
        .find((question) => question.id === questionId)
        ?.options.find((answer) => answer.id === answerId)?.correct === true,
  ).length;
  return { answers, score: Math.round((100 * right) / check.questions.length) };
}
