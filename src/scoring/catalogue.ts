import { criteria } from '../curriculum/criteria.ts';
import type { CriterionId, TechniqueId } from '../curriculum/ids.ts';
import { techniques } from '../curriculum/techniques.ts';
import type { CriterionKind } from '../curriculum/types.ts';

/** Names and kinds the debrief shows, from the curriculum catalogue. */
export function techniqueInfo(id: TechniqueId): { name: string; conflictManagement: boolean } {
  const technique = techniques[id];
  return { name: technique.name, conflictManagement: technique.conflictManagement };
}

export function criterionInfo(id: CriterionId): { text: string; kind: CriterionKind } {
  const criterion = criteria[id];
  return { text: criterion.text, kind: criterion.kind };
}
