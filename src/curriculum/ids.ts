/**
 * Every id the scenario language may cite, as literal tuples so the schema (and so the JSON Schema
 * authors' editors read) can list them. The catalogue modules beside this file give each id its text,
 * sources and guidance; a test keeps the two in step.
 */

// Grouped by unit and outcome, so the counts can be read at a glance.
// prettier-ignore
export const CRITERION_IDS = [
  'MRC 1.1', 'MRC 1.2', 'MRC 1.3', 'MRC 1.4', 'MRC 1.5', 'MRC 1.6', 'MRC 1.7', 'MRC 1.8',
  'MRC 2.1', 'MRC 2.2', 'MRC 2.3', 'MRC 2.4', 'MRC 2.5', 'MRC 2.6', 'MRC 2.7', 'MRC 2.8', 'MRC 2.9',
  '312.1.1', '312.1.2', '312.1.3',
  '312.2.1', '312.2.2', '312.2.3', '312.2.4', '312.2.5', '312.2.6', '312.2.7', '312.2.8',
  '312.3.1', '312.3.2', '312.3.3', '312.3.4', '312.3.5', '312.3.6', '312.3.7', '312.3.8',
  '312.3.9', '312.3.10', '312.3.11', '312.3.12',
  'CS17 1.1', 'CS17 1.2', 'CS17 1.3', 'CS17 1.4', 'CS17 1.5', 'CS17 1.6',
  'CS17 2.1', 'CS17 2.2', 'CS17 2.3', 'CS17 2.4', 'CS17 2.5', 'CS17 2.6', 'CS17 2.7',
  'CS17 3.1', 'CS17 3.2',
] as const;
export type CriterionId = (typeof CRITERION_IDS)[number];

// prettier-ignore
export const RANGE_IDS = [
  '312 range 1a', '312 range 1b',
  '312 range 2a', '312 range 2b', '312 range 2c', '312 range 2d',
  '312 range 3a', '312 range 3b', '312 range 3c',
  '312 range 4a', '312 range 4b', '312 range 4c',
] as const;
export type RangeId = (typeof RANGE_IDS)[number];

export const TECHNIQUE_IDS = [
  'know-the-goal',
  'prepare',
  'be-confident',
  'share-information',
  'listen',
  'compromise',
  'close-with-confirmation',
  'be-assertive-not-aggressive',
  'remain-calm',
  'show-understanding',
  'involve-others',
  'remain-in-control',
  'let-angry-customer-speak',
  'ask-questions-when-confused',
  'adapt-communication',
  'move-angry-customer-safely',
  'acknowledge-feelings',
  'outline-steps',
] as const;
export type TechniqueId = (typeof TECHNIQUE_IDS)[number];

export const LAW_RULE_IDS = [
  'law.cra.replaces-soga',
  'law.cra.goods-standard',
  'law.cra.short-term-reject',
  'law.cra.refund-timing',
  'law.cra.repair-replace',
  'law.cra.tier-two',
  'law.cra.six-month-presumption',
  'law.cra.time-limit',
  'law.cra.digital',
  'law.cra.services',
  'law.cra.trader-liability',
  'law.cra.cannot-exclude',
  'law.cra.damages',
  'law.cra.known-defects',
  'law.cpa.product-liability',
  'law.ccr.cancel',
  'law.dmcca.unfair-practices',
  'law.dmcca.enforcement',
  'law.dmcca.subscriptions',
  'law.data.replaces-1998',
  'law.data.third-party',
  'law.data.sar',
  'law.data.complaints-first',
  'law.data.minimise',
  'law.equality.adjustments',
  'law.equality.protected',
  'law.fca.definition',
  'law.fca.src',
  'law.fca.final-response',
  'law.fos.free',
  'law.ofcom.adr',
  'law.energy.ombudsman',
  'law.energy.backbilling',
  'std.energy.accurate-bills',
  'law.water.stages',
  'law.adr.notice',
  'law.nhs.complaints',
  'law.public.ombudsmen',
  'law.apology.not-admission',
  'law.apology.policy',
  'law.authority',
  'std.iso10002',
  'std.mnemonics',
  'std.ukcsi',
] as const;
export type LawRuleId = (typeof LAW_RULE_IDS)[number];

/**
 * The reference's numbered misconceptions (1–17, then 18, which is also the revision synopsis'
 * query-or-complaint mistake) and the synopsis' other two.
 */
export const MISCONCEPTION_IDS = [
  'no-receipt-no-refund',
  'sale-items-no-returns',
  'go-to-the-manufacturer',
  'warranty-expired-no-rights',
  'refund-within-30-days-whatever',
  'sorry-admits-liability',
  'complaint-needs-the-word',
  'calm-down-calms',
  'unjustified-can-be-ignored',
  'tell-the-spouse',
  'charge-for-sar',
  'only-managers-handle-complaints',
  'credit-note-equals-refund',
  'escalating-is-failing',
  'adjustments-optional',
  'resolved-means-done',
  'backbill-must-all-be-paid',
  'query-mistaken-for-complaint',
  'complaints-are-isolated',
  'records-can-wait',
] as const;
export type MisconceptionId = (typeof MISCONCEPTION_IDS)[number];

export const NATIONS = ['england', 'wales', 'scotland', 'northern-ireland'] as const;
export type Nation = (typeof NATIONS)[number];

/** The techniques of MRC 1.4's conflict-management list, which the `argue` policy is judged on. */
export const CONFLICT_MANAGEMENT_TECHNIQUES = [
  'listen',
  'be-assertive-not-aggressive',
  'remain-calm',
  'show-understanding',
  'compromise',
  'involve-others',
] as const satisfies readonly TechniqueId[];
