import { checkOwnScenarioFile, fileTooLarge } from '../../scenario/check-file.ts';
import { scenarioSummary, type ScenarioSummary } from '../../scenario/content-index.ts';
import { formatDiagnostic } from '../../scenario/diagnostics.ts';
import type { Scenario } from '../../scenario/schema.ts';
import type { LearnerStore, OwnScenarioEntry } from '../../storage/learner-store.ts';
import type {
  OwnScenarioItem,
  OwnScenarioMessage,
  OwnScenariosOptions,
} from '../ui/own-scenarios/own-scenarios-section.ts';

/*
 * A tutor's own scenarios (issue 13): files opened in the browser, checked by the one path
 * `resolve validate` takes (src/scenario/check-file.ts), kept per profile in the store and
 * checked again when read. The app asks here first for a scenario id it does not ship; a result
 * from one carries its content, which the gradebook reads as "tutor's own scenario".
 */

export interface OwnScenariosHost {
  store: () => LearnerStore | null;
  /** The ids of the built-in library: an own scenario may not take one. */
  builtInIds: () => ReadonlySet<string>;
  showMenu: () => Promise<void>;
  play: (summary: ScenarioSummary) => void;
  announce: (message: string) => void;
}

interface Kept {
  entry: OwnScenarioEntry;
  /** Checked again, with the built-in ids of this build. */
  scenario?: Scenario;
  summary?: ScenarioSummary;
  lines: string[];
}

/** Own scenarios' summaries name a file under own/: nothing is ever fetched from there. */
const summaryOf = (scenario: Scenario): ScenarioSummary => ({
  ...scenarioSummary(scenario),
  file: `own/${scenario.id}.json`,
});

export class OwnScenarios {
  private kept: Kept[] = [];
  /** What the last opened file came to: shown on the next menu, then forgotten. */
  private message: OwnScenarioMessage | null = null;
  private messageElement: HTMLElement | null = null;

  constructor(private readonly host: OwnScenariosHost) {}

  /** Reads this profile's own scenarios again (on the menu, and before a route opens). */
  async refresh(): Promise<void> {
    const store = this.host.store();
    const entries = store === null ? [] : await store.listOwnScenarios();
    const builtIn = this.host.builtInIds();
    this.kept = entries.map((entry) => {
      // The store checked the text; a built-in of the same id may have arrived with an update.
      const clash = builtIn.has(entry.scenarioId)
        ? checkOwnScenarioFile(entry.fileName, entry.text, { builtInIds: builtIn }).lines
        : null;
      const scenario = clash === null ? entry.scenario : undefined;
      return {
        entry,
        lines: clash ?? entry.lines,
        ...(scenario !== undefined ? { scenario, summary: summaryOf(scenario) } : {}),
      };
    });
  }

  /** A playable own scenario of that id. */
  scenario(scenarioId: string): Scenario | undefined {
    return this.kept.find((kept) => kept.entry.scenarioId === scenarioId)?.scenario;
  }

  /** The menu-style summaries of the playable ones, for packs and the pack builder. */
  summaries(): ScenarioSummary[] {
    return this.kept.flatMap((kept) => (kept.summary ? [kept.summary] : []));
  }

  /** "Open a scenario file". Never throws: a file that cannot be read says so in the CLI's words. */
  async openFile(file: File): Promise<void> {
    const store = this.host.store();
    if (store === null) return;
    const name = file.name.slice(0, 200) || 'scenario.yaml';
    let lines: string[];
    let scenario: Scenario | undefined;
    let text = '';
    const tooLarge = fileTooLarge(name, file.size);
    if (tooLarge !== undefined) {
      lines = [formatDiagnostic(tooLarge)];
    } else {
      try {
        const bytes = new Uint8Array(await file.arrayBuffer());
        const checked = checkOwnScenarioFile(name, bytes, { builtInIds: this.host.builtInIds() });
        ({ lines, scenario } = checked);
        if (scenario !== undefined) text = new TextDecoder().decode(bytes);
      } catch (error) {
        lines = [
          `${name}:1:1: error: the file could not be read: ${error instanceof Error ? error.message : String(error)} (fix: check that it exists and that you may read it)`,
        ];
      }
    }
    if (scenario === undefined) {
      this.message = { kind: 'refused', fileName: name, lines };
      await this.host.showMenu();
      this.host.announce(`${name} cannot be played yet. The problems are listed.`);
    } else {
      await store.saveOwnScenario({ scenarioId: scenario.id, fileName: name, text });
      this.message = { kind: 'added', title: scenario.title, lines };
      await this.host.showMenu();
      this.host.announce(`Added “${scenario.title}” to your own scenarios.`);
    }
    this.focusMessage();
  }

  private focusMessage(): void {
    this.messageElement?.focus();
  }

  private async remove(scenarioId: string): Promise<void> {
    const title = this.kept.find((kept) => kept.entry.scenarioId === scenarioId)?.scenario?.title;
    await this.host.store()?.removeOwnScenario(scenarioId);
    await this.host.showMenu();
    this.host.announce(
      `Removed “${title ?? scenarioId}” from this browser. Your results from it are kept.`,
    );
  }

  /** The menu's section; the message of the last opened file is shown once. */
  async menuOptions(): Promise<OwnScenariosOptions> {
    await this.refresh();
    const message = this.message;
    this.message = null;
    const items: OwnScenarioItem[] = this.kept.map((kept) => ({
      scenarioId: kept.entry.scenarioId,
      fileName: kept.entry.fileName,
      title: kept.scenario?.title ?? kept.entry.fileName,
      summary: kept.scenario?.summary ?? '',
      lines: kept.lines,
      playable: kept.scenario !== undefined,
    }));
    return {
      items,
      message,
      onOpenFile: (file) => void this.openFile(file),
      onPlay: (scenarioId) => {
        const summary = this.kept.find((kept) => kept.entry.scenarioId === scenarioId)?.summary;
        if (summary !== undefined) this.host.play(summary);
      },
      onRemove: (scenarioId) => void this.remove(scenarioId),
      onMessageShown: (element) => (this.messageElement = element),
    };
  }
}
