import { describe, expect, it } from 'vitest';
import type { Scenario, ScenarioNode } from '../../scenario/schema.ts';
import { voiceAt, voiceLabel } from './voice.ts';

const scenario = { customer: { name: 'Haroon Qureshi' } } as Scenario;
const line = {
  kind: 'dialogue',
  customer: 'Hello?',
  expression: 'confused',
  choices: [],
} as unknown as ScenarioNode;

describe('who is talking', () => {
  it('is the customer at an ordinary dialogue node', () => {
    const voice = voiceAt(scenario, line);
    expect(voice).toEqual({ name: 'Haroon Qureshi', role: null, isCustomer: true });
    expect(voiceLabel(voice)).toBe('Haroon Qureshi');
  });

  it('is the named speaker, with their role, when the node has one', () => {
    const voice = voiceAt(scenario, {
      ...line,
      speaker: { name: 'Imran Qureshi', role: "Mr Qureshi's son" },
    } as ScenarioNode);
    expect(voice.isCustomer).toBe(false);
    expect(voiceLabel(voice)).toBe("Imran Qureshi (Mr Qureshi's son)");
  });
});
