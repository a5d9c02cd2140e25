import type { Scenario, ScenarioNode } from '../../scenario/schema.ts';

/** Who is talking at a node: the customer, or someone else (a relative on the line, a colleague). */
export interface Voice {
  name: string;
  /** Their part in the conversation ("Mr Qureshi's son"); null for the customer. */
  role: string | null;
  isCustomer: boolean;
}

/** The customer, unless the node names another speaker or is a colleague's word. */
export function voiceAt(scenario: Scenario, node: ScenarioNode): Voice {
  if (node.kind === 'dialogue' && node.speaker)
    return { name: node.speaker.name, role: node.speaker.role, isCustomer: false };
  if (node.kind === 'colleague-feedback')
    return { name: node.colleague.name, role: node.colleague.role, isCustomer: false };
  return { name: scenario.customer.name, role: null, isCustomer: true };
}

/** "Imran Qureshi (Mr Qureshi's son)", or just the customer's name. */
export function voiceLabel(voice: Voice): string {
  return voice.role ? `${voice.name} (${voice.role})` : voice.name;
}
