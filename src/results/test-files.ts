import { contentHash } from '../engine/hash.ts';
import { loadSampleKnowledgeChecks } from '../engine/fixtures/load.ts';
import { playKnowledgeCheck } from '../engine/knowledge-check.ts';
import { headphones, playRecord } from '../records/test-plays.ts';
import type { Scenario } from '../scenario/schema.ts';
import { emptyShippedVersions, withShipped } from '../scenario/shipped-versions.ts';
import { checkResult } from '../scoring/check-result.ts';
import { scoreTranscript } from '../scoring/score.ts';
import type { CheckRecord } from '../storage/learner-store.ts';
import { makeResultFile, type CheckForResult, type PlayForResult } from './make-result-file.ts';
import type { ResultFile } from './result-file.ts';

// Test-only: real result files made from the engine's fixture scenario and a sample check.

const [sample] = loadSampleKnowledgeChecks();
if (sample === undefined) throw new Error('no knowledge check under scenarios/checks/');
export const sampleCheck = sample.check;

export const NOW = new Date('2026-12-02T10:00:00.000Z');

export function playFor(scenario: Scenario = headphones, seed = 3): PlayForResult {
  const record = playRecord({
    scenario,
    policy: 'random',
    playId: `play-${seed}`,
    savedAt: NOW.toISOString(),
    seed,
  });
  const withReflection = {
    ...record,
    reflection: {
      wentWell: 'I listened.',
      doDifferently: 'Say sorry sooner.',
      savedAt: NOW.toISOString(),
    },
  };
  return {
    record: withReflection,
    scenario,
    debrief: scoreTranscript(scenario, record.result.transcript),
  };
}

export function checkFor(seed = 2): CheckForResult {
  const session = playKnowledgeCheck({ check: sampleCheck, policy: 'random', seed });
  const record: CheckRecord = {
    playId: `check-${seed}`,
    savedAt: NOW.toISOString(),
    result: {
      format: 'resolve-check-result',
      version: 1,
      checkId: sampleCheck.id,
      checkTitle: sampleCheck.title,
      finishedAt: NOW.toISOString(),
      transcript: session.transcript(),
    },
  };
  return { record, check: sampleCheck, result: checkResult(session) };
}

/** The shipped list with the fixture scenario and the sample check on it. */
export const shipped = withShipped(
  emptyShippedVersions(),
  [
    { kind: 'scenario', id: headphones.id, contentHash: contentHash(headphones) },
    { kind: 'knowledge-check', id: sampleCheck.id, contentHash: contentHash(sampleCheck) },
  ],
  '2026-11-01',
);

export const sampleFile = (): ResultFile =>
  makeResultFile({
    learnerName: 'Sam Jones',
    now: NOW,
    pack: {
      id: 'starter',
      title: 'Starter pack',
      description: 'Practice',
      scenarios: [headphones.id],
      passMark: 60,
    },
    plays: [playFor()],
    checks: [checkFor()],
  });

/** A file as written to disk and read back: plain JSON, safe to edit. */
export const asJson = (file: ResultFile): Record<string, unknown> =>
  JSON.parse(JSON.stringify(file)) as Record<string, unknown>;
