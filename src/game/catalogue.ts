import { criteria } from '../curriculum/criteria.ts';
import { techniques } from '../curriculum/techniques.ts';
import { units } from '../curriculum/units.ts';
import type { CriterionId, TechniqueId } from '../curriculum/ids.ts';
import type { UnitId } from '../curriculum/types.ts';

/** Names and texts from the curriculum catalogue, with a readable fallback for unknown ids. */

const isCriterion = (id: string): id is CriterionId => id in criteria;
const isTechnique = (id: string): id is TechniqueId => id in techniques;

export function criterionText(id: string): string {
  return isCriterion(id) ? criteria[id].text : id;
}

export function criterionKind(id: string): 'knowledge' | 'performance' {
  return isCriterion(id) ? criteria[id].kind : 'knowledge';
}

export function criterionUnit(id: string): UnitId {
  if (isCriterion(id)) return criteria[id].unit;
  if (id.startsWith('MRC')) return 'MRC';
  if (id.startsWith('CS17')) return 'CS17';
  return '312';
}

export function techniqueName(id: string): string {
  if (isTechnique(id)) return techniques[id].name;
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function techniqueDescription(id: string): string | undefined {
  return isTechnique(id) ? techniques[id].description : undefined;
}

export function unitName(id: UnitId): string {
  const unit = units[id];
  return unit.code ? `${unit.code}: ${unit.title}` : unit.title;
}

export const UNIT_IDS: readonly UnitId[] = ['MRC', '312', 'CS17'];
