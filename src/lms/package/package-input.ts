import { criteria, type CriterionId } from '../../curriculum/index.ts';
import type { CriterionKind } from '../../curriculum/types.ts';
import { evidencedIn } from '../../scenario/coverage.ts';
import type { KnowledgeCheck, Pack } from '../../scenario/pack-schema.ts';
import type { Scenario } from '../../scenario/schema.ts';

/*
 * What every manifest builder needs, worked out once: the pack, the criteria it practises (the
 * objectives an LMS will show) and the files of the build. The builders are pure: same input,
 * same bytes, so a manifest can be tested without building the game.
 */

export interface PackageObjective {
  criterion: CriterionId;
  kind: CriterionKind;
  text: string;
}

export interface PackageInput {
  pack: Pick<Pack, 'id' | 'title' | 'description' | 'passMark'>;
  /** Criteria the pack's scenarios and checks give evidence for, in catalogue order. */
  objectives: readonly PackageObjective[];
  /** Every file of the build, relative to its root with forward slashes (index.html among them). */
  files: readonly string[];
}

/** The page an LMS launches. */
export const LAUNCH_FILE = 'index.html';

/**
 * The criteria a pack practises: those its scenarios can give positive evidence for and those its
 * knowledge checks' questions test, in the catalogue's order so manifests are stable.
 */
export function packObjectives(
  pack: Pick<Pack, 'scenarios' | 'knowledgeChecks'>,
  content: { scenarios: readonly Scenario[]; knowledgeChecks: readonly KnowledgeCheck[] },
): PackageObjective[] {
  const wanted = new Set<CriterionId>();
  for (const id of pack.scenarios) {
    const scenario = content.scenarios.find((each) => each.id === id);
    if (scenario !== undefined) evidencedIn(scenario).criteria.forEach((c) => wanted.add(c));
  }
  for (const id of pack.knowledgeChecks ?? []) {
    const check = content.knowledgeChecks.find((each) => each.id === id);
    check?.questions.forEach((question) => question.criteria.forEach((c) => wanted.add(c)));
  }
  return Object.values(criteria)
    .filter((criterion) => wanted.has(criterion.id))
    .map(({ id, kind, text }) => ({ criterion: id, kind, text }));
}

/** How an objective's description names its criterion and says whether it is practice. */
export const objectiveDescription = (objective: PackageObjective): string =>
  `${objective.criterion}: ${objective.text} (${
    objective.kind === 'performance'
      ? 'performance criterion: reported as practised in simulation, never as met'
      : 'knowledge criterion'
  })`;

/** The files a manifest lists: sorted, with the launch page first. */
export function listedFiles(files: readonly string[]): string[] {
  const unique = [...new Set(files)].sort();
  return [LAUNCH_FILE, ...unique.filter((file) => file !== LAUNCH_FILE)];
}
