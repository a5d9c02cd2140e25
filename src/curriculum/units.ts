import { cs17ResolutionRequirements } from './requirements.ts';
import type { EvidenceMethod, Outcome, OutcomeId, Unit, UnitId } from './types.ts';

const WORKPLACE_DOCUMENTS_NOTE =
  '*Internal/organisational documentation need not be held in the candidate’s portfolio but held in the workplace with reference made to where it can be found and its relevance to the criteria.';

const evidence = (...methods: string[]): EvidenceMethod[] =>
  methods.map((method) =>
    method.endsWith('*')
      ? { method: method.slice(0, -1), heldInWorkplace: true }
      : { method, heldInWorkplace: false },
  );

export const outcomes: Readonly<Record<OutcomeId, Outcome>> = {
  'MRC LO1': {
    id: 'MRC LO1',
    unit: 'MRC',
    heading: 'Understand the monitoring and resolution of customers’ complaints',
    kind: 'knowledge',
    evidence: evidence(
      'Professional discussion',
      'Reflective account',
      'Questioning',
      'Organisational policies and procedures',
      'Conflict management techniques',
      'Service offer',
      'Refund policy',
      'Knowledge base content*',
    ),
    guidance: [],
  },
  'MRC LO2': {
    id: 'MRC LO2',
    unit: 'MRC',
    heading: 'Be able to deal with customers’ complaints',
    kind: 'performance',
    evidence: evidence(
      'Observation',
      'Witness testimony',
      'Customer records*',
      'Professional discussion',
      'Questioning',
      'Reflective account',
      'Organisational policies and procedures*',
      'Knowledge base content*',
      'Service offer*',
      'Refund policy*',
    ),
    guidance: [],
  },
  // Unit 312 names its elements by their "What you must do / know" stems; evidence is unit-wide.
  '312.1': {
    id: '312.1',
    unit: '312',
    heading:
      'To recognise the signs that a query or problem is about to produce a complaint, you must:',
    kind: 'performance',
    evidence: [],
    guidance: [],
  },
  '312.2': {
    id: '312.2',
    unit: '312',
    heading: 'To deal with a complaint effectively, you must:',
    kind: 'performance',
    evidence: [],
    guidance: [],
  },
  '312.3': {
    id: '312.3',
    unit: '312',
    heading: 'To understand how to process customer service complaints, you must be able to:',
    kind: 'knowledge',
    evidence: [],
    guidance: [],
  },
  'CS17 LO1': {
    id: 'CS17 LO1',
    unit: 'CS17',
    heading: 'Understand the resolution of customer service problems',
    kind: 'knowledge',
    evidence: evidence(
      'Professional discussion',
      'questioning',
      'reflective account',
      'legal and ethical requirements',
      'organisational policies and procedures*',
    ),
    guidance: [],
  },
  'CS17 LO2': {
    id: 'CS17 LO2',
    unit: 'CS17',
    heading: 'Be able to resolve customer service problems',
    kind: 'performance',
    evidence: evidence(
      'Observation',
      'witness testimony',
      'customer records*',
      'professional discussion',
      'questioning',
      'reflective account',
      'service offer*',
      'documentation*',
      'legal and ethical requirements',
      'organisational policies and procedures*',
    ),
    // The seed prints these in the guidance column of LO2 as a whole, not beside one criterion.
    guidance: cs17ResolutionRequirements,
  },
  'CS17 LO3': {
    id: 'CS17 LO3',
    unit: 'CS17',
    heading: 'Be able to manage unresolved customer service problems',
    kind: 'performance',
    evidence: evidence(
      'Observation',
      'witness testimony',
      'customer records*',
      'professional discussion',
      'questioning',
      'reflective account',
      'service offer*',
      'documentation*',
      'legal and ethical requirements',
      'organisational policies and procedures*',
    ),
    guidance: [],
  },
};

export const units: Readonly<Record<UnitId, Unit>> = {
  MRC: {
    id: 'MRC',
    code: null,
    // The seed text has no title line; the seeds README names the unit.
    title: 'Monitor and resolve customers’ complaints',
    titleSource: 'seeds README',
    level: null,
    credits: null,
    seedFile: '000_803807899b6d29b6.txt',
    outcomes: ['MRC LO1', 'MRC LO2'],
    assessmentMethods: [],
    notes: [WORKPLACE_DOCUMENTS_NOTE],
    simulationAllowedForPerformance: null,
  },
  '312': {
    id: '312',
    code: 'Unit 312',
    title: 'Process customer service complaints',
    titleSource: 'seed',
    level: 3,
    credits: 6,
    seedFile: '001_c4a944738fcc21ae.txt',
    outcomes: ['312.1', '312.2', '312.3'],
    assessmentMethods: [
      { code: 'O', method: 'Observation' },
      { code: 'Q', method: 'Questioning' },
      { code: 'PE', method: 'Product Evidence' },
      { code: 'WT', method: 'Witness Testimony' },
      { code: 'PD', method: 'Professional Discussion' },
    ],
    notes: [
      'Your evidence should be collected when carrying out a real job, whether paid or voluntary, and when dealing with real customers, whether internal or external to the organisation. Evidence collected in a realistic working environment or a work placement is not permissible for this unit. Simulation is not allowed for any performance evidence within this unit.',
      'You may collect the evidence for the unit through work in a private sector organisation, a not-for-profit organisation or a public services organisation.',
      'You must provide evidence that shows you have done this over a sufficient period of time, with different customers on different occasions, for your assessor to be confident that you are competent.',
    ],
    simulationAllowedForPerformance: false,
  },
  CS17: {
    id: 'CS17',
    code: 'CS 17',
    title: 'Resolve customer service problems',
    titleSource: 'seed',
    level: null,
    credits: null,
    seedFile: '004_58c1aa03bbcb8285.txt',
    outcomes: ['CS17 LO1', 'CS17 LO2', 'CS17 LO3'],
    assessmentMethods: [],
    notes: [
      WORKPLACE_DOCUMENTS_NOTE,
      'Note - While the candidate can provide a copy of the organisational policies and of the organisational ethical policy/requirements (or refer to them), this on its own is not sufficient. The candidate will require to demonstrate their application and be able to discuss them, showing understanding of how they are applied. This also applies to legal requirement.',
    ],
    simulationAllowedForPerformance: null,
  },
};
