import type { Session } from '../../engine/session.ts';
import type { AnalysisEvent } from '../../engine/analysis.ts';
import type { SessionEvent, SessionView } from '../../engine/types.ts';
import type { LearnerStore } from '../../storage/learner-store.ts';
import { signSavedPlay, type FinishedPlay, type SavedPlay } from '../../storage/resolve-store.ts';
import type { PlaySetup } from './play-setup.ts';
import { own } from '../../scenario/own.ts';

/** A play in progress as the game saves it: the transcript so far, and what the menu shows. */
export function savedPlayOf(setup: PlaySetup, session: Session, now: Date): SavedPlay {
  const view = session.view();
  const node = own(setup.scenario.nodes, view.nodeId);
  return signSavedPlay({
    format: 'resolve-play',
    version: 2,
    scenarioId: setup.scenario.id,
    scenarioTitle: setup.scenario.title,
    ...(setup.pack ? { packId: setup.pack.id } : {}),
    timing: setup.timing,
    step: view.step,
    ...(node?.title ? { nodeTitle: node.title } : {}),
    savedAt: now.toISOString(),
    transcript: session.transcript(),
  });
}

/** What a play writes: its progress after each step, and its result at the end. */
export type PlayStore = Pick<LearnerStore, 'saveProgress' | 'clearProgress' | 'saveResult'>;

export interface PlayControllerOptions {
  setup: PlaySetup;
  session: Session;
  store: PlayStore;
  /** After every accepted step, with the new view and the event the session took. */
  onStep: (view: SessionView, event: SessionEvent) => void;
  /** When a save has finished: the step it saved. */
  onSaved?: (step: number) => void;
  now?: () => Date;
}

/**
 * Sends the learner's actions to the session and saves after every step. It holds no rule of its
 * own: what happens is the engine's business, what it is worth is scoring's.
 */
export class PlayController {
  private saving: Promise<void> = Promise.resolve();
  private finished = false;

  constructor(private readonly options: PlayControllerOptions) {}

  get session(): Session {
    return this.options.session;
  }

  get setup(): PlaySetup {
    return this.options.setup;
  }

  view(): SessionView {
    return this.options.session.view();
  }

  choose(choiceId: string): void {
    this.step({ type: 'CHOOSE', choiceId });
  }

  checkRecord(recordId: string): void {
    if (this.view().checkedRecords.includes(recordId)) return;
    this.step({ type: 'CHECK_RECORD', recordId });
  }

  fillField(fieldId: string, entryId: string): void {
    if (own(this.view().filledFields, fieldId) === entryId) return;
    this.step({ type: 'FILL_FIELD', fieldId, entryId });
  }

  /** A pick, rating or audience in the analysis at an options node. */
  analyse(event: AnalysisEvent): void {
    this.step(event);
  }

  timeOut(): void {
    this.step({ type: 'TIMEOUT' });
  }

  /** Resolves once every save asked for so far has finished. */
  settled(): Promise<void> {
    return this.saving;
  }

  private step(event: SessionEvent): void {
    const { session } = this.options;
    // A late key press or an expired timer after the play ended, or a double click: ignore it.
    if (session.isOver() || !session.can(event)) return;
    const view = session.send(event);
    this.save(view);
    this.options.onStep(view, event);
  }

  private save(view: SessionView): void {
    const { setup, session, store } = this.options;
    const scenarioId = setup.scenario.id;
    const now = (this.options.now ?? (() => new Date()))();
    if (session.isOver()) {
      if (this.finished) return;
      this.finished = true;
      const result: FinishedPlay = {
        format: 'resolve-result',
        version: 1,
        scenarioId,
        scenarioTitle: setup.scenario.title,
        ...(setup.pack ? { packId: setup.pack.id } : {}),
        timingSource: setup.timing.source,
        finishedAt: now.toISOString(),
        transcript: session.transcript(),
      };
      this.saving = this.saving
        .then(() => store.saveResult(result))
        .then(() => store.clearProgress(scenarioId))
        .then(() => this.options.onSaved?.(view.step));
      return;
    }
    const saved = savedPlayOf(setup, session, now);
    this.saving = this.saving
      .then(() => store.saveProgress(scenarioId, saved))
      .then(() => this.options.onSaved?.(view.step));
  }

  /** Saves the starting point too, so a reload before the first choice can continue. */
  saveStart(): void {
    this.save(this.view());
  }
}
