import type { ImportReport } from '../../storage/learner-store.ts';

/*
 * The words and limits of "Your data" (export, import, delete), kept apart from the screens so
 * they are tested without a browser.
 */

/** An export of one profile is far smaller; a bigger file is refused before it is read. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** Letters and digits only, so the name is safe on every file system and in every shell. */
function safePart(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}

/** e.g. `resolve-sam-jones-2026-12-02.json`; the date is the UTC day of `now`. */
export function exportFileName(profileName: string, now: Date): string {
  const name = safePart(profileName) || 'profile';
  return `resolve-${name}-${now.toISOString().slice(0, 10)}.json`;
}

const count = (n: number, one: string, many: string): string =>
  `${n === 0 ? 'no' : n} ${n === 1 ? one : many}`;

/** "Added 3 plays, 1 already here." */
export function importReportWords(report: ImportReport): string {
  const { added, alreadyHere } = report;
  const parts = [
    added.plays > 0 ? count(added.plays, 'play', 'plays') : '',
    added.inProgress > 0 ? count(added.inProgress, 'play in progress', 'plays in progress') : '',
    added.checks > 0 ? count(added.checks, 'knowledge check', 'knowledge checks') : '',
    added.reflections > 0 ? count(added.reflections, 'reflection', 'reflections') : '',
    added.packs > 0 ? count(added.packs, 'pack', 'packs') : '',
    // ---- Own scenarios (issue 13)
    added.ownScenarios > 0 ? count(added.ownScenarios, 'own scenario', 'own scenarios') : '',
  ].filter((part) => part !== '');
  const here = alreadyHere > 0 ? `${alreadyHere} already here` : '';
  if (parts.length === 0) {
    return here ? `Nothing new to add: ${here}.` : 'The file held nothing to add.';
  }
  return `Added ${[...parts, here].filter((part) => part !== '').join(', ')}.`;
}

const megabytes = (bytes: number): string => (bytes / (1024 * 1024)).toFixed(1);

/** Why a file is refused before reading it, or null when its size is fine. */
export function importSizeProblem(bytes: number): string | null {
  if (bytes <= MAX_IMPORT_BYTES) return null;
  return `That file is ${megabytes(bytes)} MB, and a Resolve export is at most 20 MB, so it was not read. Choose the file that “Export everything” saved.`;
}

/** The file as the import reads it: a browser File has both. */
export interface ImportFile {
  name: string;
  size: number;
  text(): Promise<string>;
}

export type ImportResult = { ok: true; message: string } | { ok: false; message: string };

/**
 * Reads a chosen file and hands its text to the store, which validates and merges it. Never
 * throws: every way it can fail ends in words for the learner.
 */
export async function importFromFile(
  file: ImportFile,
  importAll: (
    text: string,
  ) => Promise<{ ok: true; report: ImportReport } | { ok: false; message: string; where?: string }>,
): Promise<ImportResult> {
  const tooBig = importSizeProblem(file.size);
  if (tooBig) return { ok: false, message: tooBig };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return {
      ok: false,
      message: `“${file.name}” could not be read. Check it is still there and choose it again.`,
    };
  }
  try {
    const outcome = await importAll(text);
    if (outcome.ok) return { ok: true, message: importReportWords(outcome.report) };
    const where = outcome.where ? ` (The problem is at “${outcome.where}” in the file.)` : '';
    return { ok: false, message: `Nothing was imported. ${outcome.message}${where}` };
  } catch {
    return {
      ok: false,
      message:
        'Nothing was imported: the browser could not save it. Close other tabs and try again.',
    };
  }
}

/** What "Delete everything" removes, named, for the dialog that asks first. */
export function deleteEverythingWords(
  profileName: string,
  counts: { plays: number; inProgress: number },
): string[] {
  const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
  return [
    `This removes everything Resolve keeps for ${profileName} in this browser:`,
    capital(
      `${count(counts.plays, 'finished play', 'finished plays')} with their results and reflections, ${count(counts.inProgress, 'play in progress', 'plays in progress')}, knowledge-check results, the review schedule, added packs, own scenarios and settings.`,
    ),
    'It cannot be undone. Export everything first if you want a copy.',
  ];
}
