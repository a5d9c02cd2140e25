import {
  MAX_PACK_FILE_BYTES,
  packFile,
  packFileName,
  readPackFile,
} from '../../packs/pack-file.ts';
import { packFragment, readPackFragment } from '../../packs/pack-link.ts';
import { refuse, type KnownContent, type SharedPackRead } from '../../packs/shared-pack.ts';
import { packSummary } from '../../records/pack-summary.ts';
import type { ScoredPlay } from '../../records/scored-play.ts';
import type { ContentIndex, ScenarioSummary } from '../../scenario/content-index.ts';
import type { Pack } from '../../scenario/pack-schema.ts';
import type { LearnerStore } from '../../storage/learner-store.ts';
import type { Route } from '../route.ts';
import { downloadJson } from '../ui/download.ts';
import type { MenuHistory } from '../ui/history/history-section.ts';
import { createPackBuilderScreen } from '../ui/pack-builder/pack-builder-screen.ts';
import type { Screen } from '../ui/screen.ts';
import type { AddedPackItem, AddedPacksOptions } from '../ui/shared-pack/added-packs-section.ts';
import { createSharedPackScreen } from '../ui/shared-pack/shared-pack-screen.ts';

/*
 * Packs that travel between a tutor and learners (issue 13): opening a pack link or file (read as
 * untrusted, src/packs/), adding it to the profile's packs, listing them on the menu with the
 * learner's progress, and the builder that makes them. The app passes in what it owns.
 */

export interface PackSharingHost {
  store: () => LearnerStore | null;
  content: () => ContentIndex | null;
  // ---- Own scenarios (issue 13)
  /** The tutor's own scenarios on this device: a pack may name them after the library's. */
  ownScenarios?: () => ScenarioSummary[];
  // ---- end own scenarios
  show: (screen: Screen) => void;
  showMenu: () => Promise<void>;
  startNew: (summary: ScenarioSummary, pack: Pack) => void;
  scoredPlays: () => Promise<ScoredPlay[]>;
  announce: (message: string) => void;
  now?: () => Date;
}

export class PackSharing {
  /** This profile's added packs, as last read (the app's packOf looks here after the library). */
  private added: Pack[] = [];

  constructor(private readonly host: PackSharingHost) {}

  /** Reads this profile's added packs again (on the menu, and before a route opens). */
  async refresh(): Promise<void> {
    const store = this.host.store();
    this.added = store === null ? [] : (await store.listPacks()).map((added) => added.pack);
  }

  packOf(packId: string): Pack | undefined {
    return this.added.find((pack) => pack.id === packId);
  }

  // ---- Own scenarios (issue 13)
  /** The library's scenarios, then the tutor's own on this device. */
  private scenarios(): ScenarioSummary[] {
    return [...(this.host.content()?.scenarios ?? []), ...(this.host.ownScenarios?.() ?? [])];
  }
  // ---- end own scenarios

  private known(): KnownContent {
    const content = this.host.content();
    return {
      scenarios: new Set(this.scenarios().map((scenario) => scenario.id)),
      knowledgeChecks: new Set(content?.knowledgeChecks.map((check) => check.id) ?? []),
    };
  }

  private showRead(read: SharedPackRead, source: 'link' | 'file', route?: Route): void {
    const content = this.host.content();
    this.host.show(
      createSharedPackScreen({
        read,
        source,
        scenarioTitle: (id) => this.scenarios().find((s) => s.id === id)?.title ?? id,
        checkTitle: (id) => content?.knowledgeChecks.find((c) => c.id === id)?.title ?? id,
        alreadyAdded: (id) => this.packOf(id) !== undefined,
        onAdd: (pack) => void this.add(pack),
        onMenu: () => void this.host.showMenu(),
        ...(route ? { route } : {}),
      }),
    );
  }

  /** A `#pack=1.…` link opened the game. */
  openLink(route: Extract<Route, { kind: 'shared-pack' }>): void {
    this.showRead(
      this.checkable() ?? readPackFragment(route.fragment, this.known()),
      'link',
      route,
    );
  }

  /** Without the library, every scenario would read as unknown: say what is really wrong. */
  private checkable(): SharedPackRead | null {
    return this.host.content() === null
      ? refuse(
          'unknown-content',
          'The scenario library did not load, so this pack cannot be checked yet. Reload the page, then open the pack again.',
        )
      : null;
  }

  /** "Open a pack file" on the menu. Never throws: a file that cannot be read says so. */
  async openFile(file: File): Promise<void> {
    let read: SharedPackRead;
    const notCheckable = this.checkable();
    if (notCheckable !== null) {
      read = notCheckable;
    } else if (file.size > MAX_PACK_FILE_BYTES) {
      read = refuse(
        'too-large',
        `This file is larger than a pack file can be (${MAX_PACK_FILE_BYTES / 1024} KB at most). Check you picked the .resolve-pack.json file your tutor sent.`,
      );
    } else {
      try {
        read = readPackFile(await file.text(), this.known());
      } catch {
        read = refuse(
          'damaged',
          'This browser could not read the file. Check you picked the .resolve-pack.json file your tutor sent, or ask for it again.',
        );
      }
    }
    this.showRead(read, 'file');
  }

  private async add(pack: Pack): Promise<void> {
    const store = this.host.store();
    if (store === null) return;
    if (this.host.content()?.packs.some((builtIn) => builtIn.id === pack.id)) {
      this.host.announce(`“${pack.title}” is already on your menu.`);
      await this.host.showMenu();
      return;
    }
    await store.savePack(pack);
    await this.host.showMenu();
    this.host.announce(`Added “${pack.title}” to your packs.`);
  }

  private async remove(pack: Pack): Promise<void> {
    await this.host.store()?.removePack(pack.id);
    await this.host.showMenu();
    this.host.announce(`Removed “${pack.title}”. Your results from it are kept.`);
  }

  private start(item: AddedPackItem): void {
    const next =
      item.summary.scenarios.find((line) => line.best === null)?.scenarioId ??
      item.pack.scenarios[0];
    const summary = this.scenarios().find((scenario) => scenario.id === next);
    if (summary !== undefined) this.host.startNew(summary, item.pack);
  }

  /** The menu's "Packs from your tutor", with the learner's progress through each. */
  async menuOptions(history: MenuHistory | undefined): Promise<AddedPacksOptions> {
    await this.refresh();
    const plays = this.added.length > 0 ? await this.host.scoredPlays() : [];
    const titleOf = (id: string) => this.scenarios().find((s) => s.id === id)?.title;
    return {
      items: this.added.map((pack) => ({ pack, summary: packSummary({ pack, titleOf, plays }) })),
      history,
      onStart: (item) => this.start(item),
      onRemove: (pack) => void this.remove(pack),
      onOpenFile: (file) => void this.openFile(file),
      onBuild: () => this.showBuilder(),
    };
  }

  showBuilder(): void {
    const content = this.host.content();
    if (content === null) {
      void this.host.showMenu();
      return;
    }
    this.host.show(
      createPackBuilderScreen({
        content,
        // ---- Own scenarios (issue 13)
        ownScenarios: this.host.ownScenarios?.() ?? [],
        now: this.host.now ?? (() => new Date()),
        linkFor: (pack) => {
          const { origin, pathname, search } = window.location;
          return `${origin}${pathname}${search}#${packFragment(pack)}`;
        },
        // Not every browser (or an http page) has the clipboard: the link field is shown anyway.
        copy: (text) =>
          'clipboard' in navigator
            ? navigator.clipboard.writeText(text)
            : Promise.reject(new Error('no clipboard')),
        onSaveFile: (pack) => downloadJson(packFileName(pack), packFile(pack)),
        onMenu: () => void this.host.showMenu(),
        announce: this.host.announce,
      }),
    );
  }
}
