import type { LawRule } from '../types.ts';
import { DATA_PROTECTION_ACT_1998, GREAT_BRITAIN, LAST_CHECKED, UK } from './common.ts';

const dataBase = {
  source: { instrument: 'UK GDPR and Data Protection Act 2018' },
  nations: UK,
  kind: 'law',
  inForce: true,
  teach: 'as-current',
  lastChecked: LAST_CHECKED,
} as const;
const data = { ...dataBase, oldActNamed: DATA_PROTECTION_ACT_1998 } as const;

const equality = {
  source: { instrument: 'Equality Act 2010' },
  // Northern Ireland has its own equality legislation, which the reference does not cover.
  nations: GREAT_BRITAIN,
  kind: 'law',
  inForce: true,
  teach: 'as-current',
  lastChecked: LAST_CHECKED,
  note: 'England, Wales and Scotland. Northern Ireland has separate equality law: do not cite this rule for a Northern Ireland scenario.',
} as const;

/** Personal data and equality. */
export const dataAndEqualityRules: readonly LawRule[] = [
  {
    ...data,
    id: 'law.data.replaces-1998',
    statement:
      'The Data Protection Act 1998 no longer applies: personal data is now protected by the UK GDPR working together with the Data Protection Act 2018.',
  },
  {
    ...data,
    id: 'law.data.third-party',
    statement:
      'Do not pass a customer’s personal details to anyone else (a partner, the parent of an adult, someone who says they are from the bank) unless the customer has authorised it and you have made the proper checks. Confirm who you are speaking to before you discuss an account.',
  },
  {
    ...data,
    id: 'law.data.sar',
    statement:
      'Anyone can ask for a copy of the personal data an organisation holds about them. The answer is due within a month, or up to two months more when requests are complex or numerous, and normally costs nothing. The request can be spoken, made to any member of staff, and needs no form or special wording.',
  },
  {
    // A new duty, not one carried over from the 1998 Act.
    ...dataBase,
    id: 'law.data.complaints-first',
    source: {
      instrument: 'Data Protection Act 2018, as amended by the Data (Use and Access) Act 2025',
      section: 's.164A',
    },
    inForceFrom: '2026-06-19',
    statement:
      'Someone unhappy with how their data was handled should usually raise it with the organisation before the Information Commissioner. The organisation must offer a way to do so, such as an online form, acknowledge the complaint within 30 days and answer it without undue delay.',
  },
  {
    ...data,
    id: 'law.data.minimise',
    statement:
      'Write down only what the complaint needs, keep it secure (not open on a screen or lying on a desk), and delete it once it is no longer needed.',
  },
  {
    ...equality,
    id: 'law.equality.adjustments',
    statement:
      'Service providers must make reasonable adjustments so disabled customers are not put at a disadvantage, and must plan them in advance rather than wait to be asked: for example another way to get in touch, extra time, large print, a quiet room, an interpreter, BSL video relay, or a companion who speaks for the customer with their consent.',
  },
  {
    ...equality,
    id: 'law.equality.protected',
    statement:
      'The protected characteristics are age, disability, gender reassignment, marriage and civil partnership, pregnancy and maternity, race, religion or belief, sex and sexual orientation. In services, age is protected only for people aged 18 and over, marriage and civil partnership are not protected, and the harassment protection does not extend to religion or belief or to sexual orientation.',
  },
];
