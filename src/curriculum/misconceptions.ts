import { recordById } from './by-id.ts';
import { MISCONCEPTION_IDS, type MisconceptionId } from './ids.ts';
import type { Misconception } from './types.ts';

const reference = (number: number) => ({ kind: 'reference', number }) as const;

/**
 * What learners and colleagues get wrong, as they would say it, with the correction the feedback
 * teaches. 1–18 are the reference's numbered list (sayings as it quotes them; 18 is also one of the
 * revision synopsis' common mistakes); the last two are the synopsis' others, put into a learner's mouth.
 */
export const misconceptions: Readonly<Record<MisconceptionId, Misconception>> = recordById({
  what: 'misconceptions',
  ids: MISCONCEPTION_IDS,
  entries: [
    {
      id: 'no-receipt-no-refund',
      saying: 'No receipt, no refund',
      correction:
        'A receipt is not the only proof of purchase: a bank or card statement shows it just as well.',
      lawRules: ['law.cra.short-term-reject', 'law.cra.cannot-exclude'],
      source: reference(1),
    },
    {
      id: 'sale-items-no-returns',
      saying: 'Sale items can’t be returned',
      correction:
        'Goods bought in a sale carry the same legal rights, unless the fault was pointed out before the customer bought them.',
      lawRules: ['law.cra.goods-standard', 'law.cra.cannot-exclude'],
      source: reference(2),
    },
    {
      id: 'go-to-the-manufacturer',
      saying: 'Go to the manufacturer',
      correction:
        'The business that sold the goods is responsible to the customer; a manufacturer’s guarantee is only an extra.',
      lawRules: ['law.cra.trader-liability'],
      source: reference(3),
    },
    {
      id: 'warranty-expired-no-rights',
      saying: 'The warranty has run out so you have no rights',
      correction:
        'The legal rights against the seller last up to six years (five in Scotland), whatever the warranty says.',
      lawRules: ['law.cra.time-limit', 'law.cra.trader-liability'],
      source: reference(4),
    },
    {
      id: 'refund-within-30-days-whatever',
      saying: 'Refund within 30 days, whatever',
      correction:
        'The 30-day right to a refund is for faulty goods. A change of mind is goodwill, unless the customer bought online, by phone or away from the premises and is within the 14 days to cancel.',
      lawRules: ['law.cra.short-term-reject', 'law.ccr.cancel'],
      source: reference(5),
    },
    {
      id: 'sorry-admits-liability',
      saying: 'Saying sorry admits liability',
      correction:
        'An apology is not an admission of fault, and saying sorry for how the customer feels is expected. What you must not do is admit legal fault or promise compensation beyond your authority.',
      lawRules: ['law.apology.not-admission', 'law.apology.policy'],
      source: reference(6),
    },
    {
      id: 'complaint-needs-the-word',
      saying: 'It’s only a complaint if they say complaint',
      correction:
        'Any expression of dissatisfaction can be a complaint, whatever words the customer uses.',
      lawRules: ['law.fca.definition'],
      source: reference(7),
    },
    {
      id: 'calm-down-calms',
      saying: '“Calm down” calms people down',
      correction:
        'Telling someone to calm down brushes aside how they feel and usually makes them angrier. Stay calm yourself, listen and acknowledge the feeling.',
      lawRules: [],
      source: reference(8),
    },
    {
      id: 'unjustified-can-be-ignored',
      saying: 'Unjustified complaints can be ignored',
      correction:
        'A complaint that turns out to be unjustified still needs a polite, clear explanation and a record.',
      lawRules: ['law.fca.definition', 'std.iso10002'],
      source: reference(9),
    },
    {
      id: 'tell-the-spouse',
      saying: 'Tell the caller, she’s his wife',
      correction:
        'Being married to the customer gives no right to their information. Without the customer’s authority and proper checks, say nothing about the account.',
      lawRules: ['law.data.third-party'],
      source: reference(10),
    },
    {
      id: 'charge-for-sar',
      saying: 'We can charge for a subject access request',
      correction:
        'A request for a copy of your own personal data is normally free, and the answer is due within a month.',
      lawRules: ['law.data.sar'],
      source: reference(11),
    },
    {
      id: 'only-managers-handle-complaints',
      saying: 'Only the manager can handle complaints',
      correction:
        'The first person the customer speaks to should own the complaint: resolve what is within their authority and escalate the rest.',
      lawRules: ['law.authority'],
      source: reference(12),
    },
    {
      id: 'credit-note-equals-refund',
      saying: 'A credit note is the same as a refund',
      correction:
        'Where the law gives the customer a refund, they can insist on money back the way they paid, not a credit note.',
      lawRules: ['law.cra.refund-timing', 'law.cra.short-term-reject'],
      source: reference(13),
    },
    {
      id: 'escalating-is-failing',
      saying: 'Escalating is failing',
      correction:
        'Passing a complaint to the right person at the right time is a skill and part of owning it.',
      lawRules: ['law.authority'],
      source: reference(14),
    },
    {
      id: 'adjustments-optional',
      saying: 'Reasonable adjustments are optional extras',
      correction:
        'Reasonable adjustments for disabled customers are a legal duty, and they have to be planned before anyone asks.',
      lawRules: ['law.equality.adjustments'],
      source: reference(15),
    },
    {
      id: 'resolved-means-done',
      saying: 'Once resolved, done',
      correction:
        'Follow up with the customer, record the outcome, and feed what you learned back so it does not happen again.',
      lawRules: ['std.iso10002'],
      source: reference(16),
    },
    {
      id: 'backbill-must-all-be-paid',
      saying: 'The catch-up bill is correct, so the customer must pay all of it',
      correction:
        'Energy suppliers can usually only charge for the last twelve months of under-billed use, unless the customer obstructed billing. Check how far back a catch-up bill reaches before calling it right.',
      lawRules: ['law.energy.backbilling', 'std.energy.accurate-bills'],
      source: reference(17),
    },
    {
      id: 'query-mistaken-for-complaint',
      saying: 'Treat every query as a complaint and escalate it',
      correction:
        'A simple request for information or service, dealt with there and then, is not a complaint. It becomes one when the customer is dissatisfied; escalating every query wastes everyone’s time. (The opposite mistake to thinking it is only a complaint if they say the word.)',
      lawRules: ['law.fca.definition'],
      source: {
        kind: 'reference',
        number: 18,
        synopsisId: 'synopsis.misconception.query-or-complaint',
      },
    },
    {
      id: 'complaints-are-isolated',
      saying: 'Each complaint is a one-off: sort it out and move on.',
      correction:
        'Complaints are information. Logged and reviewed together they show patterns that should change the service offer or how it is delivered.',
      lawRules: ['std.iso10002'],
      source: { kind: 'synopsis', synopsisId: 'synopsis.misconception.isolated-incidents' },
    },
    {
      id: 'records-can-wait',
      saying: 'I’ll write it up later, when it’s quieter.',
      correction:
        'Record the complaint accurately at the time: poor records spoil monitoring and trend analysis and cause misunderstandings later.',
      lawRules: ['law.data.minimise'],
      source: { kind: 'synopsis', synopsisId: 'synopsis.misconception.documentation' },
    },
  ],
});
