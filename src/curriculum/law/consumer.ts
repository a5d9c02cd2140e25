import type { LawRule } from '../types.ts';
import { LAST_CHECKED, SALE_OF_GOODS_ACT, TRADE_DESCRIPTIONS_ACT, UK } from './common.ts';

const current = {
  nations: UK,
  kind: 'law',
  inForce: true,
  teach: 'as-current',
  lastChecked: LAST_CHECKED,
} as const;
const craOther = {
  ...current,
  source: { instrument: 'Consumer Rights Act 2015' },
  inForceFrom: '2015-10-01',
} as const;
// The goods rules take over, for consumers, what the units still call the Sale of Goods Act.
const goods = { ...craOther, oldActNamed: SALE_OF_GOODS_ACT } as const;

/** Goods, digital content, services, distance sales and unfair practices. */
export const consumerRules: readonly LawRule[] = [
  {
    ...goods,
    id: 'law.cra.replaces-soga',
    statement:
      'When a business sells to a consumer, the Consumer Rights Act 2015 sets the rules, not the Sale of Goods Act 1979; the old Act now only governs sales between businesses.',
  },
  {
    ...goods,
    id: 'law.cra.goods-standard',
    statement:
      'What a trader sells must be of satisfactory quality, do the job it is for (including any particular job the customer mentioned), match its description, and match any sample or model the customer was shown.',
  },
  {
    ...goods,
    id: 'law.cra.short-term-reject',
    statement:
      'For 30 days after the customer has both owned and received faulty goods (or after they were installed, when the trader installs them), the customer can hand them back for their money back in full. Food and other perishables: only for as long as they could be expected to keep.',
  },
  {
    ...goods,
    id: 'law.cra.refund-timing',
    statement:
      'Once the trader accepts a refund is owed, it must pay promptly and in any case within 14 days, back the way the customer paid unless they agree otherwise, and with nothing deducted as a fee.',
  },
  {
    ...goods,
    id: 'law.cra.repair-replace',
    statement:
      'After the first 30 days, or instead of handing goods back, the customer can ask for a repair or a replacement. It must be free, done in a reasonable time and without putting the customer to significant inconvenience.',
  },
  {
    ...goods,
    id: 'law.cra.tier-two',
    statement:
      'If one repair or one replacement does not fix the fault, cannot be done or takes too long, the customer may choose money off or hand the goods back for good. Within six months of delivery that final refund is in full (cars and other motor vehicles are treated differently); later, the trader may deduct something for the use the customer has had.',
  },
  {
    ...goods,
    id: 'law.cra.six-month-presumption',
    statement:
      'A fault that appears within six months of delivery is taken to have been there from the start unless the trader proves it was not. That helps the customer claim a repair, replacement, money off or final refund, but not the 30-day right to reject. From six months on, the customer has to show the fault was there at delivery.',
  },
  {
    ...goods,
    id: 'law.cra.time-limit',
    statement:
      'A customer can pursue a claim about faulty goods for up to six years (five in Scotland), however long the manufacturer’s warranty ran.',
    note: 'Applies in all four nations, but the period is five years in Scotland and six elsewhere.',
  },
  {
    ...craOther,
    id: 'law.cra.digital',
    statement:
      'Faulty digital content, such as an app or a download, must be repaired or replaced, and failing that the price reduced; there is no 30-day right to reject it. If it damages the customer’s device, the trader must put the damage right or pay for it.',
  },
  {
    ...craOther,
    id: 'law.cra.services',
    statement:
      'A service must be done with reasonable care and skill, for a reasonable price and in a reasonable time if no time was agreed, and what the trader said about it is part of the deal. If it falls short, the trader first does it again properly; if that fails or cannot be done, the price comes down.',
  },
  {
    ...goods,
    id: 'law.cra.trader-liability',
    statement:
      'The customer’s rights are against the business that sold to them, not the maker. A manufacturer’s guarantee is extra to those rights and never takes their place.',
  },
  {
    ...goods,
    id: 'law.cra.cannot-exclude',
    statement:
      'A sign, receipt or term saying “no refunds” or similar cannot remove or reduce a consumer’s legal rights.',
  },
  {
    ...goods,
    id: 'law.cra.damages',
    source: { instrument: 'Consumer Rights Act 2015', section: 's.19(9)-(11)' },
    statement:
      'A refund, repair or replacement is not the end of what the trader may owe. If the faulty goods caused the customer further loss, such as spoiling a worktop or other belongings, the customer can claim damages for it, and that claim too is against the business that sold the goods.',
  },
  {
    ...goods,
    id: 'law.cra.known-defects',
    source: { instrument: 'Consumer Rights Act 2015', section: 's.9(4)' },
    statement:
      'Goods do not fail the quality standard because of a fault the customer was told about before buying, or one that the customer’s own inspection before buying should have shown. Any other fault still counts, sale goods included.',
  },
  {
    ...current,
    id: 'law.cpa.product-liability',
    source: { instrument: 'Consumer Protection Act 1987', section: 'Part 1' },
    statement:
      'Whoever made the product, imported it into the UK or sold it under their own brand is liable, without the customer having to prove carelessness, when a defect in it kills or injures someone, or destroys or damages private belongings worth over £275 (not counting the product itself). Claims run for three years from the damage or from finding out about it, and end ten years after the product was supplied. This is in addition to the customer’s claim against the shop. Anything that smells of burning or gets too hot is a safety issue: stop it being used and report it through the product-safety procedure.',
    note: 'The reference does not say whether the £275 threshold or the time limits differ between nations; Part 1 of the Act covers Great Britain, with equivalent Northern Ireland legislation.',
  },
  {
    ...current,
    id: 'law.ccr.cancel',
    source: { instrument: 'Consumer Contracts Regulations 2013' },
    statement:
      'A customer who buys goods at a distance (online or over the phone) or somewhere other than the trader’s premises may change their mind and cancel, without giving a reason, up to 14 days after the goods arrive. The trader must repay within 14 days of receiving the goods back, or proof they were sent back. Where the trader failed to mention this right, the cancellation window grows by up to a year. Personalised items, perishables and hygiene items whose seal is broken are among the exceptions.',
  },
  {
    ...current,
    id: 'law.dmcca.unfair-practices',
    source: {
      instrument: 'Digital Markets, Competition and Consumers Act 2024',
      section: 'Part 4',
    },
    oldActNamed: TRADE_DESCRIPTIONS_ACT,
    inForceFrom: '2025-04-06',
    statement:
      'A business must not mislead customers by what it says or leaves out, pressure them aggressively, use fake reviews, or reveal compulsory charges only late in the sale (drip pricing). These bans moved from the 2008 Unfair Trading Regulations, which had already replaced most of the Trade Descriptions Act 1968, into the 2024 Act on 6 April 2025.',
  },
  {
    ...current,
    id: 'law.dmcca.enforcement',
    source: {
      instrument:
        'Digital Markets, Competition and Consumers Act 2024 (fines); Consumer Protection from Unfair Trading Regulations 2008 (private rights)',
      section: 'Part 4A of the 2008 Regulations',
    },
    statement:
      'The Competition and Markets Authority may now impose fines itself, of up to £300,000 or 10% of worldwide turnover, whichever is greater. A customer who was misled or pressured can undo the contract, get a discount or claim damages; those personal rights still come from the 2008 Regulations, because the 2024 Act’s own versions have not been switched on.',
    caution:
      'Recheck whether the 2024 Act’s private redress sections have been brought into force before citing Part 4A.',
  },
  {
    ...current,
    id: 'law.dmcca.subscriptions',
    source: { instrument: 'Digital Markets, Competition and Consumers Act 2024' },
    inForce: false,
    teach: 'not-as-current',
    statement:
      'New rules for subscription contracts, such as reminders before a renewal and an easy way to cancel, are planned for spring 2027. They are not law yet.',
    caution: 'Not in force: teach it as coming, never as current.',
  },
];
