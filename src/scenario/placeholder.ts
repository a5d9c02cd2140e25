import type { Mood, Scenario } from './schema.ts';

/**
 * A scenario around the given nodes, with a customer, setting, organisation and complaint that are
 * valid but say nothing: for generated scenarios and tests, which are about the nodes. Plain data,
 * for the schema (or a YAML document) to take.
 */
export function placeholderScenario(options: {
  id: string;
  title: string;
  summary: string;
  start: string;
  nodes: Record<string, unknown>;
  difficulty?: Scenario['difficulty'];
  minutes?: number;
  mood?: Mood;
  range?: string[];
}): Record<string, unknown> {
  return {
    id: options.id,
    title: options.title,
    summary: options.summary,
    difficulty: options.difficulty ?? 'advanced',
    minutes: options.minutes ?? 60,
    customer: {
      name: 'Sam Example',
      pronouns: 'they/them',
      traits: ['angry'],
      needs: ['a working product', 'to be kept informed'],
      appearance: {
        skin: 'medium',
        age: 'adult',
        hair: { style: 'short', colour: 'brown' },
        clothing: { style: 'casual', colour: '#3a6ea5' },
      },
      mood: options.mood ?? { anger: 50, confusion: 20, trust: 40 },
    },
    setting: {
      channel: 'phone',
      sector: 'retail',
      pressure: 'routine',
      letdown: 'none',
      nation: 'england',
    },
    organisation: {
      name: 'Example Stores',
      procedure: ['Listen, check the order, put it right within your authority.'],
      authority: ['Replace faulty goods.'],
      beyondAuthority: ['Compensation over £50.'],
    },
    complaint: {
      justified: 'yes',
      summary: 'A generated complaint.',
      facts: [{ id: 'fact-1', text: 'A generated fact.' }],
    },
    law: [],
    range: options.range ?? ['312 range 1a', '312 range 2a', '312 range 3b'],
    start: options.start,
    nodes: options.nodes,
  };
}
