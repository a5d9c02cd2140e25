import { NATIONS, type Nation } from '../ids.ts';

/** The date every rule was last checked against /work/shared/reference/uk-complaints-law.md. */
export const LAST_CHECKED = '2026-11-23';

export const UK: readonly Nation[] = NATIONS;
export const GREAT_BRITAIN: readonly Nation[] = ['england', 'wales', 'scotland'];
export const ENGLAND_AND_WALES: readonly Nation[] = ['england', 'wales'];
export const ENGLAND: readonly Nation[] = ['england'];

export const SALE_OF_GOODS_ACT = 'Sale of Goods Act 1979';
export const TRADE_DESCRIPTIONS_ACT = 'Trade Descriptions Act 1968';
export const DATA_PROTECTION_ACT_1998 = 'Data Protection Act 1998';
