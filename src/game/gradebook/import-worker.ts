/// <reference lib="webworker" />
import { readResultFile, type ReadResultFile } from '../../results/read-result-file.ts';
import { gradebookRow } from '../../results/gradebook/row.ts';
import { RESULT_FILE_MAX_CHARACTERS } from '../../results/result-file.ts';
import { consistencyWords } from '../../scoring/consistency.ts';
import { shippedVersionsSchema, type ShippedVersions } from '../../scenario/shipped-versions.ts';
import type { FromWorker, LearnerDetail, ToWorker } from './import-protocol.ts';

/*
 * The gradebook's import, off the page's thread: each result file is read, parsed and every
 * transcript replayed here (src/results/read-result-file.ts), so importing a class never freezes
 * the page. Files are untrusted: whatever one holds, it becomes a row, never a crash. The list of
 * shipped versions is fetched here once, from the address the page gives.
 */

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: FromWorker): void => scope.postMessage(message);

/** Each file read, by its key, for opening it later. */
const read = new Map<string, ReadResultFile>();
let shipped: Promise<ShippedVersions> | null = null;

async function fetchShipped(url: string): Promise<ShippedVersions> {
  const response = await fetch(url, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return shippedVersionsSchema.parse(await response.json());
}

/** Larger than any result file can be in bytes (4 bytes a character at most): not read at all. */
const MAX_BYTES = RESULT_FILE_MAX_CHARACTERS * 4;

const refused = (message: string): ReadResultFile => ({
  ok: false,
  message,
  consistency: { verdict: 'not-consistent', reason: 'damaged-file', details: [message] },
});

async function readOne(file: File, list: ShippedVersions): Promise<ReadResultFile> {
  if (file.size > MAX_BYTES)
    return refused(
      `The file is ${(file.size / 1024 ** 2).toFixed(1)} MB; a result file is at most ${RESULT_FILE_MAX_CHARACTERS / 1024 ** 2} MB. Check that this is a Resolve result file (.resolve-result.json).`,
    );
  let text: string;
  try {
    text = await file.text();
  } catch {
    return refused(
      'This browser could not read the file (it may have been moved or deleted). Choose it again.',
    );
  }
  return readResultFile(text, { shipped: list });
}

async function importFiles(message: Extract<ToWorker, { type: 'import' }>): Promise<void> {
  shipped ??= fetchShipped(message.versionsUrl);
  let list: ShippedVersions;
  try {
    list = await shipped;
  } catch (error) {
    shipped = null;
    post({
      type: 'problem',
      message: `The list of scenario versions this build has shipped (content/versions.json) did not load, so no result can be checked (${error instanceof Error ? error.message : String(error)}). Reload the page and import the files again.`,
    });
    return;
  }
  for (const { key, file } of message.files) {
    const result = await readOne(file, list);
    read.set(key, result);
    post({ type: 'row', row: gradebookRow(result, { key, fileName: file.name }) });
  }
  post({ type: 'imported', count: message.files.length });
}

function detailOf(key: string): LearnerDetail | null {
  const result = read.get(key);
  if (result === undefined || !result.ok) return null;
  return {
    plays: result.file.plays.map((play, index) => {
      const verdict = result.plays[index];
      return {
        scenario: play.scenario,
        ...(verdict?.debrief ? { debrief: verdict.debrief } : {}),
        consistency: verdict ? consistencyWords(verdict.consistency) : '',
        timing: play.transcript.timing,
        finishedAt: play.finishedAt,
        ...(play.reflection ? { reflection: play.reflection } : {}),
      };
    }),
    checks: result.file.checks.map((entry, index) => {
      const verdict = result.checks[index];
      return {
        title: entry.check.title,
        consistency: verdict ? consistencyWords(verdict.consistency) : '',
        ...(verdict?.result ? { result: verdict.result } : {}),
      };
    }),
  };
}

// One message at a time: imports queue behind each other, so rows come back in order.
let queue: Promise<void> = Promise.resolve();
scope.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  queue = queue.then(async () => {
    try {
      if (message.type === 'import') await importFiles(message);
      else post({ type: 'detail', request: message.request, detail: detailOf(message.key) });
    } catch (error) {
      post({
        type: 'problem',
        message: `The import stopped (${error instanceof Error ? error.message : String(error)}). Reload the page and import the files again.`,
      });
    }
  });
});
