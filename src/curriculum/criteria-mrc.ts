import { mrcAdherenceRequirements } from './requirements.ts';
import type { Criterion } from './types.ts';
import { outcomes } from './units.ts';

const lo1 = {
  unit: 'MRC',
  outcome: 'MRC LO1',
  outcomeHeading: outcomes['MRC LO1'].heading,
} as const;
const lo2 = {
  unit: 'MRC',
  outcome: 'MRC LO2',
  outcomeHeading: outcomes['MRC LO2'].heading,
} as const;

/** Monitor and resolve customers' complaints (seed 000). LO1 is knowledge, LO2 performance. */
export const mrcCriteria: readonly Criterion[] = [
  {
    ...lo1,
    id: 'MRC 1.1',
    text: 'Assess the suitability of a range of monitoring techniques for customers’ complaints',
    kind: 'knowledge',
    guidance: [
      {
        kind: 'list',
        heading: 'Monitoring techniques',
        items: ['Customer feedback', 'Customer records', 'Sales', 'Returns'],
      },
    ],
  },
  {
    ...lo1,
    id: 'MRC 1.2',
    text: 'Explain how to identify those complaints that should prompt a review of the service offer and service delivery',
    kind: 'knowledge',
    guidance: [
      {
        kind: 'definition',
        term: 'Service offer',
        text: 'This details what an organisation will do for a customer, what level of customer service will be on offer and the limit of what will be offered. It also ensures consistency in the service offered.',
      },
      {
        kind: 'definition',
        term: 'Service delivery',
        text: 'This is about getting the goods or services to the customer in the optimum or agreed timescale e.g. from the number of people who can be waiting in a queue at the till before assistance must be requested to the length of time callers should be waiting before answered or keeping to an agreed product delivery time.',
      },
    ],
  },
  {
    ...lo1,
    id: 'MRC 1.3',
    text: 'Explain negotiating techniques used to resolve customers’ complaints',
    kind: 'knowledge',
    guidance: [
      {
        kind: 'list',
        heading: 'Negotiating techniques',
        items: [
          'Know what has to be achieved',
          'Prepare for any discussion',
          'Be confident',
          'Share information',
          'Listen',
          'Be ready for compromise',
          'Close with confirmation',
        ],
      },
    ],
  },
  {
    ...lo1,
    id: 'MRC 1.4',
    text: 'Explain conflict management techniques used in dealing with upset customers',
    kind: 'knowledge',
    guidance: [
      {
        kind: 'list',
        heading: 'Conflict management techniques',
        items: [
          'Listen',
          'Be assertive – not aggressive',
          'Remain calm',
          'Show understanding and be prepared to seek a solution',
          'Consider a compromise',
          'Recognize when it is not working and when to involve others.',
        ],
      },
    ],
  },
  {
    ...lo1,
    id: 'MRC 1.5',
    text: 'Explain organisational procedures for dealing with customer complaints',
    kind: 'knowledge',
    guidance: [],
  },
  {
    ...lo1,
    id: 'MRC 1.6',
    text: 'Explain when to escalate customers’ complaints',
    kind: 'knowledge',
    guidance: [],
  },
  {
    ...lo1,
    id: 'MRC 1.7',
    text: 'Explain the cost and regulatory implications of admitting liability on the basis of a customer complaint',
    kind: 'knowledge',
    guidance: [],
  },
  {
    ...lo1,
    id: 'MRC 1.8',
    text: 'Explain the advantages and limitations of offering compensation or replacement products and/or services',
    kind: 'knowledge',
    guidance: [],
  },
  {
    ...lo2,
    id: 'MRC 2.1',
    text: 'Confirm the nature, cause and implications of customers’ complaints',
    kind: 'performance',
    guidance: [],
  },
  {
    ...lo2,
    id: 'MRC 2.2',
    text: 'Take personal responsibility for dealing with complaints',
    kind: 'performance',
    guidance: [
      {
        kind: 'definition',
        term: 'Personal responsibility',
        text: 'Here you will be required to show you have taken responsibility for each of the complaints you have dealt with. You are not required to have resolved them all yourself but to take responsibility by e.g. escalating the issue, keeping the customer informed of progress and following up with the customer to ensure the complaint has been resolved. Resolved does not mean the customers’ complaints have all been upheld but that the customer has been satisfied the complaints process has been carried out.',
      },
    ],
  },
  {
    ...lo2,
    id: 'MRC 2.3',
    text: 'Communicate in a way that recognises customers’ problems and understands their points of view',
    kind: 'performance',
    guidance: [],
  },
  {
    ...lo2,
    id: 'MRC 2.4',
    text: 'Explain the advantages and limitations of different complaint response options to customers',
    kind: 'performance',
    kindNote:
      'Performance despite "Explain": it is said to the customer while handling a complaint, under LO2 "Be able to"; the knowledge side is MRC 1.8.',
    guidance: [],
  },
  {
    ...lo2,
    id: 'MRC 2.5',
    text: 'Explain the advantages and limitations of different complaint response options to the organisation',
    kind: 'performance',
    kindNote:
      'Performance despite "Explain": it is put to the organisation (a manager, a colleague) while handling a real complaint, under LO2 "Be able to", and is evidenced by observation or witness testimony.',
    guidance: [],
  },
  {
    ...lo2,
    id: 'MRC 2.6',
    text: 'Keep customers informed of progress',
    kind: 'performance',
    guidance: [],
  },
  {
    ...lo2,
    id: 'MRC 2.7',
    text: 'Agree solutions with customers that address the complaint and which are within the limits of their own authority',
    kind: 'performance',
    guidance: [],
  },
  {
    ...lo2,
    id: 'MRC 2.8',
    text: 'Record the outcome of the handling of complaints for future reference',
    kind: 'performance',
    guidance: [],
  },
  {
    ...lo2,
    id: 'MRC 2.9',
    text: 'Adhere to organisational policies and procedures, legal and ethical requirements when dealing with customers’ complaints',
    kind: 'performance',
    guidance: mrcAdherenceRequirements,
  },
];
