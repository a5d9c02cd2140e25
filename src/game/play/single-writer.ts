import type { PlayStore } from './play-controller.ts';

/**
 * One play, one writer. A play is saved under its scenario's id, so two tabs on the same scenario
 * would overwrite each other's save. The tab that plays holds a Web Lock named after the scenario;
 * another tab is told the play is open elsewhere and may take it over (the lock is stolen), and the
 * tab that lost it stops saving and says so. Where the browser has no Web Locks every tab writes,
 * as before.
 */

/** The part of the Web Locks API used here (navigator.locks). */
export interface LockRequester {
  request(
    name: string,
    options: { ifAvailable?: boolean; steal?: boolean },
    callback: (lock: unknown) => Promise<void> | void,
  ): Promise<unknown>;
}

export interface PlayWriterOptions {
  locks: LockRequester | undefined;
  /** Another tab took the play this tab was writing. */
  onLost: (scenarioId: string) => void;
}

const lockName = (scenarioId: string): string => `resolve-play:${scenarioId}`;

export class PlayWriter {
  private holding: { scenarioId: string; release: () => void } | null = null;

  constructor(private readonly options: PlayWriterOptions) {}

  /** Whether this tab may save the play of this scenario now. */
  holds(scenarioId: string): boolean {
    return this.options.locks === undefined || this.holding?.scenarioId === scenarioId;
  }

  /** Becomes the writer of this scenario's play unless another tab is; false when one is. */
  async claim(scenarioId: string): Promise<boolean> {
    if (this.options.locks === undefined || this.holding?.scenarioId === scenarioId) return true;
    this.release();
    return this.hold(scenarioId, { ifAvailable: true });
  }

  /** Takes the play from the tab that has it: that tab is told, and stops saving. */
  async takeOver(scenarioId: string): Promise<void> {
    if (this.options.locks === undefined || this.holding?.scenarioId === scenarioId) return;
    this.release();
    await this.hold(scenarioId, { steal: true });
  }

  /** Lets another tab have the play (back on the menu, say). */
  release(): void {
    const held = this.holding;
    this.holding = null;
    held?.release();
  }

  private hold(
    scenarioId: string,
    how: { ifAvailable?: boolean; steal?: boolean },
  ): Promise<boolean> {
    const locks = this.options.locks;
    if (locks === undefined) return Promise.resolve(true);
    return new Promise<boolean>((answer) => {
      let mine: { scenarioId: string; release: () => void } | null = null;
      locks
        .request(lockName(scenarioId), how, (lock) => {
          if (lock === null) {
            answer(false);
            return;
          }
          // The lock is held until this promise settles: on release, or never if stolen.
          return new Promise<void>((released) => {
            mine = { scenarioId, release: released };
            this.holding = mine;
            answer(true);
          });
        })
        .catch(() => {
          // Stolen by another tab (AbortError): if it was still ours, this tab has lost the play.
          if (mine !== null && this.holding === mine) {
            this.holding = null;
            this.options.onLost(scenarioId);
          }
          answer(false);
        });
    });
  }
}

/** The store as a play sees it: saving the play only while this tab is its writer. */
export function writerOnlyStore(
  store: PlayStore,
  writes: (scenarioId: string) => boolean,
): PlayStore {
  return {
    saveProgress: async (scenarioId, play) => {
      if (writes(scenarioId)) await store.saveProgress(scenarioId, play);
    },
    clearProgress: async (scenarioId) => {
      if (writes(scenarioId)) await store.clearProgress(scenarioId);
    },
    // A tab that is not the writer keeps no result: the writing tab keeps it.
    saveResult: async (result) => (writes(result.scenarioId) ? store.saveResult(result) : ''),
  };
}
