import type { Pack } from '../../scenario/pack-schema.ts';
import type { Scenario } from '../../scenario/schema.ts';
import type { EffectiveTiming } from '../settings/settings.ts';

/** Everything about one play that is not the engine's state: what was chosen before it began. */
export interface PlaySetup {
  scenario: Scenario;
  pack?: Pack;
  timing: EffectiveTiming;
  moodMeter: boolean;
}
