import type * as PlayModuleExports from './play/play-module.ts';
// ---- Gradebook (issue 13)
import type * as GradebookModuleExports from './gradebook/gradebook-module.ts';
import type { Pack } from '../scenario/pack-schema.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { Session } from '../engine/session.ts';
import type { Transcript } from '../engine/types.ts';
import type { Debrief, DebriefMoment } from '../scoring/index.ts';
import type { LearnerStore } from '../storage/learner-store.ts';
import {
  openProfileDirectory,
  type SavedPlayEntry,
  type StoredProfileDirectory,
} from '../storage/resolve-store.ts';
import { ProfileFlow } from './profiles/profile-flow.ts';
import { ProfileSession } from './profiles/profile-session.ts';
import type { Caption, SoundBoard } from './audio/sound-board.ts';
import type { ContentIndex, ScenarioSummary } from '../scenario/content-index.ts';
import {
  CONTENT_BASE,
  loadContentIndex,
  loadScenario,
  type ContentProblem,
} from './content/load-content.ts';
import { createEventBus, type EventBus } from './events.ts';
import type { PlayController, PlayStore } from './play/play-controller.ts';
import type { PlaySetup } from './play/play-setup.ts';
import { PlayWriter, writerOnlyStore } from './play/single-writer.ts';
import {
  effectiveFeedback,
  effectiveMoodMeter,
  effectiveReducedMotion,
  effectiveTiming,
  parseSettings,
  TEXT_SIZE_PERCENT,
  type EffectiveTiming,
  type Settings,
} from './settings/settings.ts';
import { createStage, NO_WEBGL_MESSAGE, type Stage } from './stage/stage.ts';
import { hasWebGl } from './stage/webgl.ts';
import { createAnnouncer, type Announcer } from './ui/announcer.ts';
import { el, focusHeading } from './ui/dom.ts';
import type { LibraryFilter } from './ui/menu/library-filter.ts';
import {
  createMenuScreen,
  problemBox,
  unresumableActions,
  type SavedPlayItem,
} from './ui/menu/menu-screen.ts';
import { KEPT_WORDS, RESUME_WORDS } from './play/resume-words.ts';
import type { Resume } from './play/resume.ts';
import { downloadJson } from './ui/download.ts';
import { PackSharing } from './sharing/pack-sharing.ts';
import type { Screen } from './ui/screen.ts';
import { resultsPanel, type ResultsPanelWiring } from './results/results-actions.ts';
import { createEvidenceRecordScreen } from './ui/results/evidence-record-screen.ts';
import { packMaterial } from '../results/pack-material.ts';
import { evidenceRecord } from '../results/evidence-record.ts';
import { gatherProgress } from './progress/progress-data.ts';
import { createProgressScreen } from './ui/progress/progress-screen.ts';
import { createSettingsDialog } from './ui/settings-dialog.ts';
import { createCheckCache, createScenarioCache } from './content/content-cache.ts';
import { formatRoute, parseRoute, type Route } from './route.ts';
import type { MenuHistory } from './ui/history/history-section.ts';
import { reflectionSection } from './ui/history/reflection-form.ts';
import { createPackSummaryScreen } from './ui/pack/pack-summary-screen.ts';
import { historyRows, recordOfTranscript } from '../records/history.ts';
import { packChecks, packSummary } from '../records/pack-summary.ts';
import { scenarioRecords } from '../records/scenario-records.ts';
import { scorePlay, type ScoredPlay } from '../records/scored-play.ts';
import type { PlayRecord } from '../storage/learner-store.ts';
import { startCheck, type CheckSession } from '../engine/check-session.ts';
import type { KnowledgeCheck } from '../scenario/pack-schema.ts';
import { revisionSummary } from '../revision/due.ts';
import { revisionSet } from '../revision/revise-now.ts';
import type { CheckStore } from './check/check-store.ts';
import { keepCheck, keepRevision } from './check/keep-check.ts';
import { packStepAfter } from './check/pack-steps.ts';
import { createCheckScreen } from './ui/check/check-screen.ts';
import type { ChecksSectionOptions } from './ui/check/checks-section.ts';
// ---- Own scenarios (issue 13)
import { OwnScenarios } from './own-scenarios/own-scenarios.ts';
// ---- end own scenarios
// ---- LMS (issue 14)
import {
  connectLms,
  NO_LMS_MESSAGE,
  readPackageFile,
  builtAsPackage,
  type PackageRead,
} from './lms/connect-lms.ts';
import type { LmsLink } from './lms/lms-link.ts';
import type { Cmi5Connection } from './lms/cmi5-connection.ts';
import type { LmsConnection } from '../lms/lms-report.ts';
import { createCourseExit } from './ui/lms/course-exit.ts';
import { scoreCheck } from '../records/scored-check.ts';
// ---- end LMS (issue 14)

type PlayModule = typeof PlayModuleExports;
// ---- Gradebook (issue 13)
type GradebookModule = typeof GradebookModuleExports;
// ---- end Gradebook

export interface AppElements {
  root: HTMLElement;
  screenHost: HTMLElement;
  stageHost: HTMLElement;
  notices: HTMLElement;
  navMenu: HTMLButtonElement;
  navSettings: HTMLButtonElement;
  main: HTMLElement;
  politeRegion: HTMLElement;
  assertiveRegion: HTMLElement;
}

function findElements(doc: Document): AppElements {
  const get = <T extends HTMLElement>(id: string): T => {
    const found = doc.getElementById(id);
    if (!found) throw new Error(`The page is missing #${id}.`);
    return found as T;
  };
  return {
    root: get('app'),
    screenHost: get('screen'),
    stageHost: get('stage'),
    notices: get('notices'),
    navMenu: get<HTMLButtonElement>('nav-menu'),
    navSettings: get<HTMLButtonElement>('nav-settings'),
    main: get('main'),
    politeRegion: get('live-polite'),
    assertiveRegion: get('live-assertive'),
  };
}

/** A seed from the address (`?seed=42`, for tutors reproducing a play) or a random one. */
function newSeed(): number {
  const fromUrl = new URLSearchParams(window.location.search).get('seed');
  if (fromUrl !== null && /^\d{1,9}$/.test(fromUrl)) return Number(fromUrl);
  return crypto.getRandomValues(new Uint32Array(1))[0]! % 2_147_483_647;
}

/**
 * The game's screens and services: storage, settings, content, the stage and the play module.
 * It decides which screen shows; the screens render and report what the learner does.
 */
export class App {
  private readonly elements: AppElements;
  private readonly bus: EventBus = createEventBus();
  private readonly announcer: Announcer;
  /** The profiles on this device; the session holds the store of the one in use (issue 12). */
  private directory!: StoredProfileDirectory;
  private session!: ProfileSession;
  private profileFlow!: ProfileFlow;
  private settings!: Settings;
  private content: ContentIndex | null = null;
  private contentProblem: ContentProblem | null = null;
  private filter: LibraryFilter = {};
  private current: Screen | null = null;
  private shownBefore = false;
  private stage: Promise<Stage> | null = null;
  private play: Promise<PlayModule> | null = null;
  private sound: SoundBoard | null = null;
  private captionSink: ((caption: Caption) => void) | null = null;
  private readonly noticesShown = new Set<string>();
  private readonly loadingNotice = el('p', {
    className: 'notice notice-loading',
    text: 'Loading the scenario…',
  });
  private readonly reducedMotionQuery = window.matchMedia('(prefers-reduced-motion: reduce)');
  private settingsDialog!: ReturnType<typeof createSettingsDialog>;
  /** One play, one writer: which tab saves a scenario's play (src/game/play/single-writer.ts). */
  private readonly writer = new PlayWriter({
    locks: 'locks' in navigator ? navigator.locks : undefined,
    onLost: (scenarioId) => this.lostPlay(scenarioId),
  });
  private lostNotice: HTMLElement | null = null;
  /** Scenarios fetched once per visit for the history and pack summaries. */
  private readonly builtInScenarios = createScenarioCache(() => this.content);
  // ---- Own scenarios (issue 13)
  /** A tutor's own scenarios, kept per profile: asked for any id the library does not have. */
  private readonly own = new OwnScenarios({
    store: () => this.session.store,
    builtInIds: () => new Set(this.content?.scenarios.map((scenario) => scenario.id) ?? []),
    showMenu: () => this.showMenu(),
    play: (summary) => void this.startNew(summary),
    announce: (message) => this.announcer.polite(message),
  });
  /** Built-in scenarios first, then the tutor's own: the history, results and progress read both. */
  private readonly scenarios = {
    scenario: async (id: string): Promise<Scenario | undefined> =>
      (await this.builtInScenarios.scenario(id)) ?? this.own.scenario(id),
  };
  /** The library with the tutor's own scenarios after it, for packs that name them. */
  private contentWithOwn(): ContentIndex | null {
    return (
      this.content && {
        ...this.content,
        scenarios: [...this.content.scenarios, ...this.own.summaries()],
      }
    );
  }
  // ---- end own scenarios

  constructor(doc: Document) {
    this.elements = findElements(doc);
    this.announcer = createAnnouncer(this.elements.politeRegion, this.elements.assertiveRegion);
  }

  async start(): Promise<void> {
    // Asked for at once, so a package's file costs no extra round trip; a plain build asks nothing.
    const lmsPackage: Promise<PackageRead> = builtAsPackage(document)
      ? readPackageFile()
      : Promise.resolve({ kind: 'none' });
    this.directory = await openProfileDirectory({ onProblem: (problem) => this.notice(problem) });
    const opened = await this.startProfiles();
    this.settings = parseSettings(await opened?.loadSettings());
    this.applySettings();
    this.reducedMotionQuery.addEventListener('change', () => this.applySettings());
    this.settingsDialog = createSettingsDialog({
      settings: () => this.settings,
      onChange: (patch) => this.updateSettings(patch),
      storageNote: () =>
        this.directory.mode === 'indexeddb'
          ? 'Your settings and progress are saved in this browser.'
          : (this.directory.problem ??
            'Your settings and progress are kept only until you close this tab.'),
      onOpen: () => this.current?.onCovered?.(true),
      onClose: () => {
        this.current?.onCovered?.(false);
        this.elements.navSettings.focus();
      },
      yourData: () => this.profileFlow.yourData(),
    });
    this.elements.main.append(this.settingsDialog.element);
    this.elements.navSettings.addEventListener('click', () => this.settingsDialog.open());
    this.elements.navMenu.addEventListener('click', () => void this.showMenu());
    document.addEventListener('keydown', (event) => this.onKey(event));
    const unlock = (): void => this.sound?.unlock();
    document.addEventListener('pointerdown', unlock);
    document.addEventListener('keydown', unlock);

    // Say it on the menu already: the learner should not wonder later why nothing moves.
    if (!hasWebGl()) this.notice(NO_WEBGL_MESSAGE);

    const loaded = await loadContentIndex();
    if (loaded.ok) this.content = loaded.value;
    else this.contentProblem = loaded.problem;
    // In an LMS package, its pack (or the play the LMS kept) opens instead of the address's screen.
    if (!opened) await this.profileFlow.showProfiles();
    else if (!(await this.startLms(lmsPackage)))
      await this.openRoute(parseRoute(window.location.hash));
    // A hash typed or pasted by the learner; the game's own changes replace it without an event.
    window.addEventListener(
      'hashchange',
      () => void this.openRoute(parseRoute(window.location.hash)),
    );
    // Fetch the play code and the canvas library while the learner browses, so Play starts fast.
    const prefetch = (): void => {
      void this.loadPlayModule();
      if (hasWebGl()) void import('./scenes/encounter-scene.ts');
    };
    if ('requestIdleCallback' in window) window.requestIdleCallback(prefetch);
    else setTimeout(prefetch, 200);
  }

  // ---------------------------------------------------------------- profiles and their data

  /** The store of the profile playing now; the screens that use it show only while one is. */
  private get store(): LearnerStore {
    const store = this.session.store;
    if (store === null) throw new Error('No profile is open.');
    return store;
  }

  /** The last profile (or a first "Learner"), the header's "Playing as", the profile screens. */
  private async startProfiles(): Promise<LearnerStore | null> {
    this.session = new ProfileSession(this.directory);
    const opened = await this.session.resume();
    const profileSettings = async (): Promise<void> => {
      this.settings = parseSettings(await this.session.store?.loadSettings());
      this.applySettings();
    };
    this.profileFlow = new ProfileFlow({
      session: this.session,
      announcer: this.announcer,
      show: (screen) => this.show(screen),
      onProfileOpened: async () => {
        await profileSettings();
        await this.showMenu();
      },
      onSignedOut: profileSettings,
      onDataChanged: async () => {
        await profileSettings();
        // Deleted or imported settings show at once, not at the dialog's next opening.
        this.settingsDialog.refresh();
        if (this.current?.name === 'menu') await this.showMenu();
      },
    });
    this.elements.navMenu.parentElement?.before(this.profileFlow.playerBar.element);
    this.profileFlow.playerBar.show(this.session.profile);
    return opened;
  }

  // ---------------------------------------------------------------- settings

  private reducedMotion(): boolean {
    return effectiveReducedMotion(this.settings, this.reducedMotionQuery.matches);
  }

  private updateSettings(patch: Partial<Settings>): void {
    this.settings = parseSettings({ ...this.settings, ...patch });
    this.applySettings();
    // Nobody playing (the profile screen after a sign-out): nothing is kept.
    void this.session.store?.saveSettings(this.settings);
  }

  private applySettings(): void {
    const root = document.documentElement;
    root.style.fontSize = `${TEXT_SIZE_PERCENT[this.settings.textSize]}%`;
    root.classList.toggle('high-contrast', this.settings.highContrast);
    root.classList.toggle('no-captions', !this.settings.captions);
    const reduced = this.reducedMotion();
    root.classList.toggle('reduce-motion', reduced);
    this.bus.emit('reduced-motion-changed', { on: reduced });
    this.sound?.setEnabled(this.settings.sound);
    this.sound?.setVolume(this.settings.volume);
    void this.stage?.then((stage) => stage.refresh());
  }

  // ---------------------------------------------------------------- screens

  private notice(text: string): void {
    if (this.noticesShown.has(text)) return;
    this.noticesShown.add(text);
    this.elements.notices.append(el('p', { className: 'notice', text }));
  }

  private show(screen: Screen): void {
    this.current?.dispose?.();
    this.current = screen;
    this.elements.root.dataset.screen = screen.name;
    // The stage keeps its canvas (and WebGL context) while it moves between screens.
    if (screen.stageSlot) screen.stageSlot.append(this.elements.stageHost);
    else this.elements.screenHost.before(this.elements.stageHost);
    this.elements.screenHost.replaceChildren(screen.element);
    this.elements.navMenu.hidden = screen.name === 'menu' || this.session.store === null;
    document.title = screen.title;
    this.setRoute(screen.route ?? { kind: 'menu' });
    window.scrollTo({ top: 0 });
    // On the first screen the browser's own start is right; after that, start at the new heading.
    if (this.shownBefore) focusHeading(screen.heading);
    this.shownBefore = true;
  }

  private onKey(event: KeyboardEvent): void {
    if (this.settingsDialog.element.open || event.defaultPrevented) return;
    // A play another tab took over takes no input here until it is taken back.
    if (this.elements.screenHost.inert) return;
    if (this.current?.onKey?.(event)) event.preventDefault();
  }

  private summaryOf(scenarioId: string): ScenarioSummary | undefined {
    // ---- Own scenarios (issue 13): a saved play of one is continued like any other.
    return this.contentWithOwn()?.scenarios.find((scenario) => scenario.id === scenarioId);
  }

  /** Every saved play, with what the menu can already say about one that cannot be continued. */
  private savedPlayItem(entry: SavedPlayEntry): SavedPlayItem {
    const summary = this.summaryOf(entry.key);
    const { read } = entry;
    const title = read.ok ? read.play.scenarioTitle : read.title;
    if (!read.ok) {
      return {
        entry,
        title,
        inLibrary: summary !== undefined,
        problem: RESUME_WORDS[read.problem],
        detail: read.detail,
      };
    }
    return {
      entry,
      title,
      inLibrary: summary !== undefined,
      problem: summary === undefined ? RESUME_WORDS['scenario-unknown'] : null,
      detail: null,
    };
  }

  async showMenu(): Promise<void> {
    if (this.session.store === null) {
      await this.profileFlow.showProfiles();
      return;
    }
    this.writer.release();
    this.clearLost();
    const savedPlays = (await this.store.listProgress()).map((entry) => this.savedPlayItem(entry));
    const history = await this.menuHistory();
    this.show(
      createMenuScreen({
        content: this.content,
        contentProblem: this.contentProblem,
        savedPlays,
        showHowToPlay: !this.settings.seenHowToPlay,
        filter: this.filter,
        onFilterChange: (filter) => (this.filter = filter),
        onPlay: (summary, pack) => void this.startNew(summary, pack),
        onContinue: (saved) => void this.openSavedPlay(saved, 'continue'),
        onPlayedSoFar: (saved) => void this.openSavedPlay(saved, 'played-so-far'),
        onExport: (saved) => this.exportSavedPlay(saved),
        onStartAgain: (saved) => this.startAgain(saved),
        onDiscard: (saved) => {
          void this.store.clearProgress(saved.key).then(() => this.showMenu());
        },
        onHowToPlayToggled: (open) => {
          if (!open && !this.settings.seenHowToPlay) this.updateSettings({ seenHowToPlay: true });
        },
        history,
        checks: await this.checksOnMenu(),
        // ---- Gradebook (issue 13): its button sits beside the pack builder's
        addedPacks: {
          ...(await this.sharing.menuOptions(history)),
          onGradebook: () => void this.showGradebook(),
        },
        // ---- Own scenarios (issue 13)
        ownScenarios: await this.own.menuOptions(),
        // ---- end own scenarios
        onProgress: () => void this.showProgress(),
        onPrivacy: () => this.profileFlow.openPrivacy(),
      }),
    );
  }

  /** The stored record as a file, exactly as it was read: for the learner's tutor or a bug report. */
  private exportSavedPlay(saved: SavedPlayEntry): void {
    const name = saved.key.replace(/[^a-z0-9-]/gi, '').slice(0, 60) || 'play';
    downloadJson(`resolve-saved-play-${name}.json`, saved.record);
  }

  private startAgain(saved: SavedPlayEntry): void {
    const summary = this.summaryOf(saved.key);
    if (summary !== undefined) void this.startNew(summary, this.packOf(this.packIdOf(saved)));
  }

  private packIdOf(saved: SavedPlayEntry): string | undefined {
    return saved.read.ok ? saved.read.play.packId : undefined;
  }

  /** "Loading…" while a scenario, the engine or the canvas comes over the network. */
  private setLoading(on: boolean, words = 'Loading the scenario…'): void {
    this.elements.root.setAttribute('aria-busy', on ? 'true' : 'false');
    this.loadingNotice.textContent = words;
    if (on && !this.loadingNotice.isConnected) this.elements.notices.append(this.loadingNotice);
    if (!on) this.loadingNotice.remove();
  }

  private showProblem(title: string, problem: ContentProblem): void {
    const heading = el('h1', { text: title });
    this.show({
      name: 'problem',
      heading,
      title: `${title}: Resolve`,
      element: el('div', { className: 'problem-screen' }, [
        heading,
        problemBox(problem),
        el('button', {
          className: 'button button-primary',
          attrs: { type: 'button' },
          text: 'Back to the menu',
          on: { click: () => void this.showMenu() },
        }),
      ]),
    });
  }

  // ---------------------------------------------------------------- progress

  private readonly checks = createCheckCache(() => this.content);

  /** The progress page: every stored result scored again, charted, and what to work on next. */
  async showProgress(): Promise<void> {
    // Every played scenario is fetched and every play scored again: say so on a slow link.
    this.setLoading(true, 'Working out your progress…');
    const data = await gatherProgress({
      source: this.store,
      scenarios: this.scenarios,
      checks: () => this.checks.all(),
      content: this.content,
      now: Date.now(),
    }).finally(() => this.setLoading(false));
    this.show(
      createProgressScreen({
        data,
        onPlay: (scenarioId) => {
          const summary = this.summaryOf(scenarioId);
          if (summary) void this.startNew(summary);
        },
        onStartCheck: (checkId) => void this.startKnowledgeCheck(checkId),
        onRevise: () => void this.startRevision(),
        onMenu: () => void this.showMenu(),
      }),
    );
  }

  // ---------------------------------------------------------------- plays

  private loadPlayModule(): Promise<PlayModule> {
    this.play ??= import('./play/play-module.ts').then((module) => {
      this.sound = module.createSoundBoard({ onCaption: (caption) => this.captionSink?.(caption) });
      this.sound.setEnabled(this.settings.sound);
      this.sound.setVolume(this.settings.volume);
      if (navigator.userActivation?.hasBeenActive) this.sound.unlock();
      return module;
    });
    return this.play;
  }

  private ensureStage(): Promise<Stage> {
    this.stage ??= createStage({ host: this.elements.stageHost, bus: this.bus }).then((stage) => {
      if (stage.problem) this.notice(stage.problem);
      return stage;
    });
    return this.stage;
  }

  private packOf(packId: string | undefined): Pack | undefined {
    if (!packId) return undefined;
    // In a package, its own pack wins over a built-in pack of the same id.
    return (
      this.lms?.packOf(packId) ??
      this.content?.packs.find((pack) => pack.id === packId) ??
      this.sharing.packOf(packId)
    );
  }

  private async fetchScenario(summary: ScenarioSummary): Promise<Scenario | null> {
    // ---- Own scenarios (issue 13): kept in the store, never fetched.
    if (summary.file.startsWith('own/')) {
      const own = this.own.scenario(summary.id);
      if (own === undefined)
        this.showProblem('This scenario could not be loaded', {
          file: summary.title,
          message: 'is not among your own scenarios in this browser any more',
          details: ['Open its scenario file again under “Your own scenarios (for tutors)”.'],
        });
      return own ?? null;
    }
    // ---- end own scenarios
    const loaded = await loadScenario(summary);
    if (!loaded.ok) {
      this.showProblem('This scenario could not be loaded', loaded.problem);
      return null;
    }
    return loaded.value;
  }

  private setupFor(
    scenario: Scenario,
    pack: Pack | undefined,
    timing?: EffectiveTiming,
  ): PlaySetup {
    return {
      scenario,
      ...(pack ? { pack } : {}),
      timing: timing ?? effectiveTiming(this.settings, pack),
      moodMeter: effectiveMoodMeter(this.settings, pack),
    };
  }

  async startNew(summary: ScenarioSummary, pack?: Pack): Promise<void> {
    if (!(await this.claimPlay(summary.id, summary.title, () => this.startNew(summary, pack))))
      return;
    if (!this.settings.seenHowToPlay) this.updateSettings({ seenHowToPlay: true });
    this.setLoading(true);
    const [scenario, module] = await Promise.all([
      this.fetchScenario(summary),
      this.loadPlayModule(),
    ]);
    this.setLoading(false);
    if (!scenario) return;
    const setup = this.setupFor(scenario, pack);
    const session = module.startSession({
      scenario,
      seed: newSeed(),
      timing: setup.timing.mode,
      feedback: effectiveFeedback(this.settings, pack),
    });
    this.showEncounter({ module, setup, session, resumed: false });
  }

  /**
   * Continue a saved play, or show what was played of one that cannot be continued. Resume replays
   * the transcript; a play that does not replay is kept and the learner is told why.
   */
  private async openSavedPlay(
    saved: SavedPlayEntry,
    want: 'continue' | 'played-so-far',
  ): Promise<void> {
    const summary = this.summaryOf(saved.key);
    if (want === 'continue') {
      // One tab saves a play: a second tab is told and may take it over (single-writer.ts).
      const title = saved.read.ok ? saved.read.play.scenarioTitle : saved.read.title;
      if (!(await this.claimPlay(saved.key, title, () => this.continueLatest(saved.key)))) return;
    }
    this.setLoading(true);
    const [scenario, module] = await Promise.all([
      summary ? this.fetchScenario(summary) : Promise.resolve(undefined),
      this.loadPlayModule(),
    ]);
    this.setLoading(false);
    if (scenario === null) return;
    const resumed = module.resumeSavedPlay(saved, scenario);
    if (resumed.ok && want === 'continue') {
      const setup = this.setupFor(scenario!, this.packOf(resumed.play.packId), resumed.play.timing);
      if (resumed.session.isOver()) {
        this.showDebriefOf(module, setup, resumed.session.transcript());
        return;
      }
      this.showEncounter({ module, setup, session: resumed.session, resumed: true });
      return;
    }
    const playedSoFar =
      want !== 'played-so-far'
        ? null
        : resumed.ok
          ? resumed.session.transcript()
          : resumed.playedSoFar();
    if (scenario !== undefined && playedSoFar !== null) {
      const timing = saved.read.ok ? saved.read.play.timing : undefined;
      this.showDebriefOf(module, this.setupFor(scenario, undefined, timing), playedSoFar);
      return;
    }
    this.showCannotContinue(saved, resumed, scenario !== undefined);
  }

  private showCannotContinue(saved: SavedPlayEntry, resumed: Resume, inLibrary: boolean): void {
    const title = saved.read.ok ? saved.read.play.scenarioTitle : saved.read.title;
    const heading = el('h1', { text: `“${title}” cannot be continued` });
    const words = resumed.ok ? RESUME_WORDS['does-not-replay'] : resumed.words;
    const detail = resumed.ok ? '' : resumed.detail;
    const playedSoFar = !resumed.ok && resumed.playedSoFar() !== null;
    this.show({
      name: 'problem',
      heading,
      title: `${title} cannot be continued: Resolve`,
      element: el('div', { className: 'problem-screen' }, [
        heading,
        el('div', { className: 'problem', attrs: { role: 'alert' } }, [
          el('p', { text: `${words} ${KEPT_WORDS}` }),
          detail ? el('p', { className: 'muted', text: `(${detail})` }) : null,
        ]),
        unresumableActions(title, {
          ...(playedSoFar
            ? { playedSoFar: () => void this.openSavedPlay(saved, 'played-so-far') }
            : {}),
          export: () => this.exportSavedPlay(saved),
          ...(inLibrary ? { startAgain: () => this.startAgain(saved) } : {}),
        }),
        el('button', {
          className: 'button',
          attrs: { type: 'button' },
          text: 'Back to the menu',
          on: { click: () => void this.showMenu() },
        }),
      ]),
    });
  }

  // ---------------------------------------------------------------- one writer per play

  /** Becomes the tab that saves this play, or says it is open in another tab and offers to take it. */
  private async claimPlay(
    scenarioId: string,
    title: string,
    then: () => Promise<void>,
  ): Promise<boolean> {
    if (await this.writer.claim(scenarioId)) return true;
    const heading = el('h1', { text: 'This play is open in another tab' });
    this.show({
      name: 'problem',
      heading,
      title: 'Open in another tab: Resolve',
      element: el('div', { className: 'problem-screen open-elsewhere' }, [
        heading,
        el('p', {
          text: `“${title}” is open in another tab or window. One play is saved in one place, so only one tab can play it at a time.`,
        }),
        el('p', {
          text: 'Take it over here to carry on from where it was last saved: the other tab stops saving and says so.',
        }),
        el('button', {
          className: 'button button-primary',
          attrs: { type: 'button' },
          text: 'Take it over here',
          on: {
            click: () =>
              void this.writer.takeOver(scenarioId).then(async () => {
                if (this.writer.holds(scenarioId)) await then();
              }),
          },
        }),
        el('button', {
          className: 'button',
          attrs: { type: 'button' },
          text: 'Back to the menu',
          on: { click: () => void this.showMenu() },
        }),
      ]),
    });
    return false;
  }

  /** Continues a scenario's play from what is saved now (another tab may have moved it on). */
  private async continueLatest(scenarioId: string): Promise<void> {
    const latest = await this.store.loadProgress(scenarioId);
    if (latest) {
      await this.openSavedPlay(latest, 'continue');
      return;
    }
    this.notice('That play is no longer saved: it was finished or set aside in the other tab.');
    await this.showMenu();
  }

  /** Another tab took this tab's play: stop taking input here, say so, offer to take it back. */
  private lostPlay(scenarioId: string): void {
    if (this.current?.name !== 'encounter') return;
    this.clearLost();
    this.elements.screenHost.inert = true;
    this.lostNotice = el('div', { className: 'notice notice-lost', attrs: { role: 'alert' } }, [
      el('p', {
        text: 'This play is now open in another tab, so nothing you do here is saved. Carry on there, or take it back here.',
      }),
      el('button', {
        className: 'button button-primary',
        attrs: { type: 'button' },
        text: 'Take it back here',
        on: {
          click: () =>
            void this.writer.takeOver(scenarioId).then(async () => {
              this.clearLost();
              if (this.writer.holds(scenarioId)) await this.continueLatest(scenarioId);
            }),
        },
      }),
    ]);
    this.elements.notices.append(this.lostNotice);
  }

  private clearLost(): void {
    this.lostNotice?.remove();
    this.lostNotice = null;
    this.elements.screenHost.inert = false;
  }

  /**
   * The first line and the choices show at once; the stage (Phaser comes over the network) catches
   * up from the bus when it is ready.
   */
  private showEncounter(options: {
    module: PlayModule;
    setup: PlaySetup;
    session: Session;
    resumed: boolean;
  }): void {
    const { module, setup } = options;
    const screen = module.createEncounterScreen({
      setup,
      session: options.session,
      store: this.lmsPlayStore(
        writerOnlyStore(this.store, (scenarioId) => this.writer.holds(scenarioId)),
      ),
      announcer: this.announcer,
      bus: this.bus,
      sound: this.sound,
      reducedMotion: () => this.reducedMotion(),
      captions: () => this.settings.captions,
      setCaptionSink: (sink) => (this.captionSink = sink),
      resumed: options.resumed,
      onFinished: (controller) => void this.showDebrief(module, controller),
    });
    this.show(screen);
    void this.ensureStage().then((stage) => {
      if (this.current !== screen) return;
      this.elements.root.dataset.stage = stage.mode;
      stage.refresh();
    });
  }

  private async showDebrief(module: PlayModule, controller: PlayController): Promise<void> {
    await controller.settled();
    const transcript = controller.session.transcript();
    const record = recordOfTranscript(await this.store.listResults(), transcript);
    this.showDebriefOf(module, controller.setup, transcript, record);
  }

  /** The debrief of a transcript: a finished play, or what was played of one (overall: none). */
  private showDebriefOf(
    module: PlayModule,
    setup: PlaySetup,
    transcript: Transcript,
    record?: PlayRecord,
  ): void {
    let debrief: Debrief;
    try {
      debrief = module.scoreTranscript(setup.scenario, transcript);
    } catch (error) {
      this.showProblem('The debrief could not be worked out', {
        file: `content/scenarios/${setup.scenario.id}.json`,
        message: 'could not be scored',
        details: [error instanceof Error ? error.message : String(error)],
      });
      return;
    }
    this.show(
      module.createDebriefScreen({
        scenario: setup.scenario,
        debrief,
        timing: setup.timing,
        onRetryFrom: (moment) => this.retryFrom(module, setup, transcript, moment),
        onPlayAgain: () => {
          const session = module.startSession({
            scenario: setup.scenario,
            seed: newSeed(),
            timing: setup.timing.mode,
            feedback: effectiveFeedback(this.settings, setup.pack),
          });
          this.showEncounter({ module, setup, session, resumed: false });
        },
        onMenu: () => void this.showMenu(),
        // ---- Tutor (issue 13): a pack may keep the best options and moment retries out of the debrief.
        showBestOption: setup.pack?.settings?.showBestPath !== false,
        retryFromMoments: setup.pack?.settings?.allowRetry !== false,
        // ---- end Tutor (issue 13)
        ...this.nextInPack(setup),
        ...(record
          ? {
              reflection: this.reflectionOf(record),
              results: this.resultsOfPlay(record, setup.scenario, debrief),
              route: { kind: 'result', playId: record.playId } as const,
            }
          : {}),
      }),
    );
  }

  private nextInPack(setup: PlaySetup): {
    next?: { title: string; start: () => void };
    packSummary?: () => void;
  } {
    const pack = setup.pack;
    if (!pack) return {};
    const step = this.packNext(pack, { scenario: setup.scenario.id });
    return step.next ? step : { packSummary: () => void this.showPackSummary(pack.id) };
  }

  private retryFrom(
    module: PlayModule,
    setup: PlaySetup,
    transcript: Transcript,
    moment: DebriefMoment,
  ): void {
    const session = module.sessionAtStep({
      scenario: setup.scenario,
      transcript,
      step: moment.enteredAtStep,
    });
    this.showEncounter({ module, setup, session, resumed: false });
  }

  // ---------------------------------------------------------------- history (issue 12)

  /** Where a reload comes back to: the hash is replaced, so Back does not step through screens. */
  private setRoute(route: Route): void {
    const { pathname, search } = window.location;
    const url = `${pathname}${search}${formatRoute(route)}`;
    if (url !== `${pathname}${search}${window.location.hash}`)
      window.history.replaceState(window.history.state, '', url);
  }

  private async openRoute(route: Route): Promise<void> {
    // Nobody playing (after a sign-out): a typed or pasted address opens the profile screen.
    // ---- Own scenarios (issue 13): a reloaded result or pack may need one.
    await this.own.refresh();
    if (this.session.store === null) await this.profileFlow.showProfiles();
    else if (await this.openSharingRoute(route)) return;
    else if (route.kind === 'result') await this.showResult(route.playId);
    else if (route.kind === 'pack-summary') await this.showPackSummary(route.packId);
    else if (route.kind === 'progress') await this.showProgress();
    // ---- Gradebook (issue 13)
    else if (route.kind === 'gradebook') await this.showGradebook();
    else await this.showMenu();
  }

  /** Every stored play with its debrief worked out again (scenarios fetched once per visit). */
  private async scoredPlays(records?: readonly PlayRecord[]): Promise<ScoredPlay[]> {
    const all = records ?? (await this.store.listResults());
    return Promise.all(
      all.map(async (record) =>
        scorePlay(record, await this.scenarios.scenario(record.result.scenarioId)),
      ),
    );
  }

  private async menuHistory(): Promise<MenuHistory> {
    const plays = await this.scoredPlays();
    return {
      rows: historyRows(plays),
      records: scenarioRecords(plays),
      packTitle: (packId) => this.packOf(packId)?.title,
      now: new Date(),
      onOpen: (playId) => void this.showResult(playId),
      onPackSummary: (packId) => void this.showPackSummary(packId),
      onEvidenceRecord: (playId) => void this.showEvidenceRecordOf(playId),
    };
  }

  private reflectionOf(record: PlayRecord): HTMLElement {
    return reflectionSection({
      reflection: record.reflection,
      announce: (message) => this.announcer.polite(message),
      onSave: async (text) => {
        try {
          await this.store.saveReflection(record.playId, {
            ...text,
            savedAt: new Date().toISOString(),
          });
          return true;
        } catch {
          return false;
        }
      },
    });
  }

  /** A past play's debrief as it was: scored again from its transcript, with its reflection. */
  private async showResult(playId: string): Promise<void> {
    const record = await this.store.getResult(playId);
    if (record === undefined) {
      this.notice('That result is not saved on this device, so the menu is shown instead.');
      await this.showMenu();
      return;
    }
    this.setLoading(true);
    const [scenario, module] = await Promise.all([
      this.scenarios.scenario(record.result.scenarioId),
      this.loadPlayModule(),
    ]);
    this.setLoading(false);
    const scored = scorePlay(record, scenario);
    if (!scored.ok) {
      this.showProblem('This result cannot be shown', {
        file: record.result.scenarioTitle,
        message: `has no debrief: ${scored.problem}`,
        details: [],
      });
      return;
    }
    const { transcript, timingSource, packId } = record.result;
    const setup = this.setupFor(scored.scenario, this.packOf(packId), {
      mode: transcript.timing,
      source: timingSource,
    });
    this.showDebriefOf(module, setup, transcript, record);
  }

  private async showPackSummary(packId: string): Promise<void> {
    const pack = this.packOf(packId);
    if (pack === undefined) {
      this.notice('That pack is not in the library, so the menu is shown instead.');
      await this.showMenu();
      return;
    }
    this.setLoading(true);
    const [plays, checks, contents] = await Promise.all([
      this.scoredPlays(),
      this.store.listCheckResults(),
      Promise.all((pack.knowledgeChecks ?? []).map((id) => this.fetchCheck(id, true))),
    ]);
    const checkOf = (id: string) => contents.find((check) => check?.id === id) ?? undefined;
    this.setLoading(false);
    const titleOf = (id: string) => this.summaryOf(id)?.title;
    const checkTitle = (id: string) =>
      this.content?.knowledgeChecks.find((check) => check.id === id)?.title;
    this.show(
      createPackSummaryScreen({
        summary: packSummary({
          pack,
          titleOf,
          plays,
          checks: packChecks(pack, checks, checkOf, checkTitle),
        }),
        onOpenResult: (playId) => void this.showResult(playId),
        onMenu: () => void this.showMenu(),
        results: this.resultsOfPack(pack, checkOf),
        courseExit: this.courseExitFor(pack.id), // LMS (issue 14)
      }),
    );
  }
  // ---------------------------------------------------------------- shared packs (issue 13)

  private readonly sharing = new PackSharing({
    store: () => this.session.store,
    content: () => this.content,
    // ---- Own scenarios (issue 13)
    ownScenarios: () => this.own.summaries(),
    show: (screen) => this.show(screen),
    showMenu: () => this.showMenu(),
    startNew: (summary, pack) => void this.startNew(summary, pack),
    scoredPlays: () => this.scoredPlays(),
    announce: (message) => this.announcer.polite(message),
  });

  /** A pack link, the builder, or (for the rest) the profile's added packs read first. */
  private async openSharingRoute(route: Route): Promise<boolean> {
    await this.sharing.refresh();
    if (route.kind === 'shared-pack') this.sharing.openLink(route);
    else if (route.kind === 'pack-builder') this.sharing.showBuilder();
    else return false;
    return true;
  }

  // ---------------------------------------------------------------- result files for the tutor (issue 13)

  private resultsWiring(
    subject: string,
    back: () => void,
  ): Pick<
    ResultsPanelWiring,
    'profileName' | 'subject' | 'now' | 'announce' | 'openEvidenceRecord'
  > {
    return {
      profileName: this.store.profile.name,
      subject,
      now: () => new Date(),
      announce: (message) => this.announcer.polite(message),
      openEvidenceRecord: (record) =>
        this.show(
          createEvidenceRecordScreen({
            record,
            subject,
            onBack: back,
            print: () => window.print(),
          }),
        ),
    };
  }

  /** A finished play's panel: the play read again when used, so a new reflection goes with it. */
  private resultsOfPlay(record: PlayRecord, scenario: Scenario, debrief: Debrief): HTMLElement {
    return resultsPanel({
      ...this.resultsWiring(scenario.title, () => void this.showResult(record.playId)),
      gather: async () => ({
        plays: [
          { record: (await this.store.getResult(record.playId)) ?? record, scenario, debrief },
        ],
        checks: [],
      }),
    });
  }

  /** From the history: a play's evidence record under the profile's name; Back goes to the menu. */
  private async showEvidenceRecordOf(playId: string): Promise<void> {
    const record = await this.store.getResult(playId);
    const scored =
      record && scorePlay(record, await this.scenarios.scenario(record.result.scenarioId));
    if (!scored?.ok) {
      this.notice('That result has no evidence record on this device, so the menu is shown.');
      await this.showMenu();
      return;
    }
    const { openEvidenceRecord } = this.resultsWiring(
      scored.scenario.title,
      () => void this.showMenu(),
    );
    openEvidenceRecord(
      evidenceRecord({
        learnerName: this.store.profile.name,
        now: new Date(),
        plays: [{ record: scored.record, scenario: scored.scenario, debrief: scored.debrief }],
      }),
    );
  }

  private resultsOfPack(
    pack: Pack,
    checkOf: (checkId: string) => KnowledgeCheck | undefined,
  ): HTMLElement {
    return resultsPanel({
      ...this.resultsWiring(pack.title, () => void this.showPackSummary(pack.id)),
      pack,
      gather: async () => {
        const [plays, checks] = await Promise.all([
          this.scoredPlays(),
          this.store.listCheckResults(),
        ]);
        return packMaterial({ pack, plays, checks, checkOf });
      },
    });
  }

  // ---- Gradebook (issue 13)

  private gradebookCode: Promise<GradebookModule> | null = null;
  /** The rows read this visit, kept while the tutor opens a learner and comes back. */
  private gradebook: InstanceType<GradebookModule['Gradebook']> | null = null;

  private async loadGradebook(): Promise<GradebookModule> {
    this.gradebookCode ??= import('./gradebook/gradebook-module.ts');
    return this.gradebookCode;
  }

  /** The tutor's gradebook: result files read and replayed in a worker (src/game/gradebook/). */
  async showGradebook(): Promise<void> {
    this.setLoading(true, 'Opening the gradebook…');
    const code = await this.loadGradebook().finally(() => this.setLoading(false));
    this.gradebook ??= new code.Gradebook(
      () => new URL(`${CONTENT_BASE}versions.json`, document.baseURI).href,
      // A pack that names its group (the library's or one this profile added) gives the row's group.
      (packId) => this.packOf(packId)?.groupName,
    );
    const gradebook = this.gradebook;
    this.show(
      code.createGradebookScreen({
        gradebook,
        announce: (message) => this.announcer.polite(message),
        onOpen: (row) => void this.openGradebookRow(code, row.key, 0),
        onMenu: () => void this.showMenu(),
        now: () => new Date(),
      }),
    );
  }

  private async openGradebookRow(code: GradebookModule, key: string, index: number): Promise<void> {
    const row = this.gradebook?.rows.find((each) => each.key === key);
    const detail = row && (await this.gradebook?.detail(key));
    if (!row || !detail) {
      this.announcer.polite('That result can no longer be opened. Import the file again.');
      return;
    }
    this.show(
      code.createLearnerView({
        row,
        detail,
        index,
        onPlay: (other) => void this.openGradebookRow(code, key, other),
        onBack: () => void this.showGradebook(),
      }),
    );
  }

  // ---- end Gradebook

  // ---------------------------------------------------------------- knowledge checks

  /** Knowledge-check results and review cards are kept by the profile's store. */
  private get checkStore(): CheckStore {
    return this.lms?.checkStore(this.store) ?? this.store;
  }

  /** The checks on the menu and the revision summary, counting only cards of installed checks. */
  private async checksOnMenu(): Promise<ChecksSectionOptions | undefined> {
    const checks = this.content?.knowledgeChecks ?? [];
    if (checks.length === 0) return undefined;
    const installed = new Set(checks.map((check) => check.id));
    const cards = (await this.checkStore.loadReviewCards()).filter((card) =>
      installed.has(card.checkId),
    );
    return {
      checks,
      revision: revisionSummary(cards, Date.now()),
      onStart: (checkId) => void this.startKnowledgeCheck(checkId),
      onRevise: () => void this.startRevision(),
    };
  }

  /** A check from the built content, or null (the problem screen shows why, unless `quiet`). */
  private async fetchCheck(checkId: string, quiet = false): Promise<KnowledgeCheck | null> {
    const loaded = await this.checks.load(checkId);
    if (loaded === undefined) return null;
    if (loaded.ok) return loaded.value;
    if (!quiet) this.showProblem('This knowledge check could not be loaded', loaded.problem);
    return null;
  }

  private showCheck(
    session: CheckSession,
    onFinished: (session: CheckSession) => Promise<string>,
    next?: { title: string; start: () => void },
  ): void {
    this.show(
      createCheckScreen({
        session,
        announcer: this.announcer,
        onFinished,
        onMenu: () => void this.showMenu(),
        next,
      }),
    );
  }

  async startKnowledgeCheck(checkId: string, pack?: Pack): Promise<void> {
    this.setLoading(true);
    const check = await this.fetchCheck(checkId);
    this.setLoading(false);
    if (check === null) return;
    this.showCheck(
      startCheck({ check, seed: newSeed() }),
      (session) => keepCheck(this.checkStore, session, { packId: pack?.id, now: Date.now() }),
      pack ? this.afterPackCheck(pack, checkId) : undefined,
    );
  }

  /** The due questions of every installed check, the most overdue first, as one session. */
  private async startRevision(): Promise<void> {
    this.setLoading(true);
    const ids = (this.content?.knowledgeChecks ?? []).map((check) => check.id);
    const [cards, checks] = await Promise.all([
      this.checkStore.loadReviewCards(),
      Promise.all(ids.map((id) => this.fetchCheck(id, true))),
    ]);
    this.setLoading(false);
    const now = Date.now();
    const set = revisionSet(
      checks.filter((check) => check !== null),
      cards,
      now,
    );
    if (set === null) {
      await this.showMenu();
      return;
    }
    this.showCheck(startCheck({ check: set.check, seed: newSeed() }), (session) =>
      keepRevision(this.checkStore, set, session, Date.now()),
    );
  }

  /** After a pack's check: its next check, or the pack summary after the last. */
  private afterPackCheck(pack: Pack, checkId: string): { title: string; start: () => void } {
    return (
      this.packNext(pack, { check: checkId }).next ?? {
        title: 'the pack summary',
        start: () => void this.showPackSummary(pack.id),
      }
    );
  }

  /** The pack's step after this one: its scenarios, then its knowledge checks. */
  private packNext(
    pack: Pack,
    at: { scenario: string } | { check: string },
  ): { next?: { title: string; start: () => void } } {
    const content = this.contentWithOwn();
    const step = content ? packStepAfter(pack, content, at) : null;
    if (step === null) return {};
    if (step.kind === 'scenario')
      return {
        next: { title: step.summary.title, start: () => void this.startNew(step.summary, pack) },
      };
    return {
      next: {
        title: step.entry.title,
        start: () => void this.startKnowledgeCheck(step.entry.id, pack),
      },
    };
  }

  // ---- LMS (issue 14)

  /** The package this page runs in (resolve-package.json) and the LMS it reports to, if any. */
  private lms: LmsLink | null = null;
  private lmsConnection: LmsConnection | undefined;

  private lmsPlayStore(store: PlayStore): PlayStore {
    return this.lms?.playStore(store) ?? store;
  }

  /**
   * In a package: connects to its LMS, then continues the play the LMS kept or opens the pack's
   * next step. True when it showed the first screen; a plain web build has no package file.
   */
  private async startLms(packageRead: Promise<PackageRead>): Promise<boolean> {
    const read = await packageRead;
    if (read.kind === 'none') return false;
    if (read.kind === 'invalid') {
      this.notice(read.message);
      return false;
    }
    const { pkg } = read;
    const [connection, { LmsLink }] = await Promise.all([
      connectLms(pkg, window),
      import('./lms/lms-link.ts'),
    ]);
    if (connection === undefined && pkg.format !== 'web') this.notice(NO_LMS_MESSAGE);
    this.lmsConnection = connection;
    const packId = pkg.pack.id;
    this.lms = new LmsLink({
      pkg,
      connection,
      win: window,
      scenario: (id) => this.scenarios.scenario(id),
      plays: async () =>
        this.scoredPlays(
          (await this.store.listResults()).filter((record) => record.result.packId === packId),
        ),
      checks: async () =>
        Promise.all(
          (await this.store.listCheckResults())
            .filter((record) => record.result.packId === packId)
            .map(async (record) =>
              scoreCheck(record, (await this.fetchCheck(record.result.checkId, true)) ?? undefined),
            ),
        ),
    });
    if (await this.resumeLmsPlay()) return true;
    await this.openLmsPack();
    return true;
  }

  /** The play the LMS kept (suspend data), at the same step; false when there is none to continue. */
  private async resumeLmsPlay(): Promise<boolean> {
    const data = this.lms?.resumeData;
    if (this.lms === null || data === undefined) return false;
    const pack = this.lms.pack;
    const { readResumeData, resumeScenarioId } = await import('../lms/resume.ts');
    const scenarioId = resumeScenarioId(data);
    const summary = scenarioId === undefined ? undefined : this.summaryOf(scenarioId);
    if (summary === undefined || !pack.scenarios.includes(summary.id)) {
      this.notice(
        'The place your LMS kept is not in this package, so its pack opens at its next step.',
      );
      return false;
    }
    if (!(await this.claimPlay(summary.id, summary.title, () => this.openLmsPack()))) return true;
    this.setLoading(true);
    const [scenario, module] = await Promise.all([
      this.fetchScenario(summary),
      this.loadPlayModule(),
    ]);
    this.setLoading(false);
    if (scenario === null) return true;
    const read = readResumeData(data, scenario);
    if (!read.ok || read.session.isOver()) {
      if (!read.ok)
        this.notice(
          `Your place in “${summary.title}” could not be restored from your LMS (${read.problem}), so the pack opens at its next step.`,
        );
      return false;
    }
    const setup = this.setupFor(scenario, pack, {
      mode: read.session.transcript().timing,
      source: read.timingSource,
    });
    this.showEncounter({ module, setup, session: read.session, resumed: true });
    return true;
  }

  /** The pack's first scenario not yet finished in it, then its checks, then its summary. */
  private async openLmsPack(): Promise<void> {
    if (this.lms === null) return;
    const pack = this.lms.pack;
    const finished = new Set(
      (await this.store.listResults())
        .filter((record) => record.result.packId === pack.id)
        .map((record) => record.result.scenarioId),
    );
    const next = pack.scenarios.find((id) => !finished.has(id) && this.summaryOf(id));
    const summary = next === undefined ? undefined : this.summaryOf(next);
    if (summary !== undefined) {
      await this.startNew(summary, pack);
      return;
    }
    const taken = (await this.store.listCheckResults()).filter(
      (record) => record.result.packId === pack.id,
    );
    const check = (pack.knowledgeChecks ?? []).find(
      (id) => !taken.some((record) => record.result.checkId === id),
    );
    if (check !== undefined) await this.startKnowledgeCheck(check, pack);
    else await this.showPackSummary(pack.id);
  }

  /** A cmi5 package's way back to its course, on its pack's summary, when the LMS gave one. */
  private courseExitFor(packId: string): HTMLElement | undefined {
    const connection = this.lmsConnection;
    if (this.lms === null || packId !== this.lms.pack.id || connection?.kind !== 'cmi5') return;
    const cmi5 = connection as Cmi5Connection;
    if (cmi5.returnUrl === undefined) return;
    const link = this.lms;
    return createCourseExit({
      moveOn: cmi5.launch.moveOn,
      moveOnMet: cmi5.moveOnMet,
      onExit: async () => {
        // Reports still being worked out go first, then the session ends.
        await link.settled();
        await cmi5.exitToCourse();
      },
    });
  }
  // ---- end LMS (issue 14)
}
