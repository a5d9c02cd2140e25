import type { CriterionId, TechniqueId } from '../curriculum/ids.ts';
import { techniques } from '../curriculum/techniques.ts';
import type { ScenarioSummary } from '../scenario/content-index.ts';
import type { KnowledgeCheck } from '../scenario/pack-schema.ts';
import { MET_AT } from '../scoring/tally.ts';
import type { CriterionSeries, Progress, ProgressPoint, TechniqueSeries } from './progress.ts';

/*
 * "Work on your weakest": the criteria and techniques where the mean of the learner's last three
 * results is lowest, each with scenarios that practise it and knowledge-check questions that cover
 * it, and every suggestion with its reason in words. Ties are broken by id, so the same records
 * always give the same advice.
 */

/** How many recent results the mean is taken over. */
export const RECENT = 3;
/** How many criteria, and how many techniques, are suggested. */
export const WEAKEST_COUNT = 3;
/** How many scenarios and checks are suggested for each. */
const SUGGESTIONS_EACH = 2;

export interface ScenarioSuggestion {
  scenarioId: string;
  title: string;
  reason: string;
}

export interface CheckSuggestion {
  checkId: string;
  title: string;
  /** The questions of this check that cover it, in the check's order. */
  questions: { id: string; prompt: string }[];
  reason: string;
}

export interface Weakness {
  kind: 'criterion' | 'technique';
  id: CriterionId | TechniqueId;
  /** "MRC 1.3 Explain how to…" or the technique's name. */
  label: string;
  /** Rounded mean of the last results (at most three). */
  mean: number;
  /** How many results the mean is taken over (1 to 3). */
  basedOn: number;
  reason: string;
  scenarios: ScenarioSuggestion[];
  checks: CheckSuggestion[];
}

export type WeakestAdvice =
  | { kind: 'weakest'; items: Weakness[] }
  /** Nothing stored yet: what to do first. */
  | {
      kind: 'start';
      message: string;
      scenarios: ScenarioSuggestion[];
      checks: CheckSuggestion[];
    };

const DIFFICULTY_ORDER = { introductory: 0, intermediate: 1, advanced: 2 } as const;

/** Long criterion texts cut at a word, so a reason stays one readable line. */
export function shortText(text: string, max = 60): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > 30 ? cut.slice(0, space) : cut).replace(/[,;:]$/, '')}…`;
}

function resultNoun(points: readonly ProgressPoint[]): string {
  const plays = points.filter((point) => point.source.kind === 'play').length;
  const checks = points.length - plays;
  const plural = points.length === 1 ? '' : 's';
  if (checks === 0) return `play${plural}`;
  if (plays === 0) return `knowledge check${plural}`;
  return `results (${plays} play${plays === 1 ? '' : 's'} and ${checks} knowledge check${checks === 1 ? '' : 's'})`;
}

/** "You averaged 42 over your last 3 plays on MRC 1.3 …" or, with fewer, how many it rests on. */
function reasonFor(label: string, recent: readonly ProgressPoint[], mean: number): string {
  const noun = resultNoun(recent);
  const base =
    recent.length === 1
      ? `You scored ${mean} in your only ${noun} so far on ${label}`
      : recent.length < RECENT
        ? `You averaged ${mean} over your ${recent.length} ${noun} so far on ${label} (only ${recent.length}, so this is a first picture)`
        : `You averaged ${mean} over your last ${RECENT} ${noun} on ${label}`;
  return mean >= MET_AT
    ? `${base}. That is already shown, but it is your lowest: keep it up.`
    : `${base}.`;
}

interface Candidate {
  kind: Weakness['kind'];
  id: CriterionId | TechniqueId;
  label: string;
  shortLabel: string;
  recent: ProgressPoint[];
  mean: number;
}

function candidate(
  kind: Weakness['kind'],
  series: CriterionSeries | TechniqueSeries,
): Candidate | null {
  const recent = series.points.slice(-RECENT);
  if (recent.length === 0) return null;
  const mean = Math.round(recent.reduce((sum, point) => sum + point.score, 0) / recent.length);
  const label = 'text' in series ? `${series.id} ${series.text}` : series.name;
  const shortLabel = 'text' in series ? `${series.id} ${shortText(series.text)}` : series.name;
  return { kind, id: series.id, label, shortLabel, recent, mean };
}

/** Lowest mean first; at equal means the one with more results (surer), then by id. */
const weakestFirst = (a: Candidate, b: Candidate): number =>
  a.mean - b.mean ||
  b.recent.length - a.recent.length ||
  a.id.localeCompare(b.id, 'en-GB', { numeric: true });

function playCounts(progress: Progress): Map<string, number> {
  const counts = new Map<string, number>();
  for (const play of progress.scenarios)
    counts.set(play.scenarioId, (counts.get(play.scenarioId) ?? 0) + 1);
  return counts;
}

function playedWords(count: number): string {
  if (count === 0) return 'you have not played it yet';
  return count === 1 ? 'you have played it once' : `you have played it ${count} times`;
}

/** Scenarios not yet played first, then the least played, the easiest, then by title. */
function scenariosFor(
  practises: (scenario: ScenarioSummary) => boolean,
  what: string,
  library: readonly ScenarioSummary[],
  counts: ReadonlyMap<string, number>,
): ScenarioSuggestion[] {
  return library
    .filter(practises)
    .sort(
      (a, b) =>
        (counts.get(a.id) ?? 0) - (counts.get(b.id) ?? 0) ||
        DIFFICULTY_ORDER[a.difficulty] - DIFFICULTY_ORDER[b.difficulty] ||
        a.title.localeCompare(b.title, 'en-GB') ||
        a.id.localeCompare(b.id),
    )
    .slice(0, SUGGESTIONS_EACH)
    .map((scenario) => ({
      scenarioId: scenario.id,
      title: scenario.title,
      reason: `${scenario.title} practises ${what}; ${playedWords(counts.get(scenario.id) ?? 0)}.`,
    }));
}

/** The criteria a technique's lists come from: the questions on those cover it. */
const criteriaOfTechnique = (id: TechniqueId): CriterionId[] =>
  techniques[id].sources.flatMap((source) => ('criterion' in source ? [source.criterion] : []));

function checksFor(
  covered: readonly CriterionId[],
  what: string,
  library: readonly KnowledgeCheck[],
): CheckSuggestion[] {
  if (covered.length === 0) return [];
  return library
    .map((check) => ({
      check,
      questions: check.questions.filter((question) =>
        question.criteria.some((id) => covered.includes(id)),
      ),
    }))
    .filter(({ questions }) => questions.length > 0)
    .sort(
      (a, b) =>
        b.questions.length - a.questions.length ||
        a.check.title.localeCompare(b.check.title, 'en-GB') ||
        a.check.id.localeCompare(b.check.id),
    )
    .slice(0, SUGGESTIONS_EACH)
    .map(({ check, questions }) => ({
      checkId: check.id,
      title: check.title,
      questions: questions.map((question) => ({ id: question.id, prompt: question.prompt })),
      reason: `${questions.length === 1 ? '1 of its questions covers' : `${questions.length} of its questions cover`} ${what}.`,
    }));
}

export function weakest(options: {
  progress: Progress;
  scenarios: readonly ScenarioSummary[];
  checks: readonly KnowledgeCheck[];
}): WeakestAdvice {
  const { progress } = options;
  const counts = playCounts(progress);
  const pick = (all: (Candidate | null)[]): Candidate[] =>
    all
      .filter((each): each is Candidate => each !== null)
      .sort(weakestFirst)
      .slice(0, WEAKEST_COUNT);
  const chosen = [
    ...pick(progress.criteria.map((series) => candidate('criterion', series))),
    ...pick(progress.techniques.map((series) => candidate('technique', series))),
  ];

  if (chosen.length === 0) {
    const first = [...options.scenarios].sort(
      (a, b) =>
        DIFFICULTY_ORDER[a.difficulty] - DIFFICULTY_ORDER[b.difficulty] ||
        a.title.localeCompare(b.title, 'en-GB') ||
        a.id.localeCompare(b.id),
    );
    return {
      kind: 'start',
      message:
        options.scenarios.length > 0
          ? 'Nothing to work on yet: you have no finished plays or knowledge checks. Play a scenario to the end first (an introductory one is a good start), then come back here to see what to practise next.'
          : 'Nothing to work on yet, and no scenarios are installed. Ask your tutor to install the scenario library.',
      scenarios: first.slice(0, SUGGESTIONS_EACH).map((scenario) => ({
        scenarioId: scenario.id,
        title: scenario.title,
        reason: `${scenario.title} is ${scenario.difficulty === 'advanced' ? 'an advanced' : `an ${scenario.difficulty}`} scenario, about ${scenario.minutes} minutes long.`,
      })),
      checks: options.checks.slice(0, 1).map((check) => ({
        checkId: check.id,
        title: check.title,
        questions: [],
        reason: `Or find out what you already know first: it has ${check.questions.length} questions.`,
      })),
    };
  }

  return {
    kind: 'weakest',
    items: chosen.map((each): Weakness => {
      const covered =
        each.kind === 'criterion'
          ? [each.id as CriterionId]
          : criteriaOfTechnique(each.id as TechniqueId);
      const practises = (scenario: ScenarioSummary): boolean =>
        each.kind === 'criterion'
          ? scenario.criteria.includes(each.id as CriterionId)
          : scenario.techniques.includes(each.id as TechniqueId);
      return {
        kind: each.kind,
        id: each.id,
        label: each.label,
        mean: each.mean,
        basedOn: each.recent.length,
        reason: reasonFor(each.shortLabel, each.recent, each.mean),
        scenarios: scenariosFor(practises, each.shortLabel, options.scenarios, counts),
        checks: checksFor(
          covered,
          each.kind === 'criterion'
            ? each.shortLabel
            : `${covered.join(' and ')}, where “${each.label}” comes from`,
          options.checks,
        ),
      };
    }),
  };
}
