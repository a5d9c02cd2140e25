import { describe, expect, it } from 'vitest';
import { headphones, meterLetter } from '../records/test-plays.ts';
import { consistencyWords } from '../scoring/consistency.ts';
import { classOfResults, TAMPERINGS } from './class-of-results.ts';
import { readResultFile } from './read-result-file.ts';
import { classShipped, smallClass } from './gradebook/test-rows.ts';

describe('a made-up class of result files', () => {
  it('is the same for the same seed, and learners × scenarios files', () => {
    const one = smallClass();
    expect(one).toHaveLength(12);
    expect(smallClass().map((file) => file.text)).toEqual(one.map((file) => file.text));
    const other = classOfResults({
      scenarios: [headphones, meterLetter],
      learners: 6,
      tamperEvery: 2,
      seed: 8,
    });
    expect(other.map((file) => file.text)).not.toEqual(one.map((file) => file.text));
    expect(new Set(one.map((file) => file.learnerName)).size).toBe(6);
  });

  it('has untouched files the gradebook finds consistent and every tampering caught', () => {
    const files = smallClass();
    expect(files.flatMap((file) => (file.tampered ? [file.tampered] : []))).toEqual(TAMPERINGS);
    for (const file of files) {
      const read = readResultFile(file.text, { shipped: classShipped });
      const words = consistencyWords(read.consistency);
      if (file.tampered === null) expect(words, file.name).toBe('consistent');
      else expect(words, `${file.name} (${file.tampered})`).toMatch(/^not consistent: /);
    }
  });

  it('has no tampered file when asked for none', () => {
    const files = classOfResults({ scenarios: [headphones], learners: 3, tamperEvery: 0 });
    expect(files.every((file) => file.tampered === null)).toBe(true);
  });
});
