import type { SynopsisSection } from './types.ts';

/** Our names for the revision synopsis' points (seed 003 numbers none of them). */
export const SYNOPSIS_IDS = [
  'synopsis.overview',
  'synopsis.concept.customer-needs',
  'synopsis.concept.communication',
  'synopsis.concept.challenging-situations',
  'synopsis.concept.loyalty',
  'synopsis.concept.standards-and-law',
  'synopsis.exam-tip.answer-structure',
  'synopsis.exam-tip.policy-and-legislation',
  'synopsis.exam-tip.reflective-practice',
  'synopsis.misconception.isolated-incidents',
  'synopsis.misconception.query-or-complaint',
  'synopsis.misconception.documentation',
  'synopsis.marking-point.1',
  'synopsis.marking-point.2',
  'synopsis.marking-point.3',
] as const;
export type SynopsisId = (typeof SYNOPSIS_IDS)[number];

export interface SynopsisPoint {
  id: SynopsisId;
  section: SynopsisSection;
  /** The bold-style lead a key concept carries before its colon; null elsewhere. */
  title: string | null;
  /** The point's text as printed (after the title's colon for key concepts). */
  text: string;
}

/** The seed's section headings, in order. */
export const synopsisSectionHeadings: Readonly<Record<SynopsisSection, string>> = {
  overview: 'Topic Synopsis',
  concept: 'Key Concepts & Core Principles',
  'exam-tip': 'Exam Tips & Revision Strategies',
  misconception: 'Common Misconceptions & Mistakes to Avoid',
  'marking-point': 'Examiner Marking Points',
};

export const synopsis: readonly SynopsisPoint[] = [
  {
    id: 'synopsis.overview',
    section: 'overview',
    title: null,
    text: 'This element equips learners with the knowledge and skills to effectively monitor and resolve customer complaints. It covers the systematic processes for tracking complaints, identifying root causes, and implementing solutions, as well as the interpersonal techniques needed to handle dissatisfied customers professionally and maintain positive relationships.',
  },
  {
    id: 'synopsis.concept.customer-needs',
    section: 'concept',
    title: 'Understanding Customer Needs and Expectations',
    text: 'Identifying different customer types, their diverse needs, and how to exceed their expectations through proactive service.',
  },
  {
    id: 'synopsis.concept.communication',
    section: 'concept',
    title: 'Effective Communication Skills',
    text: 'Mastering verbal, non-verbal, and written communication techniques for clarity, empathy, and professionalism in all customer interactions.',
  },
  {
    id: 'synopsis.concept.challenging-situations',
    section: 'concept',
    title: 'Handling Challenging Situations',
    text: 'Strategies for managing complaints, dealing with difficult customers, resolving conflicts, and turning negative experiences into positive outcomes.',
  },
  {
    id: 'synopsis.concept.loyalty',
    section: 'concept',
    title: 'Maintaining Customer Loyalty',
    text: 'The importance of building long-term relationships, encouraging repeat business, and understanding the impact of service quality on customer retention.',
  },
  {
    id: 'synopsis.concept.standards-and-law',
    section: 'concept',
    title: 'Organisational Standards and Legal Requirements',
    text: 'Adhering to company policies, service level agreements, and relevant legislation such as the Consumer Rights Act, ensuring ethical and compliant service delivery.',
  },
  {
    id: 'synopsis.exam-tip.answer-structure',
    section: 'exam-tip',
    title: null,
    text: 'For scenario-based tasks, always structure your response to first acknowledge the customer’s feelings, then outline the steps to resolve the issue, and finally confirm the resolution meets customer expectations.',
  },
  {
    id: 'synopsis.exam-tip.policy-and-legislation',
    section: 'exam-tip',
    title: null,
    text: 'In written assignments, ensure you reference the organisation’s complaint policy and relevant legislation (e.g., Consumer Rights Act) to demonstrate underpinning knowledge.',
  },
  {
    id: 'synopsis.exam-tip.reflective-practice',
    section: 'exam-tip',
    title: null,
    text: 'Use reflective practice examples to show how you applied learning from past complaints to improve future responses.',
  },
  {
    id: 'synopsis.misconception.isolated-incidents',
    section: 'misconception',
    title: null,
    text: 'Students often treat complaints as isolated incidents rather than part of a continuous improvement cycle.',
  },
  {
    id: 'synopsis.misconception.query-or-complaint',
    section: 'misconception',
    title: null,
    text: 'Misunderstanding the difference between a complaint and a simple query, leading to inappropriate escalation.',
  },
  {
    id: 'synopsis.misconception.documentation',
    section: 'misconception',
    title: null,
    text: 'Failing to document complaints accurately, which impacts monitoring and trend analysis.',
  },
  {
    id: 'synopsis.marking-point.1',
    section: 'marking-point',
    title: null,
    text: 'Award credit for demonstrating a clear understanding of the complaints monitoring process, including logging, categorization, and escalation procedures.',
  },
  {
    id: 'synopsis.marking-point.2',
    section: 'marking-point',
    title: null,
    text: 'Credit given for applying effective communication skills such as active listening, empathy, and clear explanation when dealing with a customer complaint.',
  },
  {
    id: 'synopsis.marking-point.3',
    section: 'marking-point',
    title: null,
    text: 'Evidence of evaluating complaint resolution outcomes to improve service delivery should be recognized.',
  },
];

/** The synopsis point with this id. */
export function synopsisPoint(id: SynopsisId): SynopsisPoint {
  const point = synopsis.find((p) => p.id === id);
  if (!point) throw new Error(`synopsis: no point "${id}"`);
  return point;
}
