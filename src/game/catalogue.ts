import { criteria } from '../curriculum/criteria.ts';
import { techniques } from '../curriculum/techniques.ts';
import { units } from '../curriculum/units.ts';
import { isCriterionId, isTechniqueId } from '../curriculum/lookups.ts';
import type { UnitId } from '../curriculum/types.ts';

/** Names and texts from the curriculum catalogue, with a readable fallback for unknown ids. */

// Ids here come from saved plays and result files: checked against the catalogue's id lists,
// never with `in` (which finds 'constructor' on any object).

export function criterionText(id: string): string {
  return isCriterionId(id) ? criteria[id].text : id;
}

export function criterionKind(id: string): 'knowledge' | 'performance' {
  return isCriterionId(id) ? criteria[id].kind : 'knowledge';
}

export function criterionUnit(id: string): UnitId {
  if (isCriterionId(id)) return criteria[id].unit;
  if (id.startsWith('MRC')) return 'MRC';
  if (id.startsWith('CS17')) return 'CS17';
  return '312';
}

export function techniqueName(id: string): string {
  if (isTechniqueId(id)) return techniques[id].name;
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function techniqueDescription(id: string): string | undefined {
  return isTechniqueId(id) ? techniques[id].description : undefined;
}

export function unitName(id: UnitId): string {
  const unit = units[id];
  return unit.code ? `${unit.code}: ${unit.title}` : unit.title;
}

export const UNIT_IDS: readonly UnitId[] = ['MRC', '312', 'CS17'];
