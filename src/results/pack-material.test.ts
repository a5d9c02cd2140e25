import { describe, expect, it } from 'vitest';
import { headphones, meterLetter, playRecord } from '../records/test-plays.ts';
import { scorePlay } from '../records/scored-play.ts';
import type { Pack } from '../scenario/pack-schema.ts';
import { packMaterial } from './pack-material.ts';
import { checkFor, sampleCheck } from './test-files.ts';

const pack: Pack = {
  id: 'starter',
  title: 'Starter',
  description: 'Practice',
  scenarios: [meterLetter.id, headphones.id],
  knowledgeChecks: [sampleCheck.id],
  passMark: 60,
};

const scored = (playId: string, savedAt: string, packId?: string, scenario = headphones) =>
  scorePlay(
    playRecord({ scenario, policy: 'random', playId, savedAt, ...(packId ? { packId } : {}) }),
    scenario,
  );

describe("a pack's result file material", () => {
  it('takes the latest play of each scenario made in the pack, in the order of the pack', () => {
    const material = packMaterial({
      pack,
      plays: [
        scored('in-pack-old', '2026-12-01T09:00:00.000Z', 'starter'),
        scored('in-pack-new', '2026-12-01T10:00:00.000Z', 'starter'),
        scored('outside-newest', '2026-12-01T11:00:00.000Z'),
        scored('letter', '2026-12-01T08:00:00.000Z', undefined, meterLetter),
        scorePlay(
          playRecord({
            scenario: headphones,
            policy: 'random',
            playId: 'gone',
            savedAt: '2026-12-02T00:00:00.000Z',
            packId: 'starter',
          }),
          undefined,
        ),
      ],
      checks: [checkFor().record],
      checkOf: (id) => (id === sampleCheck.id ? sampleCheck : undefined),
    });
    expect(material.plays.map((play) => play.record.playId)).toEqual(['letter', 'in-pack-new']);
    expect(material.checks.map((check) => check.check.id)).toEqual([sampleCheck.id]);
  });

  it('leaves out a check whose content is gone', () => {
    const material = packMaterial({
      pack,
      plays: [],
      checks: [checkFor().record],
      checkOf: () => undefined,
    });
    expect(material).toEqual({ plays: [], checks: [] });
  });
});
