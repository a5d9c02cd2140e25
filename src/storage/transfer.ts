export { placeOf } from './import-words.ts';
import { reviewCardSchema, type ReviewCard } from '../revision/review-card.ts';
import { OWN_SCENARIO_NAME_MAX, reviewCardOf } from './read-records.ts';
import { z } from '../scenario/zod.ts';
import { packSchema } from '../scenario/pack-schema.ts';
import type { FallbackStore } from './fallback.ts';
import { describeIssue, placeOf } from './import-words.ts';
import { profileNameSchema, reflectionSchema } from './learner-records.ts';
import type { ImportOutcome, ImportReport, LearnerStore } from './learner-store.ts';
import {
  finishedCheckSchema,
  finishedPlaySchema,
  readSavedPlay,
  savedPlaySchema,
} from './saved-play.ts';
import type { CheckRow, FinishedRecord, OwnScenarioRow, PackRow, ProgressRecord } from './store.ts';
import { SOURCE_LIMITS } from '../scenario/guard.ts';

/*
 * A profile's records as one file the learner keeps (export), and such a file taken back in
 * (import). The file is untrusted: it is checked whole before anything is written, and merged by
 * play id, so importing twice adds nothing and nothing already stored is lost.
 */

export const EXPORT_FORMAT = 'resolve-profile-export';
export const EXPORT_VERSION = 1;
/** The largest file taken in: far above a learner's years of plays, far below a browser's limits. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

const playId = z.string().regex(/^[0-9a-f]{32}$/, 'a play id of 32 hex characters');
const time = z.string().max(40);

const exportSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: time,
  appVersion: z.string().max(40),
  profile: z.strictObject({ name: profileNameSchema }),
  settings: z.unknown(),
  inProgress: z
    .array(
      z.strictObject({
        scenarioId: z.string().min(1).max(80),
        savedAt: time,
        snapshot: savedPlaySchema,
      }),
    )
    .max(10_000),
  results: z
    .array(
      z.strictObject({
        playId,
        savedAt: time,
        result: finishedPlaySchema,
        reflection: reflectionSchema.exactOptional(),
      }),
    )
    .max(100_000),
  checks: z
    .array(z.strictObject({ playId, savedAt: time, result: finishedCheckSchema }))
    .max(100_000),
  reviewCards: z.array(reviewCardSchema).max(100_000),
  /** Added in database version 4; files exported before have none. */
  packs: z
    .array(z.strictObject({ savedAt: time, pack: packSchema }))
    .max(10_000)
    .exactOptional(),
  // ---- Own scenarios (issue 13)
  /**
   * Added in database version 5: a tutor's own scenario files, as text, checked again when read
   * (so a move to another device keeps what results from them need). Files before have none.
   */
  ownScenarios: z
    .array(
      z.strictObject({
        scenarioId: z.string().min(1).max(80),
        fileName: z.string().max(OWN_SCENARIO_NAME_MAX),
        savedAt: time,
        text: z.string().max(SOURCE_LIMITS.bytes),
      }),
    )
    .max(1_000)
    .exactOptional(),
  // ---- end own scenarios
});
export type ProfileExport = z.infer<typeof exportSchema>;

export interface ExportOptions {
  now: () => Date;
  appVersion: string;
}

/** Everything of one profile that reads back intact, as the file the learner downloads. */
export async function exportProfile(
  store: LearnerStore,
  options: ExportOptions,
): Promise<ProfileExport> {
  const [settings, progress, results, checks, reviewCards, packs, own] = await Promise.all([
    store.loadSettings(),
    store.listProgress(),
    store.listResults(),
    store.listCheckResults(),
    store.loadReviewCards(),
    store.listPacks(),
    store.listOwnScenarios(),
  ]);
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: options.now().toISOString(),
    appVersion: options.appVersion,
    profile: { name: store.profile.name },
    settings: settings ?? null,
    // A play in progress that cannot be continued is left out: the file would not import.
    inProgress: progress.flatMap((entry) =>
      entry.read.ok
        ? [{ scenarioId: entry.key, savedAt: savedAtOf(entry.record), snapshot: entry.read.play }]
        : [],
    ),
    results: results.map(({ playId: id, savedAt, result, reflection }) => ({
      playId: id,
      savedAt,
      result,
      ...(reflection === undefined ? {} : { reflection }),
    })),
    checks: checks.map(({ playId: id, savedAt, result }) => ({ playId: id, savedAt, result })),
    reviewCards,
    packs: packs.map(({ savedAt, pack }) => ({ savedAt, pack })),
    ownScenarios: own.map(({ scenarioId, fileName, savedAt, text }) => ({
      scenarioId,
      fileName,
      savedAt,
      text,
    })),
  };
}

const savedAtOf = (record: unknown): string => {
  const value =
    typeof record === 'object' && record !== null && 'savedAt' in record
      ? record.savedAt
      : undefined;
  return typeof value === 'string' ? value.slice(0, 40) : '';
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const REEXPORT = 'Export the file again from Resolve, or use a copy that has not been changed.';

/** An import refused: nothing was stored. */
type Refusal = Extract<ImportOutcome, { ok: false }>;

const refuse = (message: string, where?: string): Refusal =>
  where === undefined ? { ok: false, message } : { ok: false, message, where };

/** The UTF-8 size of the text, counted without copying it. */
function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/** Reads an export file's text; never throws. */
export function readExportFile(fileText: string): { ok: true; file: ProfileExport } | Refusal {
  const mb = MAX_IMPORT_BYTES / (1024 * 1024);
  if (
    fileText.length > MAX_IMPORT_BYTES ||
    (fileText.length * 3 > MAX_IMPORT_BYTES && utf8Bytes(fileText) > MAX_IMPORT_BYTES)
  ) {
    return refuse(
      `This file is larger than ${mb} MB, the most Resolve takes in. Choose the file Resolve saved when you exported your records.`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(fileText);
  } catch {
    return refuse(
      'This file is not in the JSON layout Resolve exports (it may be damaged or another kind of file). Choose the file Resolve saved when you exported your records.',
    );
  }
  if (!isObject(data) || data.format !== EXPORT_FORMAT) {
    return refuse(
      'This file is not a Resolve profile export. Choose the file Resolve saved when you exported your records.',
      'format',
    );
  }
  if (typeof data.version === 'number' && data.version > EXPORT_VERSION) {
    return refuse(
      `This file was exported by a newer version of Resolve (layout ${String(data.version)}; this page reads layout ${EXPORT_VERSION}). Reload the page to update Resolve, then import it again.`,
      'version',
    );
  }
  const parsed = exportSchema.safeParse(data);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    const where = placeOf(issue?.path ?? []);
    return refuse(
      `Part of this file is not as Resolve wrote it, at ${where}: ${issue === undefined ? 'it is not what Resolve exports' : describeIssue(issue, data)}. Nothing was imported. ${REEXPORT}`,
      where,
    );
  }
  const file = parsed.data;
  for (const [index, entry] of file.inProgress.entries()) {
    const read = readSavedPlay(entry.scenarioId, { snapshot: entry.snapshot });
    if (!read.ok) {
      const where = `inProgress[${index}]`;
      return refuse(
        `A play in progress in this file cannot be continued, at ${where}: ${read.detail}. Nothing was imported. ${REEXPORT}`,
        where,
      );
    }
  }
  return { ok: true, file };
}

export interface ImportOptions {
  profileId: string;
  device: FallbackStore;
}

const laterReview = (a: ReviewCard, b: ReviewCard): boolean =>
  (a.lastReview ?? -1) > (b.lastReview ?? -1);

/**
 * Merges an export file into one profile: every part of the file is checked first, then what is
 * not yet here is added (a play by its id, a play in progress by its scenario, a review card by its
 * question). What is here stays; a play gains the file's reflection only if it had none.
 */
export async function importIntoProfile(
  fileText: string,
  options: ImportOptions,
): Promise<ImportOutcome> {
  let read: ReturnType<typeof readExportFile>;
  try {
    read = readExportFile(String(fileText));
  } catch {
    // Deeper than the parser goes, say: the file is refused, not the page.
    return refuse(`This file could not be read as a Resolve export. ${REEXPORT}`);
  }
  if (!read.ok) return read;
  const { file } = read;
  const profileId = options.profileId;
  const merge = async (
    b: Parameters<Parameters<FallbackStore['write']>[0]>[0],
  ): Promise<ImportReport> => {
    const report: ImportReport = {
      added: { plays: 0, checks: 0, reflections: 0, inProgress: 0, packs: 0, ownScenarios: 0 },
      alreadyHere: 0,
    };
    for (const play of file.results) {
      const here = await b.get('finished', profileId, [play.playId]);
      if (here === undefined) {
        const row: FinishedRecord = {
          profileId,
          playId: play.playId,
          savedAt: play.savedAt,
          result: play.result,
        };
        if (play.reflection !== undefined) row.reflection = play.reflection;
        await b.put('finished', row);
        report.added.plays += 1;
        if (play.reflection !== undefined) report.added.reflections += 1;
        continue;
      }
      report.alreadyHere += 1;
      if (play.reflection !== undefined && !reflectionSchema.safeParse(here.reflection).success) {
        await b.put('finished', { ...here, reflection: play.reflection });
        report.added.reflections += 1;
      }
    }
    for (const check of file.checks) {
      if ((await b.get('checks', profileId, [check.playId])) !== undefined) {
        report.alreadyHere += 1;
        continue;
      }
      const row: CheckRow = {
        profileId,
        playId: check.playId,
        savedAt: check.savedAt,
        result: check.result,
      };
      await b.put('checks', row);
      report.added.checks += 1;
    }
    for (const entry of file.inProgress) {
      if ((await b.get('inProgress', profileId, [entry.scenarioId])) !== undefined) {
        report.alreadyHere += 1;
        continue;
      }
      const row: ProgressRecord = {
        profileId,
        scenarioId: entry.scenarioId,
        savedAt: entry.savedAt,
        snapshot: entry.snapshot,
      };
      await b.put('inProgress', row);
      report.added.inProgress += 1;
    }
    for (const card of file.reviewCards) {
      const here = await b.get('reviews', profileId, [card.checkId, card.questionId]);
      const hereCard = here === undefined ? undefined : reviewCardOf(here);
      // The schedule with the later review knows more; an equal one leaves what is here.
      if (hereCard === undefined || laterReview(card, hereCard)) {
        await b.put('reviews', { ...card, profileId });
      }
    }
    for (const { savedAt, pack } of file.packs ?? []) {
      if ((await b.get('packs', profileId, [pack.id])) !== undefined) {
        report.alreadyHere += 1;
        continue;
      }
      const row: PackRow = { profileId, packId: pack.id, savedAt, pack };
      await b.put('packs', row);
      report.added.packs += 1;
    }
    // ---- Own scenarios (issue 13): one kept here already is the tutor's newer copy; left as it is.
    for (const own of file.ownScenarios ?? []) {
      if ((await b.get('ownScenarios', profileId, [own.scenarioId])) !== undefined) {
        report.alreadyHere += 1;
        continue;
      }
      const row: OwnScenarioRow = { profileId, ...own };
      await b.put('ownScenarios', row);
      report.added.ownScenarios += 1;
    }
    // ---- end own scenarios
    if (
      file.settings !== null &&
      file.settings !== undefined &&
      (await b.getSettings(profileId)) === undefined
    ) {
      await b.putSettings(profileId, file.settings);
    }
    return report;
  };
  const report = await options.device.write(merge, undefined);
  if (report === undefined) {
    return refuse(
      `This browser could not save what the file holds; nothing already stored was changed. Try again, or free some space first.`,
    );
  }
  return { ok: true, report };
}
