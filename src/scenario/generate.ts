import { Document, isMap, isSeq } from 'yaml';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { CRITERION_IDS, TECHNIQUE_IDS } from '../curriculum/ids.ts';
import { isPerformanceCriterion } from '../curriculum/lookups.ts';
import { placeholderScenario } from './placeholder.ts';
import { OUTCOMES, STANCES } from './schema.ts';

/**
 * A large, valid scenario for measuring the validator and the engine: `nodes` nodes in a forward
 * branching chain (so every node is reachable and every path ends), with evidence on every choice,
 * a timer now and then, and routes guarded by `visited` and flag conditions that can hold. The same
 * seed always gives the same text.
 */
export function generateLargeScenario(options: { nodes: number; seed: number }): string {
  const total = Math.max(2, Math.floor(options.nodes));
  const random = xoroshiro128plus(options.seed);
  const between = (from: number, to: number): number => uniformInt(random, from, to);
  const pick = <T>(items: readonly T[]): T => items[between(0, items.length - 1)] as T;

  const endings = Math.max(1, Math.min(OUTCOMES.length * 4, Math.floor(total / 20)));
  const steps = total - endings;
  const stepId = (index: number): string => `step-${index + 1}`;
  const endingId = (index: number): string => `ending-${index + 1}`;
  const onwards = (index: number): string => (index + 1 < steps ? stepId(index + 1) : endingId(0));

  // Content the validator's judgement checks pass: the skilled option earns what the others lose,
  // and acting evidences performance criteria (knowledge is for explain nodes).
  const performance = CRITERION_IDS.filter(isPerformanceCriterion);
  const strength = (skilled: boolean): number => (skilled ? between(1, 2) : between(-2, -1));

  const nodes: Record<string, unknown> = {};
  for (let index = 0; index < steps; index++) {
    const choiceCount = between(2, 3);
    const choices = Array.from({ length: choiceCount }, (_, number) => {
      // The first choice always moves on one step, so the chain reaches every node in order.
      let next: unknown = onwards(index);
      if (number > 0) {
        const ahead = Math.min(steps - 1, index + between(1, 6));
        next = ahead > index ? stepId(ahead) : endingId(between(0, endings - 1));
      }
      if (number === 1 && index > 0 && index % 10 === 0) {
        next = [{ if: { visited: stepId(index - 1) }, to: onwards(index) }, { to: next }];
      }
      if (number === 1 && index > 5 && index % 7 === 0 && typeof next === 'string') {
        next = [{ if: { flag: `flag-${index - 5}` }, to: onwards(index) }, { to: next }];
      }
      const techniques = Object.fromEntries(
        Array.from({ length: between(1, 3) }, () => [pick(TECHNIQUE_IDS), strength(number === 0)]),
      );
      return {
        id: `choice-${index + 1}-${number + 1}`,
        say: `Option ${number + 1} at step ${index + 1}.`,
        stance: number === 0 ? 'skilled' : pick(STANCES.filter((stance) => stance !== 'skilled')),
        techniques,
        criteria: { [pick(performance)]: strength(number === 0) },
        mood: { anger: between(-10, 10), trust: between(-10, 10) },
        why: `Why option ${number + 1} at step ${index + 1} counts.`,
        ...(number === 0 && index % 7 === 2 ? { sets: [`flag-${index}`] } : {}),
        next,
      };
    });
    // Every ending is somebody's destination: late steps offer them.
    const endingHere = steps - 1 - index;
    if (endingHere >= 0 && endingHere < endings) {
      const last = choices[choices.length - 1] as { next: unknown };
      last.next = endingId(endingHere);
    }
    nodes[stepId(index)] = {
      kind: 'dialogue',
      customer: `The customer explains more (step ${index + 1}).`,
      expression: pick(['neutral', 'annoyed', 'confused', 'anxious'] as const),
      ...(index % 9 === 4
        ? {
            timeout: {
              seconds: 15,
              says: 'The customer sighs and looks at the clock.',
              stance: 'dismissive',
              techniques: { 'remain-in-control': -1 },
              mood: { anger: 5 },
              why: 'Leaving a silence this long lets the customer feel ignored.',
              next: onwards(index),
            },
          }
        : {}),
      choices,
    };
  }
  for (let index = 0; index < endings; index++) {
    nodes[endingId(index)] = {
      kind: 'ending',
      outcome: OUTCOMES[index % OUTCOMES.length],
      epilogue: `Ending ${index + 1}: how things turned out for the customer.`,
    };
  }

  const scenario = placeholderScenario({
    id: `generated-${total}-nodes`,
    title: `A generated scenario with ${total} nodes`,
    summary: 'Generated for measuring the validator and the engine; not for learners.',
    start: stepId(0),
    nodes,
  });
  // Each choice and timer on one line keeps a thousand nodes well inside the size limit.
  const document = new Document(scenario);
  const nodeMap = document.get('nodes');
  if (isMap(nodeMap)) {
    for (const pair of nodeMap.items) {
      const node = pair.value;
      if (!isMap(node)) continue;
      const timeout = node.get('timeout');
      if (isMap(timeout)) timeout.flow = true;
      const choices = node.get('choices');
      if (isSeq(choices)) for (const item of choices.items) if (isMap(item)) item.flow = true;
    }
  }
  return document.toString({ lineWidth: 0 });
}
