import type { ScenarioSummary } from '../../../scenario/content-index.ts';
import { criterionUnit } from '../../catalogue.ts';
import type { UnitId } from '../../../curriculum/types.ts';

/** The library's filters; an absent key means "any". */
export interface LibraryFilter {
  unit?: UnitId;
  criterion?: string;
  /** A scenario matches when its customer has this trait among others. */
  trait?: ScenarioSummary['traits'][number];
  sector?: ScenarioSummary['sector'];
  channel?: ScenarioSummary['channel'];
  difficulty?: ScenarioSummary['difficulty'];
}

export const FILTER_KEYS = [
  'unit',
  'criterion',
  'trait',
  'sector',
  'channel',
  'difficulty',
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export function matchesFilter(scenario: ScenarioSummary, filter: LibraryFilter): boolean {
  if (filter.unit && !scenario.criteria.some((id) => criterionUnit(id) === filter.unit))
    return false;
  if (filter.criterion && !scenario.criteria.includes(filter.criterion as never)) return false;
  if (filter.trait && !scenario.traits.includes(filter.trait)) return false;
  if (filter.sector && scenario.sector !== filter.sector) return false;
  if (filter.channel && scenario.channel !== filter.channel) return false;
  if (filter.difficulty && scenario.difficulty !== filter.difficulty) return false;
  return true;
}

const DIFFICULTY_ORDER = { introductory: 0, intermediate: 1, advanced: 2 } as const;

/** Scenarios that pass the filter, easiest first, then by title. */
export function filterLibrary(
  scenarios: readonly ScenarioSummary[],
  filter: LibraryFilter,
): ScenarioSummary[] {
  return scenarios
    .filter((scenario) => matchesFilter(scenario, filter))
    .sort(
      (a, b) =>
        DIFFICULTY_ORDER[a.difficulty] - DIFFICULTY_ORDER[b.difficulty] ||
        a.title.localeCompare(b.title, 'en-GB'),
    );
}

/** The values a filter can take, from what the library holds: no option that would show nothing. */
export function valuesPresent<K extends Exclude<FilterKey, 'unit' | 'criterion' | 'trait'>>(
  scenarios: readonly ScenarioSummary[],
  key: K,
): ScenarioSummary[K][] {
  return [...new Set(scenarios.map((scenario) => scenario[key]))];
}

/** Every trait some customer in the library has. */
export function traitsPresent(scenarios: readonly ScenarioSummary[]): ScenarioSummary['traits'] {
  return [...new Set(scenarios.flatMap((scenario) => scenario.traits))];
}

export function criteriaPresent(scenarios: readonly ScenarioSummary[]): string[] {
  const present = new Set(scenarios.flatMap((scenario) => scenario.criteria));
  return [...present];
}

export function unitsPresent(scenarios: readonly ScenarioSummary[]): UnitId[] {
  return [...new Set(scenarios.flatMap((scenario) => scenario.criteria.map(criterionUnit)))];
}
