import type { LmsConnection } from '../../lms/lms-report.ts';
import type { PackageFile } from '../../lms/package-file.ts';
import type { LmsInteraction } from '../../lms/lms-report.ts';
import { lmsReportWithKeys } from '../../lms/report.ts';
import { resumeDataOf } from '../../lms/resume.ts';
import type { ScoredCheck } from '../../records/scored-check.ts';
import type { ScoredPlay } from '../../records/scored-play.ts';
import type { Pack } from '../../scenario/pack-schema.ts';
import type { Scenario } from '../../scenario/schema.ts';
import type { FinishedPlay, SavedPlay } from '../../storage/resolve-store.ts';
import type { CheckStore } from '../check/check-store.ts';
import type { PlayStore } from '../play/play-controller.ts';

/*
 * The game's side of a package: after every save of a play in the package's pack (each choice, a
 * finished scenario) and every kept check, the report is worked out again from what the store
 * holds and handed to the LMS connection with the resume data; the page's leaving commits and
 * finishes. Reports run one after another, never two at once, so the LMS sees them in order.
 */

export interface LmsLinkOptions {
  pkg: PackageFile;
  connection: LmsConnection | undefined;
  /** The profile's stored plays, scored. */
  plays: () => Promise<ScoredPlay[]>;
  /** The profile's stored checks, scored. */
  checks: () => Promise<ScoredCheck[]>;
  scenario: (scenarioId: string) => Promise<Scenario | undefined>;
  /** The page, for pagehide and visibility change. */
  win: Window;
}

export class LmsLink {
  private queue: Promise<void> = Promise.resolve();
  /**
   * Every choice reported this session, by its key, in the order first reported: the adapters
   * append what is past what they wrote, so the list handed to them only ever grows, even when
   * a play is set aside for another (whose choices the report would put in its place).
   */
  private readonly journal = new Map<string, LmsInteraction>();
  private finished = false;

  constructor(private readonly options: LmsLinkOptions) {
    const { win, connection } = options;
    if (connection === undefined) return;
    win.addEventListener('pagehide', () => this.finish());
    win.document.addEventListener('visibilitychange', () => {
      if (win.document.visibilityState === 'hidden') this.run(() => connection.commit());
    });
  }

  get pack(): Pack {
    return this.options.pkg.pack;
  }

  get connected(): boolean {
    return this.options.connection !== undefined;
  }

  /** What the LMS kept of the last session's play, if anything. */
  get resumeData(): string | undefined {
    return this.options.connection?.resumeData || undefined;
  }

  /** The package's pack, for a pack id the game looks up. */
  packOf(packId: string): Pack | undefined {
    return packId === this.pack.id ? this.pack : undefined;
  }

  /** A play store that tells the LMS once each save of a pack play has finished. */
  playStore(store: PlayStore): PlayStore {
    return {
      saveProgress: async (scenarioId, play) => {
        await store.saveProgress(scenarioId, play);
        if (play.packId === this.pack.id) this.afterProgress(play);
      },
      clearProgress: (scenarioId) => store.clearProgress(scenarioId),
      saveResult: async (result) => {
        const playId = await store.saveResult(result);
        if (result.packId === this.pack.id) this.afterResult(result);
        return playId;
      },
    };
  }

  /** A check store that reports once a check of the pack is kept. */
  checkStore(store: CheckStore): CheckStore {
    return {
      saveCheckResult: async (result) => {
        const id = await store.saveCheckResult(result);
        if (result.packId === this.pack.id) this.report({ commit: true });
        return id;
      },
      listCheckResults: () => store.listCheckResults(),
      loadReviewCards: () => store.loadReviewCards(),
      saveReviewCards: (cards) => store.saveReviewCards(cards),
    };
  }

  private afterProgress(play: SavedPlay): void {
    this.report({
      current: async () => {
        const scenario = await this.options.scenario(play.scenarioId);
        if (scenario === undefined) return undefined;
        this.options.connection?.suspend(
          resumeDataOf(scenario, play.transcript, play.timing.source),
        );
        return { scenario, transcript: play.transcript, at: play.savedAt };
      },
    });
  }

  private afterResult(result: FinishedPlay): void {
    void result;
    // Nothing is in progress now: the next launch opens the pack's next step.
    this.report({ commit: true, suspend: '' });
  }

  private report(options: {
    current?: () => Promise<
      { scenario: Scenario; transcript: SavedPlay['transcript']; at: string } | undefined
    >;
    suspend?: string;
    commit?: boolean;
  }): void {
    const { connection } = this.options;
    if (connection === undefined) return;
    this.run(async () => {
      const [plays, checks, current] = await Promise.all([
        this.options.plays(),
        this.options.checks(),
        options.current?.(),
      ]);
      if (options.suspend !== undefined) connection.suspend(options.suspend);
      const { report, keys } = lmsReportWithKeys({ pack: this.pack, plays, checks, current });
      // The first report of a session is taken whole: the LMS's count of what it holds from
      // earlier sessions lines up with it (the adapters skip that many).
      for (const [index, key] of keys.entries())
        if (!this.journal.has(key)) this.journal.set(key, report.interactions[index]!);
      connection.report({ ...report, interactions: [...this.journal.values()] });
      if (options.commit) connection.commit();
    });
  }

  /** One step after another; a failure is logged and the next step still runs. */
  private run(step: () => void | Promise<void>): void {
    if (this.finished) return;
    this.queue = this.queue.then(step).catch((error: unknown) => {
      console.warn('Resolve could not report to the LMS:', error);
    });
  }

  /** Commits and finishes once, when the page goes. */
  finish(): void {
    const { connection } = this.options;
    if (connection === undefined || this.finished) return;
    this.finished = true;
    // The page is going: what is queued may never run, so finish now with what was sent.
    connection.commit();
    connection.finish();
  }

  /** Resolves when every report asked for so far has been sent (for tests). */
  settled(): Promise<void> {
    return this.queue;
  }
}
