import type { LawRuleId } from './ids.ts';
import type { Guidance } from './types.ts';

/**
 * The organisational, legal and ethical requirements both MRC 2.9 and CS17 LO2 print. The legal
 * lists name Acts that are partly or wholly replaced for consumers; each item carries the current
 * rules from the law catalogue, so a debrief can say "the unit says X; today that is Y".
 */

const SALE_OF_GOODS_RULES: readonly LawRuleId[] = [
  'law.cra.replaces-soga',
  'law.cra.goods-standard',
  'law.cra.short-term-reject',
  'law.cra.refund-timing',
  'law.cra.repair-replace',
  'law.cra.tier-two',
  'law.cra.six-month-presumption',
  'law.cra.time-limit',
  'law.cra.trader-liability',
  'law.cra.cannot-exclude',
];
const TRADE_DESCRIPTIONS_RULES: readonly LawRuleId[] = [
  'law.dmcca.unfair-practices',
  'law.dmcca.enforcement',
];
const DATA_PROTECTION_RULES: readonly LawRuleId[] = [
  'law.data.replaces-1998',
  'law.data.third-party',
  'law.data.sar',
  'law.data.complaints-first',
  'law.data.minimise',
];
const EQUALITY_RULES: readonly LawRuleId[] = ['law.equality.adjustments', 'law.equality.protected'];

const organisationalPolicies: Guidance = {
  kind: 'list',
  heading: 'Organisational policies and procedures which relate to',
  items: [
    'Roles and responsibilities showing limits of authority',
    'Service offer',
    'Handling of customer issues.',
  ],
};

const ethicalRequirements: Guidance = {
  kind: 'list',
  heading: 'Ethical requirements',
  items: ['Organisational principles', 'Values', 'Fairness.'],
};

type LegalItem = Extract<Guidance, { kind: 'legal-list' }>['items'][number];

/** Both units print the same first two Acts; they differ in the rest and in a closing full stop. */
const legalRequirements = (...rest: LegalItem[]): Guidance => ({
  kind: 'legal-list',
  heading: 'Legal requirements',
  items: [
    {
      text: 'Sale of Goods Act (Sale and Supply of Goods to Consumers Regulations)',
      currentRules: SALE_OF_GOODS_RULES,
    },
    { text: 'Trade Descriptions Act', currentRules: TRADE_DESCRIPTIONS_RULES },
    ...rest,
  ],
});

/** MRC 2.9's lists (the seed ends the Data Protection Act item with a full stop). */
export const mrcAdherenceRequirements: readonly Guidance[] = [
  organisationalPolicies,
  legalRequirements({ text: 'Data Protection Act.', currentRules: DATA_PROTECTION_RULES }),
  ethicalRequirements,
];

/** CS17 LO2's lists: as MRC 2.9's, plus the Equality Act. */
export const cs17ResolutionRequirements: readonly Guidance[] = [
  organisationalPolicies,
  legalRequirements(
    { text: 'Data Protection Act', currentRules: DATA_PROTECTION_RULES },
    { text: 'Equality Act.', currentRules: EQUALITY_RULES },
  ),
  ethicalRequirements,
];
