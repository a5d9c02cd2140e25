import { describe, expect, it } from 'vitest';
import { evidenceRecord } from './evidence-record.ts';
import { RESULT_FILE_STATEMENT } from './result-file.ts';
import { checkFor, NOW, playFor } from './test-files.ts';

describe('the evidence record', () => {
  it('groups criteria by unit, each with its status in words and the moments behind it', () => {
    const play = playFor();
    const record = evidenceRecord({
      learnerName: ' Sam ',
      now: NOW,
      plays: [play],
      checks: [checkFor()],
    });
    expect(record.learnerName).toBe('Sam');
    expect(record.statement).toBe(RESULT_FILE_STATEMENT);
    const ids = record.groups.flatMap((group) => group.criteria.map((each) => each.id));
    for (const id of Object.keys(play.debrief.criteria)) expect(ids).toContain(id);
    expect(new Set(ids).size).toBe(ids.length);
    const withMoments = record.groups
      .flatMap((group) => group.criteria)
      .flatMap((criterion) => criterion.entries)
      .find((entry) => entry.moments.length > 0);
    expect(withMoments?.moments[0]?.label).toMatch(/^Moment \d+/);
    expect(JSON.stringify(record)).not.toMatch(/"status":"(met|not-met|partly-met)"/);
    expect(record.reflections[0]?.reflection.wentWell).toBe('I listened.');
  });
});
