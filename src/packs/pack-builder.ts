import { CRITERION_IDS, RANGE_IDS } from '../curriculum/ids.ts';
import type { ScenarioSummary } from '../scenario/content-index.ts';
import {
  packSchema,
  type FeedbackMode,
  type Pack,
  type TimingMode,
} from '../scenario/pack-schema.ts';

/*
 * What the pack builder does, without the page: the scenarios a tutor's filter leaves, the
 * scenarios and checks picked in order, the criteria and range items the pack practises and
 * misses, and the pack it makes (checked by the one pack schema, so a built pack always reads).
 */

export interface PackDraft {
  title: string;
  description: string;
  /** Picked scenario ids, in the order the learner plays them. */
  scenarios: string[];
  /** Picked knowledge-check ids, in order, after the scenarios. */
  knowledgeChecks: string[];
  passMark: number;
  /** yyyy-mm-dd, or '' for none. */
  dueDate: string;
  /** The class or group it is for, or '' for none. */
  groupName: string;
  /** Criterion ids the tutor asks learners to focus on, in catalogue order. */
  focusCriteria: string[];
  /** '' leaves it to the learner's own setting. */
  feedback: FeedbackMode | '';
  timing: TimingMode | '';
  allowRetry: boolean;
  /** Whether the debrief shows the best options after the first try. */
  showBestPath: boolean;
}

export const emptyDraft = (): PackDraft => ({
  title: '',
  description: '',
  scenarios: [],
  knowledgeChecks: [],
  passMark: 60,
  dueDate: '',
  groupName: '',
  focusCriteria: [],
  feedback: '',
  timing: '',
  allowRetry: true,
  showBestPath: true,
});

/** Each filter is one value or '' for any. */
export interface BuilderFilter {
  criterion: string;
  trait: string;
  sector: string;
  channel: string;
}

export const ANY_FILTER: BuilderFilter = { criterion: '', trait: '', sector: '', channel: '' };

export function filterScenarios(
  summaries: readonly ScenarioSummary[],
  filter: BuilderFilter,
): ScenarioSummary[] {
  return summaries.filter(
    (summary) =>
      (filter.criterion === '' ||
        (summary.criteria as readonly string[]).includes(filter.criterion)) &&
      (filter.trait === '' || (summary.traits as readonly string[]).includes(filter.trait)) &&
      (filter.sector === '' || summary.sector === filter.sector) &&
      (filter.channel === '' || summary.channel === filter.channel),
  );
}

/** Picks or unpicks one id; a newly picked id goes last. */
export function setPicked(list: readonly string[], id: string, picked: boolean): string[] {
  const without = list.filter((each) => each !== id);
  return picked ? [...without, id] : without;
}

/** Moves one id a place up (-1) or down (+1); at either end it stays where it is. */
export function move(list: readonly string[], id: string, by: -1 | 1): string[] {
  const from = list.indexOf(id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= list.length) return [...list];
  const moved = [...list];
  [moved[from], moved[to]] = [moved[to]!, moved[from]!];
  return moved;
}

export interface Coverage {
  /** In the pack, in catalogue order. */
  practised: string[];
  /** Some scenario in the library gives practice in it, none in the pack does. */
  missing: string[];
}

const inOrder = (order: readonly string[], ids: ReadonlySet<string>): string[] =>
  order.filter((id) => ids.has(id));

function coverageOf(
  order: readonly string[],
  picked: readonly ScenarioSummary[],
  library: readonly ScenarioSummary[],
  field: 'criteria' | 'range',
): Coverage {
  const inPack = new Set<string>(picked.flatMap((summary) => summary[field]));
  const inLibrary = new Set<string>(library.flatMap((summary) => summary[field]));
  return {
    practised: inOrder(order, inPack),
    missing: inOrder(order, new Set([...inLibrary].filter((id) => !inPack.has(id)))),
  };
}

/** Which criteria and range items the picked scenarios give practice in, and which they miss. */
export function packCoverage(
  scenarioIds: readonly string[],
  library: readonly ScenarioSummary[],
): { criteria: Coverage; range: Coverage } {
  const picked = library.filter((summary) => scenarioIds.includes(summary.id));
  return {
    criteria: coverageOf(CRITERION_IDS, picked, library, 'criteria'),
    range: coverageOf(RANGE_IDS, picked, library, 'range'),
  };
}

/** Focus criteria the pack practises, and those it gives no practice in (a tutor acts on these). */
export function focusCoverage(
  focus: readonly string[],
  criteria: Coverage,
): { practised: string[]; notPractised: string[] } {
  return {
    practised: focus.filter((id) => criteria.practised.includes(id)),
    notPractised: focus.filter((id) => !criteria.practised.includes(id)),
  };
}

/** Picks or unpicks a focus criterion, keeping the catalogue's order. */
export const setFocus = (focus: readonly string[], id: string, picked: boolean): string[] =>
  CRITERION_IDS.filter((each) => (each === id ? picked : focus.includes(each)));

/** The pack's settings: only what differs from what a learner gets anyway, so links stay short. */
function settingsOf(draft: PackDraft): Pack['settings'] {
  const settings = {
    ...(draft.timing === '' ? {} : { timing: draft.timing }),
    ...(draft.feedback === '' ? {} : { feedback: draft.feedback }),
    ...(draft.allowRetry ? {} : { allowRetry: false }),
    ...(draft.showBestPath ? {} : { showBestPath: false }),
  };
  return Object.keys(settings).length > 0 ? settings : undefined;
}

/** A pack id from the title and the time it was made, so two tutors' packs rarely share one. */
export function packIdFor(title: string, now: Date): string {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return `${slug || 'pack'}-${now.getTime().toString(36)}`;
}

export type BuiltPack = { ok: true; pack: Pack } | { ok: false; problems: string[] };

/** The pack the draft makes, or what the tutor still has to do, in words. */
export function buildPack(draft: PackDraft, now: Date): BuiltPack {
  const problems: string[] = [];
  const title = draft.title.trim();
  const description = draft.description.trim();
  if (title === '') problems.push('Give the pack a title.');
  else if (title.length > 120) problems.push('Make the title 120 characters or fewer.');
  if (description === '') problems.push('Say in a sentence what the pack is for.');
  else if (description.length > 600) problems.push('Make the description 600 characters or fewer.');
  if (draft.scenarios.length === 0) problems.push('Pick at least one scenario.');
  else if (draft.scenarios.length > 50) problems.push('Pick 50 scenarios or fewer.');
  if (!Number.isInteger(draft.passMark) || draft.passMark < 0 || draft.passMark > 100)
    problems.push('Set a pass mark between 0 and 100.');
  if (draft.dueDate !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(draft.dueDate))
    problems.push('Give the due date as a date, or leave it empty.');
  const groupName = draft.groupName.trim();
  if (groupName.length > 60) problems.push('Make the group name 60 characters or fewer.');
  if (problems.length > 0) return { ok: false, problems };
  const settings = settingsOf(draft);
  const candidate = {
    id: packIdFor(title, now),
    title,
    description,
    scenarios: [...draft.scenarios],
    ...(draft.knowledgeChecks.length > 0 ? { knowledgeChecks: [...draft.knowledgeChecks] } : {}),
    passMark: draft.passMark,
    ...(draft.dueDate === '' ? {} : { dueDate: draft.dueDate }),
    ...(groupName === '' ? {} : { groupName }),
    ...(draft.focusCriteria.length > 0 ? { focusCriteria: [...draft.focusCriteria] } : {}),
    ...(settings === undefined ? {} : { settings }),
  };
  const parsed = packSchema.safeParse(candidate);
  return parsed.success
    ? { ok: true, pack: parsed.data }
    : { ok: false, problems: ['Check the pack: one of its values is not allowed.'] };
}
