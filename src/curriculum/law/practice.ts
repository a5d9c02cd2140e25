import type { LawRule } from '../types.ts';
import { ENGLAND_AND_WALES, LAST_CHECKED, UK } from './common.ts';

const checked = { inForce: true, teach: 'as-current', lastChecked: LAST_CHECKED } as const;
const everywhereStandard = { ...checked, nations: UK, kind: 'standard' } as const;

/** Apologies, liability, authority, and the good-practice standards (not law). */
export const practiceRules: readonly LawRule[] = [
  {
    ...checked,
    id: 'law.apology.not-admission',
    source: { instrument: 'Compensation Act 2006', section: 's.2' },
    nations: ENGLAND_AND_WALES,
    kind: 'law',
    statement:
      'In England and Wales, saying sorry, or offering treatment or some other way of putting things right, does not on its own admit negligence. An apology for the customer’s feelings or for a bad experience is safe, and customers expect one.',
    note: 'The section covers England and Wales. The reference gives no rule for Scotland or Northern Ireland: check before teaching it there.',
  },
  {
    // Kind "standard": this is employer and insurer policy, not a statute; the id keeps the
    // reference's "law." prefix because the reference files it under liability.
    ...everywhereStandard,
    id: 'law.apology.policy',
    source: { instrument: 'Organisational, insurance and legal policies' },
    statement:
      'Some insurers and legal policies still forbid admitting liability, so staff must not admit legal fault or promise compensation they are not authorised to give. A goodwill gesture is offered “without admission of liability”.',
    note: 'Workplace policy rather than statute.',
  },
  {
    // Kind "standard" for the same reason: the limits of authority come from the organisation.
    ...everywhereStandard,
    id: 'law.authority',
    source: { instrument: 'Organisational limits of authority' },
    statement:
      'Offer only what you can deliver and are allowed to offer: check first, then confirm it to the customer.',
    note: 'Workplace policy rather than statute; it is what MRC 2.7 and CS17 1.4 assess.',
  },
  {
    ...everywhereStandard,
    id: 'std.iso10002',
    source: { instrument: 'ISO 10002:2018' },
    statement:
      'ISO 10002 is international guidance on complaint handling, not law. Its principles ask for commitment and capability; openness (transparency, called visibility in older editions); easy access; quick response; objectivity; no charge to the person complaining; confidentiality; a customer-focused approach; accountability; competence; timeliness; and continual improvement.',
  },
  {
    ...everywhereStandard,
    id: 'std.mnemonics',
    source: { instrument: 'Common complaint-handling training patterns' },
    statement:
      'Trainers often use memory aids: HEARD (Hear, Empathise, Apologise, Resolve, Diagnose), LAST (Listen, Apologise, Solve, Thank) and LEARN (Listen, Empathise, Apologise, React, Notify). They are aids, not rules.',
  },
  {
    ...everywhereStandard,
    id: 'std.ukcsi',
    source: { instrument: 'UK Customer Satisfaction Index (Institute of Customer Service)' },
    statement:
      'In January 2026 the UK Customer Satisfaction Index stood at 78.2 out of 100, and complaint handling was its weakest measure at 63.1.',
    caution: 'A July 2026 edition may have newer figures: recheck before quoting these.',
  },
];
