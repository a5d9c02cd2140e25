import type { Pack } from '../../../scenario/pack-schema.ts';
import { packPosition } from '../../../records/pack-summary.ts';
import { el } from '../dom.ts';

/** While a pack's scenario is played: which pack, and "Scenario 2 of 3". */
export function packPositionLine(pack: Pack | undefined, scenarioId: string): HTMLElement | null {
  if (pack === undefined) return null;
  const position = packPosition(pack, scenarioId);
  if (position === null) return null;
  return el('p', { className: 'pack-position' }, [
    el('strong', { text: `Scenario ${position.number} of ${position.total}` }),
    ` in ${pack.title}`,
  ]);
}
