import type { Criterion } from './types.ts';
import { outcomes } from './units.ts';

const lo1 = {
  unit: 'CS17',
  outcome: 'CS17 LO1',
  outcomeHeading: outcomes['CS17 LO1'].heading,
} as const;
const lo2 = {
  unit: 'CS17',
  outcome: 'CS17 LO2',
  outcomeHeading: outcomes['CS17 LO2'].heading,
} as const;
const lo3 = {
  unit: 'CS17',
  outcome: 'CS17 LO3',
  outcomeHeading: outcomes['CS17 LO3'].heading,
} as const;

/**
 * CS 17 Resolve customer service problems (seed 004). LO1 is knowledge; LO2 and LO3 are "Be able
 * to", so performance. The organisational, legal and ethical lists are on the CS17 LO2 outcome.
 */
export const cs17Criteria: readonly Criterion[] = [
  {
    ...lo1,
    id: 'CS17 1.1',
    text: 'Describe an organisation’s customer service and complaints procedures',
    kind: 'knowledge',
    guidance: [
      {
        kind: 'list',
        heading: 'Techniques',
        items: [
          'Remain calm',
          'Listen',
          'Talk clearly and confidently',
          'Remain in control',
          'Let them speak without interruption when they are angry',
          'Ask questions and speak slowly and with concern in tone when they are confused',
          'Alter communication to suit the customer',
          'Ask for assistance from others where necessary',
          'If an angry customer try to move them from other customers but do not allow yourself to be alone with them and out of sight of colleagues',
        ],
        note: 'The seed prints this list beside 1.1; it answers 1.3 (customers who become agitated or angry) at least as much.',
      },
    ],
  },
  {
    ...lo1,
    id: 'CS17 1.2',
    text: 'Describe techniques to identify customer service problems and their causes',
    kind: 'knowledge',
    guidance: [],
  },
  {
    ...lo1,
    id: 'CS17 1.3',
    text: 'Describe techniques to deal with situations where customers become agitated or angry',
    kind: 'knowledge',
    guidance: [],
  },
  {
    ...lo1,
    id: 'CS17 1.4',
    text: 'Explain the limits of their own authority for resolving customers’ problems and making promises',
    kind: 'knowledge',
    guidance: [],
  },
  {
    ...lo1,
    id: 'CS17 1.5',
    text: 'Explain the purpose of encouraging customers to provide feedback',
    kind: 'knowledge',
    guidance: [],
  },
  {
    ...lo1,
    id: 'CS17 1.6',
    text: 'Describe methods used to encourage customers to provide feedback',
    kind: 'knowledge',
    guidance: [],
  },
  {
    ...lo2,
    id: 'CS17 2.1',
    text: 'Identify the nature and cause of customer service problems',
    kind: 'performance',
    kindNote:
      'Performance despite "Identify": finding the cause of a real customer’s problem, under LO2 "Be able to"; the knowledge side is CS17 1.2.',
    guidance: [],
  },
  {
    ...lo2,
    id: 'CS17 2.2',
    text: 'Identify workable options for resolving problems within organisational guidelines',
    kind: 'performance',
    kindNote: 'Performance despite "Identify": done for a real problem, under LO2 "Be able to".',
    guidance: [
      {
        kind: 'definition',
        term: 'Workable options',
        text: 'Workable options are options that balance the needs of the customer and the organisation.',
      },
    ],
  },
  {
    ...lo2,
    id: 'CS17 2.3',
    text: 'Use the most appropriate method of communication for dealing with customers',
    kind: 'performance',
    guidance: [],
  },
  {
    ...lo2,
    id: 'CS17 2.4',
    text: 'Agree with customers the option that best meets their needs and those of the organisation',
    kind: 'performance',
    guidance: [],
  },
  {
    ...lo2,
    id: 'CS17 2.5',
    text: 'Keep customers informed of progress',
    kind: 'performance',
    guidance: [],
  },
  {
    ...lo2,
    id: 'CS17 2.6',
    text: 'Fulfil promises made to customers during the resolution process',
    kind: 'performance',
    guidance: [
      {
        kind: 'definition',
        term: 'Resolution process',
        text: 'Resolution process is the process carried out to solve the customer service problem, which may require some form of negotiation and compromise.',
      },
    ],
  },
  {
    ...lo2,
    id: 'CS17 2.7',
    text: 'Share customer feedback with others to improve the resolution of customer service problem',
    kind: 'performance',
    guidance: [],
  },
  {
    ...lo3,
    id: 'CS17 3.1',
    text: 'Explain to customers the reasons why problems cannot be resolved',
    kind: 'performance',
    kindNote:
      'Performance despite "Explain": it is said to the customer, under LO3 "Be able to manage unresolved customer service problems".',
    guidance: [],
  },
  {
    ...lo3,
    id: 'CS17 3.2',
    text: 'Refer customers to other sources of help if their problems cannot be resolved',
    kind: 'performance',
    guidance: [
      {
        kind: 'list',
        heading: 'Sources of help',
        items: ['Internal – colleagues, management'],
        note: 'The seed lists internal sources only. External ones (ombudsmen, ADR schemes) are in the law catalogue: law.adr.notice, law.fca.final-response, law.ofcom.adr, law.energy.ombudsman, law.water.stages, law.nhs.complaints, law.public.ombudsmen.',
      },
    ],
  },
];
