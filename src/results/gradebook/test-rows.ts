import { contentHash } from '../../engine/hash.ts';
import { headphones, meterLetter } from '../../records/test-plays.ts';
import { withShipped } from '../../scenario/shipped-versions.ts';
import { classOfResults, type ClassFile } from '../class-of-results.ts';
import { readResultFile } from '../read-result-file.ts';
import { shipped } from '../test-files.ts';
import { gradebookRow, type GradebookRow } from './row.ts';

// Test-only: a small class of real result files (both fixture scenarios on the shipped list).

export const classShipped = withShipped(
  shipped,
  [{ kind: 'scenario', id: meterLetter.id, contentHash: contentHash(meterLetter) }],
  '2026-11-02',
);

/** 6 learners × 2 scenarios; every other file tampered with, one of each kind. */
export const smallClass = (): ClassFile[] =>
  classOfResults({ scenarios: [headphones, meterLetter], learners: 6, tamperEvery: 2, seed: 7 });

export const rowsOf = (files: readonly ClassFile[]): GradebookRow[] =>
  files.map((file, index) =>
    gradebookRow(readResultFile(file.text, { shipped: classShipped }), {
      key: String(index),
      fileName: file.name,
    }),
  );
