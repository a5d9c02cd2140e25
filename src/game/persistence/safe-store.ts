import { createMemoryStore, type ResolveStore } from './store-port.ts';

/**
 * A store that never throws. If the real store fails at any point (private mode, a full disk, a
 * blocked database), play carries on in memory and the learner is told once why.
 */
export type SafeStore = ResolveStore;

export interface SafeStoreOptions {
  open: () => Promise<ResolveStore>;
  /** Called once when storage falls back to memory, with the reason in words. */
  onProblem: (problem: string) => void;
}

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export async function openSafeStore(options: SafeStoreOptions): Promise<SafeStore> {
  let inner: ResolveStore;
  try {
    inner = await options.open();
  } catch (error) {
    inner = createMemoryStore(
      `This browser is not letting Resolve save progress (${reason(error)}). You can carry on playing: your progress is kept until you close or reload this page.`,
    );
  }
  let told: string | undefined;
  // The store may also fall back by itself mid-visit: each call checks for a new problem.
  const tell = (): void => {
    if (!inner.problem || told === inner.problem) return;
    told = inner.problem;
    options.onProblem(inner.problem);
  };
  tell();

  const fallBack = (error: unknown): void => {
    if (inner.mode === 'memory') return;
    inner = createMemoryStore(
      `Saving stopped working part-way through this visit (${reason(error)}). You can carry on playing: your progress is kept until you close or reload this page.`,
    );
    tell();
  };

  async function guarded<T>(call: (store: ResolveStore) => Promise<T>, fallback: T): Promise<T> {
    try {
      return await call(inner);
    } catch (error) {
      fallBack(error);
      try {
        return await call(inner);
      } catch {
        return fallback;
      }
    } finally {
      tell();
    }
  }

  return {
    get mode() {
      return inner.mode;
    },
    get problem() {
      return inner.problem;
    },
    saveProgress: (id, snapshot) => guarded((store) => store.saveProgress(id, snapshot), undefined),
    loadProgress: (id) => guarded((store) => store.loadProgress(id), undefined),
    listProgress: () => guarded((store) => store.listProgress(), []),
    clearProgress: (id) => guarded((store) => store.clearProgress(id), undefined),
    saveResult: (result) => guarded((store) => store.saveResult(result), undefined),
    listResults: () => guarded((store) => store.listResults(), []),
    loadSettings: () => guarded((store) => store.loadSettings(), undefined),
    saveSettings: (value) => guarded((store) => store.saveSettings(value), undefined),
  };
}
