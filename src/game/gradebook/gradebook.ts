import type { GradebookRow } from '../../results/gradebook/row.ts';
import type { GradebookFilter } from '../../results/gradebook/filters.ts';
import type { FromWorker, LearnerDetail, ToWorker } from './import-protocol.ts';

/*
 * The tutor's gradebook for this visit: the rows read so far, the filters, and the worker that
 * reads the files. Kept by the app while the tutor opens a learner and comes back; nothing is
 * stored (the files stay wherever the tutor keeps them).
 */

export interface ImportProgress {
  /** Files asked for and files read, over every import of this visit. */
  asked: number;
  read: number;
}

export interface GradebookListener {
  onRows(rows: readonly GradebookRow[]): void;
  onProgress(progress: ImportProgress, finished: boolean): void;
  onProblem(message: string): void;
}

export class Gradebook {
  readonly rows: GradebookRow[] = [];
  filter: GradebookFilter = {};
  private worker: Worker | null = null;
  private listener: GradebookListener | null = null;
  private asked = 0;
  private nextKey = 0;
  private nextRequest = 0;
  private readonly waiting = new Map<number, (detail: LearnerDetail | null) => void>();
  /** Rows that arrived since the page last drew them: drawn once a frame, not once a row. */
  private drawPending = false;

  constructor(
    private readonly versionsUrl: () => string,
    /** The group a pack the tutor knows was set for (the file names only the pack). */
    private readonly groupOf: (packId: string) => string | undefined = () => undefined,
  ) {}

  get progress(): ImportProgress {
    return { asked: this.asked, read: this.rows.length };
  }

  get busy(): boolean {
    return this.rows.length < this.asked;
  }

  /** The screen showing now; null when it goes. */
  listen(listener: GradebookListener | null): void {
    this.listener = listener;
  }

  private startWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<FromWorker>) =>
      this.onMessage(event.data),
    );
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.failed(
        "The gradebook's file reader could not start, so no file was read. Reload the page and try again.",
      );
    });
    this.worker = worker;
    return worker;
  }

  private failed(message: string): void {
    // Files asked for that will not come back: the progress stops where it is.
    this.asked = this.rows.length;
    this.listener?.onProblem(message);
    this.listener?.onProgress(this.progress, true);
    for (const resolve of this.waiting.values()) resolve(null);
    this.waiting.clear();
  }

  private onMessage(message: FromWorker): void {
    switch (message.type) {
      case 'row': {
        const { row } = message;
        const group = row.pack ? this.groupOf(row.pack.id) : undefined;
        this.rows.push(group === undefined ? row : { ...row, group });
        this.scheduleDraw();
        break;
      }
      case 'imported':
        this.scheduleDraw();
        break;
      case 'problem':
        this.failed(message.message);
        break;
      case 'detail':
        this.waiting.get(message.request)?.(message.detail);
        this.waiting.delete(message.request);
        break;
    }
  }

  private scheduleDraw(): void {
    if (this.drawPending) return;
    this.drawPending = true;
    requestAnimationFrame(() => {
      this.drawPending = false;
      this.listener?.onRows(this.rows);
      this.listener?.onProgress(this.progress, !this.busy);
    });
  }

  /** Reads the files in the worker; rows arrive through the listener. */
  importFiles(files: readonly File[]): void {
    if (files.length === 0) return;
    const message: ToWorker = {
      type: 'import',
      versionsUrl: this.versionsUrl(),
      files: files.map((file) => ({ key: String((this.nextKey += 1)), file })),
    };
    this.asked += files.length;
    this.listener?.onProgress(this.progress, false);
    this.startWorker().postMessage(message);
  }

  /** Everything the file holds, for opening one learner's result. */
  detail(key: string): Promise<LearnerDetail | null> {
    if (this.worker === null) return Promise.resolve(null);
    const request = (this.nextRequest += 1);
    return new Promise((resolve) => {
      this.waiting.set(request, resolve);
      this.worker?.postMessage({ type: 'detail', key, request } satisfies ToWorker);
    });
  }

  /** Forget every row (the tutor starts again). */
  clear(): void {
    this.worker?.terminate();
    this.worker = null;
    this.rows.length = 0;
    this.asked = 0;
    for (const resolve of this.waiting.values()) resolve(null);
    this.waiting.clear();
  }
}
