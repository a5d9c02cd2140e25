import type { Criterion } from './types.ts';
import { outcomes } from './units.ts';

const e1 = { unit: '312', outcome: '312.1', outcomeHeading: outcomes['312.1'].heading } as const;
const e2 = { unit: '312', outcome: '312.2', outcomeHeading: outcomes['312.2'].heading } as const;
const e3 = { unit: '312', outcome: '312.3', outcomeHeading: outcomes['312.3'].heading } as const;

/**
 * Unit 312 Process customer service complaints (seed 001). Elements 312.1 and 312.2 are "What you
 * must do" (performance); 312.3 is "What you must know" (knowledge), whatever the verb.
 * The texts continue their element's stem, so they start in lower case as printed.
 */
export const unit312Criteria: readonly Criterion[] = [
  {
    ...e1,
    id: '312.1.1',
    text: 'identify signs that a customer is becoming dissatisfied with the customer service of your organisation',
    kind: 'performance',
    kindNote:
      'Performance despite "identify": spotting the signs with a real customer ("What you must do"); the knowledge side is 312.3.8.',
    guidance: [],
  },
  {
    ...e1,
    id: '312.1.2',
    text: 'take action to change the situation so that the query or problem does not result in a complaint',
    kind: 'performance',
    guidance: [],
  },
  {
    ...e1,
    id: '312.1.3',
    text: 'take actions to change your customer service approach in order to avoid future complaints when a justified complaint has been made.',
    kind: 'performance',
    guidance: [],
  },
  {
    ...e2,
    id: '312.2.1',
    text: 'ensure that you have a clear understanding of the nature and details of the complaint',
    kind: 'performance',
    guidance: [],
  },
  {
    ...e2,
    id: '312.2.2',
    text: 'investigate the facts of the complaint in order to establish whether it should be dealt with as a justified complaint or an unjustified complaint',
    kind: 'performance',
    guidance: [],
  },
  {
    ...e2,
    id: '312.2.3',
    text: 'identify all the possible options for a solution and consider the benefits and drawbacks of each option for your customer and for your organisation',
    kind: 'performance',
    kindNote:
      'Performance despite "identify" and "consider": weighing the options for a real complaint ("What you must do").',
    guidance: [],
  },
  {
    ...e2,
    id: '312.2.4',
    text: 'assess the risks to your organisation of choosing each option',
    kind: 'performance',
    guidance: [],
  },
  {
    ...e2,
    id: '312.2.5',
    text: 'report the findings of your investigation to your customer and offer your chosen solution',
    kind: 'performance',
    guidance: [],
  },
  {
    ...e2,
    id: '312.2.6',
    text: 'escalate the complaint by involving more senior members of your organisation or an independent third party if there is sufficient reason to do so',
    kind: 'performance',
    guidance: [],
  },
  {
    ...e2,
    id: '312.2.7',
    text: 'give feedback to other colleagues involved which will help them avoid future complaints',
    kind: 'performance',
    guidance: [],
  },
  {
    ...e2,
    id: '312.2.8',
    text: 'keep clear records of the way the complaint has been handled to avoid later misunderstandings.',
    kind: 'performance',
    guidance: [],
  },
  {
    ...e3,
    id: '312.3.1',
    text: 'explain how to monitor the level of complaints and identify those that should provoke a special review of the service offer and service delivery',
    kind: 'knowledge',
    guidance: [],
  },
  {
    ...e3,
    id: '312.3.2',
    text: 'explain why dealing with complaints is an inevitable part of delivering customer service',
    kind: 'knowledge',
    guidance: [],
  },
  {
    ...e3,
    id: '312.3.3',
    text: 'describe organisational procedures for dealing with complaints',
    kind: 'knowledge',
    guidance: [],
  },
  {
    ...e3,
    id: '312.3.4',
    text: 'explain how to negotiate a solution with your customer that is acceptable to that customer and to the organisation',
    kind: 'knowledge',
    guidance: [],
  },
  {
    ...e3,
    id: '312.3.5',
    text: 'explain the regulatory definition of a complaint in your sector and the regulatory requirements of how complaints should be handled and reported',
    kind: 'knowledge',
    guidance: [],
  },
  {
    ...e3,
    id: '312.3.6',
    text: 'explain when to escalate a complaint by involving more senior members of the organisation or an independent third party',
    kind: 'knowledge',
    guidance: [],
  },
  {
    ...e3,
    id: '312.3.7',
    text: 'explain the cost and regulatory implications of admitting liability for an error made by your organisation',
    kind: 'knowledge',
    guidance: [],
  },
  {
    ...e3,
    id: '312.3.8',
    text: 'identify how to spot and interpret signals that your customer may be considering making a complaint',
    kind: 'knowledge',
    kindNote:
      'Knowledge despite "identify": it sits under "What you must know" and asks how to spot the signals, not to spot them.',
    guidance: [],
  },
  {
    ...e3,
    id: '312.3.9',
    text: 'describe techniques for handling conflict',
    kind: 'knowledge',
    guidance: [],
  },
  {
    ...e3,
    id: '312.3.10',
    text: 'explain the importance of dealing with a complaint promptly',
    kind: 'knowledge',
    guidance: [],
  },
  {
    ...e3,
    id: '312.3.11',
    text: 'explain why the offer of compensation or replacement service or products may not always be the best options for resolving a complaint',
    kind: 'knowledge',
    guidance: [],
  },
  {
    ...e3,
    id: '312.3.12',
    text: 'explain how the successful handling of a complaint presents an opportunity to impress a customer who has been dissatisfied.',
    kind: 'knowledge',
    guidance: [],
  },
];
