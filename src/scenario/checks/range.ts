import type { CriterionId, LawRuleId, RangeId } from '../../curriculum/ids.ts';
import { rangeItems } from '../../curriculum/range.ts';
import { JUSTIFIED, TRAIT_IDS, TRAIT_INFO } from '../vocabulary.ts';
import type { Finding } from './context.ts';
import type { CheckContext } from './context.ts';

/** Unit 312 range 4a: criteria about following the organisation's procedures. */
const PROCEDURE_CRITERIA: readonly CriterionId[] = ['MRC 1.5', 'MRC 2.9', '312.3.3', 'CS17 1.1'];

/** Range 4b: sector and industry codes, regulators' rules and standards (not general law). */
const SECTOR_PREFIXES = [
  'law.fca.',
  'law.fos.',
  'law.ofcom.',
  'law.energy.',
  'law.water.',
  'law.nhs.',
  'law.public.',
  'std.',
];
const isSectorRule = (id: LawRuleId): boolean =>
  SECTOR_PREFIXES.some((prefix) => id.startsWith(prefix));

/** The traits that evidence a range item, as an author would write them: "angry or confused". */
const traitsFor = (range: RangeId): string => {
  const traits = TRAIT_IDS.filter((trait) => TRAIT_INFO[trait].range === range);
  return traits.length <= 1
    ? traits.join('')
    : `${traits.slice(0, -1).join(', ')} or ${traits.at(-1) ?? ''}`;
};

type Verdict = Pick<Finding, 'severity' | 'message' | 'fix'> | undefined;

/**
 * A range claim says what the scenario lets a learner show; each must be borne out by the
 * scenario's setting or by at least one choice. Returns what is wrong with the claim, if anything.
 */
function judgeClaim(id: RangeId, context: CheckContext): Verdict {
  const { scenario, graph } = context;
  const { setting, customer, complaint } = scenario;
  const hasTraitFor = (range: RangeId): boolean =>
    customer.traits.some((trait) => TRAIT_INFO[trait].range === range);
  const choices = graph.decisions.filter((decision) => decision.kind === 'choice');
  const cites = (test: (law: LawRuleId) => boolean): boolean =>
    choices.some((choice) => (choice.outcome.law ?? []).some(test));
  const needsSetting = (key: string, wanted: string, actual: string, what: string): Verdict =>
    wanted === actual
      ? undefined
      : {
          severity: 'error',
          message: `'${id}' (${what}) is claimed, but ${key} is '${actual}'`,
          fix: `set ${key}: ${wanted}, or remove the claim from \`range\``,
        };
  const { justified } = complaint;
  switch (id) {
    case '312 range 1a':
    case '312 range 1b': {
      if ((JUSTIFIED[justified].range as readonly RangeId[]).includes(id)) return undefined;
      const wanted = id === '312 range 1a' ? 'yes (or partly)' : 'no (or partly)';
      return {
        severity: 'error',
        message: `'${id}' (${id === '312 range 1a' ? 'a justified' : 'an unjustified'} complaint) is claimed, but complaint.justified is '${justified}'`,
        fix: `set complaint.justified: ${wanted}, or remove the claim from \`range\``,
      };
    }
    case '312 range 2a':
      return needsSetting('setting.pressure', 'routine', setting.pressure, 'routine delivery');
    case '312 range 2b':
      return needsSetting('setting.pressure', 'busy', setting.pressure, 'a busy time');
    case '312 range 2c':
      return needsSetting('setting.pressure', 'quiet', setting.pressure, 'a quiet time');
    case '312 range 2d':
      return setting.letdown !== 'none'
        ? undefined
        : {
            severity: 'error',
            message: `'${id}' (let down by people, systems or resources) is claimed, but setting.letdown is 'none'`,
            fix: 'set setting.letdown to people, systems or resources, or remove the claim',
          };
    case '312 range 3a': {
      // Every customer lists needs; the claim is borne out by a trait built on them or a choice
      // that adapts to them.
      const adapts = choices.some(
        (choice) =>
          (choice.outcome.techniques?.['adapt-communication'] ?? 0) > 0 ||
          (choice.outcome.law ?? []).includes('law.equality.adjustments'),
      );
      return hasTraitFor(id) || adapts
        ? undefined
        : {
            severity: 'warning',
            message: `'${id}' (different needs and expectations) is claimed, but no trait is ${traitsFor(id)} and no choice adapts to the customer's needs`,
            fix: `add ${traitsFor(id)} to customer.traits, or give a choice 'adapt-communication' evidence`,
          };
    }
    case '312 range 3b':
    case '312 range 3c':
      return hasTraitFor(id)
        ? undefined
        : {
            severity: 'error',
            message: `'${id}' (${rangeItems[id].text.replace(/\.$/, '')}) is claimed, but customer.traits is [${customer.traits.join(', ')}]`,
            fix: `add ${traitsFor(id)} to customer.traits, or remove the claim`,
          };
    case '312 range 4a':
      return choices.some((choice) =>
        PROCEDURE_CRITERIA.some((criterion) => (choice.outcome.criteria?.[criterion] ?? 0) > 0),
      )
        ? undefined
        : {
            severity: 'error',
            message: `'${id}' (organisational procedures) is claimed, but no choice evidences a procedure criterion (${PROCEDURE_CRITERIA.join(', ')})`,
            fix: 'give the choice that follows the procedure positive evidence for one of them, or remove the claim',
          };
    case '312 range 4b':
      return cites(isSectorRule)
        ? undefined
        : {
            severity: 'error',
            message: `'${id}' (sector or industry codes) is claimed, but no choice cites a sector code or standard in its \`law\``,
            fix: 'cite the code (law.fca..., law.ofcom..., std....) on the choice that follows it, or remove the claim',
          };
    case '312 range 4c':
      return cites((law) => law.startsWith('law.'))
        ? undefined
        : {
            severity: 'error',
            message: `'${id}' (legislation) is claimed, but no choice cites a law rule in its \`law\``,
            fix: 'cite the rule on the choice that applies it, or remove the claim',
          };
  }
}

/** Every range item the scenario claims is evidenced by its setting or its choices. */
export function checkRange(context: CheckContext): void {
  context.scenario.range.forEach((id, index) => {
    const verdict = judgeClaim(id, context);
    if (verdict === undefined) return;
    context.report({ path: ['range', index], code: 'range-not-evidenced', ...verdict });
  });
  const seen = new Set<string>();
  context.scenario.range.forEach((id, index) => {
    if (seen.has(id)) {
      context.report({
        path: ['range', index],
        severity: 'warning',
        code: 'duplicate-claim',
        message: `'${id}' is claimed twice`,
        fix: 'remove one of them',
      });
    }
    seen.add(id);
  });
}
