import type { LawRule } from '../types.ts';
import { ENGLAND, ENGLAND_AND_WALES, GREAT_BRITAIN, LAST_CHECKED, UK } from './common.ts';

const current = {
  kind: 'law',
  inForce: true,
  teach: 'as-current',
  lastChecked: LAST_CHECKED,
} as const;
const fca = { ...current, nations: UK } as const;

/** Regulated sectors: what counts as a complaint, deadlines, and where the customer goes next. */
export const sectorRules: readonly LawRule[] = [
  {
    ...fca,
    id: 'law.fca.definition',
    source: {
      instrument: 'FCA Handbook',
      section: 'Glossary definition of "complaint", used by DISP',
    },
    statement:
      'In financial services, a complaint is any expression of dissatisfaction, spoken or written and whether justified or not, about a firm’s service or its failure to provide one, where the customer says they have lost or may lose money, or have been caused material distress or material inconvenience. They do not have to use the word “complaint”.',
  },
  {
    ...fca,
    id: 'law.fca.src',
    source: { instrument: 'FCA Handbook', section: 'DISP' },
    statement:
      'A financial complaint that is settled by close of business on the third business day after it arrived may be closed by sending a summary resolution communication, which must still point the customer to the Financial Ombudsman Service.',
  },
  {
    ...fca,
    id: 'law.fca.final-response',
    source: { instrument: 'FCA Handbook', section: 'DISP' },
    statement:
      'Any other financial complaint needs a final response within eight weeks (for payment services, 15 business days, or up to 35 in exceptional circumstances if a holding letter is sent), or by that point a letter explaining the delay. Either must tell the customer they can go to the Financial Ombudsman Service and that they have six months from the final response to do so.',
  },
  {
    ...fca,
    id: 'law.fos.free',
    source: {
      instrument: 'FCA Handbook (award limit)',
      section: 'DISP 3.7.4R',
    },
    statement:
      'The Financial Ombudsman Service costs the consumer nothing; firms pay a fee per case once they are past their first few cases in a year. If the consumer accepts the ombudsman’s decision, the firm must comply with it, up to the ombudsman’s award limit.',
    caution:
      'The award limit rises every 1 April and the case fee changes: say “up to the ombudsman’s award limit”, never a figure, and check DISP 3.7.4R before quoting one.',
  },
  {
    ...current,
    id: 'law.ofcom.adr',
    source: { instrument: 'Ofcom rules for communications providers' },
    nations: UK,
    inForceFrom: '2026-04-08',
    statement:
      'A phone or broadband customer whose complaint is still open after six weeks (eight before 8 April 2026), or who gets a deadlock letter sooner, can take it to the provider’s ADR scheme. Providers must tell customers about the scheme.',
    note: 'Ofcom regulates communications providers across the United Kingdom.',
  },
  {
    ...current,
    id: 'law.energy.ombudsman',
    source: { instrument: 'Energy Ombudsman scheme' },
    nations: GREAT_BRITAIN,
    statement:
      'An energy customer whose complaint is not settled after eight weeks, or who receives a deadlock letter, can take it to the Energy Ombudsman.',
    caution:
      'A shorter waiting period has been announced but not confirmed in force: recheck before relying on eight weeks.',
    note: 'Great Britain. Northern Ireland’s energy complaints follow other arrangements, which the reference does not cover.',
  },
  {
    ...current,
    id: 'law.energy.backbilling',
    source: {
      instrument: 'Ofgem gas and electricity supply licences',
      section: 'Standard Licence Condition 21BA (SLC 7A for microbusinesses)',
    },
    nations: GREAT_BRITAIN,
    inForceFrom: '2018-05-01',
    statement:
      'When a supplier has under-billed a home or microbusiness customer, it can only charge for energy used in the twelve months before it first sends a correct bill or otherwise starts to recover the money. The limit does not protect a customer who acted obstructively or manifestly unreasonably, such as refusing access to the meter without good reason or stealing energy; missed appointments or unanswered requests for readings rarely go that far. Before telling anyone a catch-up bill is right, check how far back it goes.',
    note: 'Great Britain (Ofgem licences); Northern Ireland has its own regulator.',
  },
  {
    ...current,
    kind: 'standard',
    id: 'std.energy.accurate-bills',
    source: { instrument: 'Energy UK Code of Practice for Accurate Bills' },
    nations: GREAT_BRITAIN,
    statement:
      'Suppliers that sign up to Energy UK’s voluntary Code of Practice for Accurate Bills promise accurate, clear bills and not to back-bill further than twelve months. It is a code of practice that members choose to follow, not law, which makes it a good example of the difference.',
    note: 'Voluntary: it binds only the suppliers that have signed it.',
  },
  {
    ...current,
    id: 'law.water.stages',
    source: { instrument: 'Water complaint handling (Consumer Council for Water, WATRS)' },
    nations: ENGLAND_AND_WALES,
    statement:
      'A water company must answer each stage of a complaint within 10 working days. If the customer is still unhappy, the Consumer Council for Water is next, and after that WATRS.',
    note: 'England and Wales only; Scotland and Northern Ireland have their own water complaint routes.',
  },
  {
    ...current,
    id: 'law.adr.notice',
    source: {
      instrument: 'Digital Markets, Competition and Consumers Act 2024',
      section: 'ADR chapter (replaced the ADR Regulations 2015)',
    },
    nations: UK,
    inForceFrom: '2026-04-06',
    statement:
      'A trader must tell the consumer about any alternative dispute resolution actually open to them: a scheme the trader must use by law (such as the ombudsmen), under trade-association rules or by contract, or one it has chosen. A trader that uses no ADR at all need not name an ADR body. If ADR is voluntary, the customer cannot force the trader to take part, but the small claims court is still open to them.',
    note: 'The reference says "the small claims court"; the court route and its name differ between nations, so name the one for the scenario’s nation.',
  },
  {
    ...current,
    id: 'law.nhs.complaints',
    source: { instrument: 'NHS complaints procedure (England)' },
    nations: ENGLAND,
    statement:
      'A complaint about NHS care in England should be made within 12 months of what happened or of finding out about it, and acknowledged within three working days. If it is not resolved, the Parliamentary and Health Service Ombudsman comes next.',
    note: 'England only: NHS Wales, NHS Scotland and Health and Social Care in Northern Ireland run their own complaint systems.',
  },
  {
    ...current,
    id: 'law.public.ombudsmen',
    source: {
      instrument:
        'Local Government and Social Care Ombudsman; Housing Ombudsman complaint handling code',
    },
    nations: ENGLAND,
    statement:
      'An unresolved complaint about a council goes to the Local Government and Social Care Ombudsman; one about social housing goes to the Housing Ombudsman, whose code expects acknowledgement within 5 working days, a stage 1 answer within 10 and a stage 2 answer within 20.',
    note: 'Both ombudsmen cover England; Wales, Scotland and Northern Ireland have their own public services ombudsmen.',
  },
];
