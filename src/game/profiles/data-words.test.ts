import { describe, expect, it } from 'vitest';
import type { ImportReport } from '../../storage/learner-store.ts';
import {
  MAX_IMPORT_BYTES,
  deleteEverythingWords,
  exportFileName,
  importFromFile,
  importReportWords,
} from './data-words.ts';

const NOW = new Date('2026-12-02T17:30:00.000Z');
const report = (plays: number, alreadyHere: number, more: Partial<ImportReport['added']> = {}) => ({
  added: { plays, checks: 0, reflections: 0, inProgress: 0, packs: 0, ownScenarios: 0, ...more },
  alreadyHere,
});

describe('export file name', () => {
  it('holds the profile name in safe characters and the date', () => {
    expect(exportFileName('Sam Jones', NOW)).toBe('resolve-sam-jones-2026-12-02.json');
    expect(exportFileName('Zoë <script>/../', NOW)).toBe('resolve-zoe-script-2026-12-02.json');
    expect(exportFileName('../../', NOW)).toBe('resolve-profile-2026-12-02.json');
    expect(exportFileName('a'.repeat(60), NOW)).toBe(`resolve-${'a'.repeat(40)}-2026-12-02.json`);
  });
});

describe('import words', () => {
  it('says what was added and what was already here', () => {
    expect(importReportWords(report(3, 1))).toBe('Added 3 plays, 1 already here.');
    expect(importReportWords(report(1, 0, { checks: 2 }))).toBe(
      'Added 1 play, 2 knowledge checks.',
    );
    expect(importReportWords(report(0, 4))).toBe('Nothing new to add: 4 already here.');
    expect(importReportWords(report(0, 0))).toBe('The file held nothing to add.');
  });
});

describe('importFromFile', () => {
  const file = (size: number, text: () => Promise<string>) => ({ name: 'x.json', size, text });

  it('refuses a file over 20 MB without reading it', async () => {
    let read = false;
    const result = await importFromFile(
      file(MAX_IMPORT_BYTES + 1, () => {
        read = true;
        return Promise.resolve('{}');
      }),
      () => Promise.reject(new Error('not called')),
    );
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/20\.0 MB.*at most 20 MB/);
    expect(read).toBe(false);
  });

  it("passes on the store's message, which names the problem and the fix", async () => {
    const result = await importFromFile(
      file(2, () => Promise.resolve('{}')),
      () =>
        Promise.resolve({ ok: false, message: 'This is not a Resolve export.', where: 'format' }),
    );
    expect(result).toEqual({
      ok: false,
      message:
        'Nothing was imported. This is not a Resolve export. (The problem is at “format” in the file.)',
    });
  });

  it('never throws, whatever the file or the store does', async () => {
    const unreadable = await importFromFile(
      file(2, () => Promise.reject(new Error('gone'))),
      () => Promise.resolve({ ok: true, report: report(1, 0) }),
    );
    expect(unreadable.message).toMatch(/could not be read/);
    const failing = await importFromFile(
      file(2, () => Promise.resolve('{}')),
      () => Promise.reject(new Error('quota')),
    );
    expect(failing.ok).toBe(false);
  });

  it('reports what the store added', async () => {
    const result = await importFromFile(
      file(2, () => Promise.resolve('{}')),
      () => Promise.resolve({ ok: true, report: report(3, 1) }),
    );
    expect(result).toEqual({ ok: true, message: 'Added 3 plays, 1 already here.' });
  });
});

describe('delete everything words', () => {
  it('names what goes, in counts a learner reads', () => {
    expect(deleteEverythingWords('Sam', { plays: 0, inProgress: 1 })[1]).toMatch(
      /^No finished plays with their results and reflections, 1 play in progress,/,
    );
  });
});
