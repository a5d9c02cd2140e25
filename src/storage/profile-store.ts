import type { ReviewCard } from '../revision/review-card.ts';
import type { FallbackStore } from './fallback.ts';
import { REFLECTION_MAX, type Profile, type Reflection } from './learner-records.ts';
import type { Pack } from '../scenario/pack-schema.ts';
import type {
  AddedPack,
  CheckRecord,
  ImportOutcome,
  LearnerStore,
  OwnScenarioEntry,
  PlayRecord,
} from './learner-store.ts';
import { playIdOf } from './play-id.ts';
import {
  addedPackOf,
  checkRecordOf,
  entryOf,
  OWN_SCENARIO_NAME_MAX,
  ownScenarioOf,
  playRecordOf,
  reviewCardOf,
} from './read-records.ts';
import type { FinishedCheck, FinishedPlay, SavedPlay } from './saved-play.ts';
import {
  PROFILE_TABLES,
  type CheckRow,
  type FinishedRecord,
  type OwnScenarioRow,
  type PackRow,
  type ProgressRecord,
  type SavedPlayEntry,
} from './store.ts';
import { exportProfile, importIntoProfile } from './transfer.ts';

const oldestFirst = (a: { savedAt: string; playId: string }, b: typeof a): number =>
  a.savedAt.localeCompare(b.savedAt) || a.playId.localeCompare(b.playId);

// Line breaks and tabs are kept; other control characters never belong in what a learner wrote.
const cleanText = (text: string): string =>
  text
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .slice(0, REFLECTION_MAX);

/** A reflection as it is kept: plain text, each field within the limit. */
export const cleanReflection = (reflection: Reflection): Reflection => ({
  wentWell: cleanText(String(reflection.wentWell)),
  doDifferently: cleanText(String(reflection.doDifferently)),
  savedAt: String(reflection.savedAt).slice(0, 40),
});

export interface ProfileStoreOptions {
  device: FallbackStore;
  profile: Profile;
  now: () => Date;
  /** The game's version, written into exports. */
  appVersion: string;
}

/**
 * One profile's records. Every operation passes this profile's id to the backend, which only
 * reads and writes inside that profile's key range: another profile's play ids and scenario ids
 * are simply not found here.
 */
export class ProfileStore implements LearnerStore {
  readonly profile: Profile;
  private readonly device: FallbackStore;
  private readonly now: () => Date;
  private readonly appVersion: string;

  constructor(options: ProfileStoreOptions) {
    this.device = options.device;
    this.profile = options.profile;
    this.now = options.now;
    this.appVersion = options.appVersion;
  }

  get mode(): LearnerStore['mode'] {
    return this.device.mode;
  }

  get problem(): string | undefined {
    return this.device.problem;
  }

  private get id(): string {
    return this.profile.id;
  }

  async saveProgress(scenarioId: string, play: SavedPlay): Promise<void> {
    const record: ProgressRecord = {
      profileId: this.id,
      scenarioId,
      savedAt: this.now().toISOString(),
      snapshot: play,
    };
    await this.device.write((b) => b.put('inProgress', record), undefined);
  }

  async loadProgress(scenarioId: string): Promise<SavedPlayEntry | undefined> {
    const record = await this.device.read(
      (b) => b.get('inProgress', this.id, [scenarioId]),
      undefined,
    );
    return record === undefined ? undefined : entryOf(record);
  }

  async listProgress(): Promise<SavedPlayEntry[]> {
    const all = await this.device.read((b) => b.all('inProgress', this.id), []);
    return all
      .map(entryOf)
      .sort((a, b) => b.savedAt.localeCompare(a.savedAt) || a.key.localeCompare(b.key));
  }

  async clearProgress(scenarioId: string): Promise<void> {
    await this.device.write((b) => b.delete('inProgress', this.id, [scenarioId]), undefined);
  }

  async saveResult(result: FinishedPlay): Promise<string> {
    const playId = playIdOf(result);
    const row: FinishedRecord = {
      profileId: this.id,
      playId,
      savedAt: this.now().toISOString(),
      result,
    };
    await this.device.write(async (b) => {
      // Saved twice (a retry, an import): the first is kept, with its reflection.
      if ((await b.get('finished', this.id, [playId])) === undefined) await b.put('finished', row);
    }, undefined);
    return playId;
  }

  async listResults(): Promise<PlayRecord[]> {
    const rows = await this.device.read((b) => b.all('finished', this.id), []);
    return rows.flatMap((row) => playRecordOf(row) ?? []).sort(oldestFirst);
  }

  async getResult(playId: string): Promise<PlayRecord | undefined> {
    const row = await this.device.read((b) => b.get('finished', this.id, [playId]), undefined);
    return row === undefined ? undefined : playRecordOf(row);
  }

  async saveReflection(playId: string, reflection: Reflection): Promise<void> {
    const kept = cleanReflection(reflection);
    await this.device.write(async (b) => {
      const row = await b.get('finished', this.id, [playId]);
      if (row !== undefined) await b.put('finished', { ...row, reflection: kept });
    }, undefined);
  }

  async saveCheckResult(result: FinishedCheck): Promise<string> {
    const playId = playIdOf(result);
    const row: CheckRow = {
      profileId: this.id,
      playId,
      savedAt: this.now().toISOString(),
      result,
    };
    await this.device.write(async (b) => {
      if ((await b.get('checks', this.id, [playId])) === undefined) await b.put('checks', row);
    }, undefined);
    return playId;
  }

  async listCheckResults(): Promise<CheckRecord[]> {
    const rows = await this.device.read((b) => b.all('checks', this.id), []);
    return rows.flatMap((row) => checkRecordOf(row) ?? []).sort(oldestFirst);
  }

  async loadReviewCards(): Promise<ReviewCard[]> {
    const rows = await this.device.read((b) => b.all('reviews', this.id), []);
    return rows.flatMap((row) => reviewCardOf(row) ?? []);
  }

  async saveReviewCards(cards: readonly ReviewCard[]): Promise<void> {
    const rows = cards.map((card) => ({ ...card, profileId: this.id }));
    await this.device.write(async (b) => {
      for (const row of rows) await b.put('reviews', row);
    }, undefined);
  }

  async savePack(pack: Pack): Promise<void> {
    const { $schema: _hint, ...content } = pack;
    void _hint;
    const row: PackRow = {
      profileId: this.id,
      packId: pack.id,
      savedAt: this.now().toISOString(),
      pack: content,
    };
    await this.device.write((b) => b.put('packs', row), undefined);
  }

  async listPacks(): Promise<AddedPack[]> {
    const rows = await this.device.read((b) => b.all('packs', this.id), []);
    return rows
      .flatMap((row) => addedPackOf(row) ?? [])
      .sort((a, b) => a.savedAt.localeCompare(b.savedAt) || a.pack.id.localeCompare(b.pack.id));
  }

  async removePack(packId: string): Promise<void> {
    await this.device.write((b) => b.delete('packs', this.id, [packId]), undefined);
  }

  // ---- Own scenarios (issue 13)
  async saveOwnScenario(file: {
    scenarioId: string;
    fileName: string;
    text: string;
  }): Promise<void> {
    const row: OwnScenarioRow = {
      profileId: this.id,
      scenarioId: file.scenarioId,
      fileName: file.fileName.slice(0, OWN_SCENARIO_NAME_MAX),
      savedAt: this.now().toISOString(),
      text: file.text,
    };
    await this.device.write((b) => b.put('ownScenarios', row), undefined);
  }

  async listOwnScenarios(): Promise<OwnScenarioEntry[]> {
    const rows = await this.device.read((b) => b.all('ownScenarios', this.id), []);
    return rows
      .flatMap((row) => ownScenarioOf(row) ?? [])
      .sort(
        (a, b) => a.savedAt.localeCompare(b.savedAt) || a.scenarioId.localeCompare(b.scenarioId),
      );
  }

  async removeOwnScenario(scenarioId: string): Promise<void> {
    await this.device.write((b) => b.delete('ownScenarios', this.id, [scenarioId]), undefined);
  }
  // ---- end own scenarios

  loadSettings(): Promise<unknown> {
    return this.device.read((b) => b.getSettings(this.id), undefined);
  }

  async saveSettings(value: unknown): Promise<void> {
    await this.device.write((b) => b.putSettings(this.id, value), undefined);
  }

  exportAll(): Promise<unknown> {
    return exportProfile(this, { now: this.now, appVersion: this.appVersion });
  }

  importAll(fileText: string): Promise<ImportOutcome> {
    return importIntoProfile(fileText, { profileId: this.id, device: this.device });
  }

  async deleteEverything(): Promise<void> {
    await removeRecordsOf(this.device, this.id);
  }
}

/** Removes every record of one profile (not the profile itself). */
export async function removeRecordsOf(device: FallbackStore, profileId: string): Promise<void> {
  await device.write(async (b) => {
    for (const table of PROFILE_TABLES) await b.clear(table, profileId);
    await b.deleteSettings(profileId);
  }, undefined);
}
