import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { KnowledgeCheck } from '../scenario/pack-schema.ts';
import { startCheck, type Answer, type CheckSession } from './check-session.ts';
import type { OptionOrder } from './order.ts';
import type { PolicyName } from './policies.ts';

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

/**
 * Answer a knowledge check with a scripted policy, as the discrimination suite does for scenarios:
 * every answer is picked from the order a learner would see, through the session a learner uses.
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
  const draw = (count: number) => uniformInt(rng, 0, count - 1);
  for (let view = session.current(); view !== null; view = session.current()) {
    const answer = pickAnswer(policy, view.answers, draw) ?? view.answers[0];
    if (answer === undefined) break;
    session.answer(answer.id);
  }
  return session;
}
