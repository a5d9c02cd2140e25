import type { FallbackStore } from './fallback.ts';
import {
  profileNameProblem,
  profileNameSchema,
  profileSchema,
  type Profile,
} from './learner-records.ts';
import type { LearnerStore, ProfileDirectory } from './learner-store.ts';
import { ProfileStore, removeRecordsOf } from './profile-store.ts';
import { FIRST_PROFILE } from './schema.ts';

export interface DirectoryOptions {
  device: FallbackStore;
  now: () => Date;
  /** A new profile's id; injected so tests are deterministic. */
  newId: () => string;
  appVersion: string;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The profiles on this device, each opened as its own store. */
export class StoredProfileDirectory implements ProfileDirectory {
  constructor(private readonly options: DirectoryOptions) {}

  get mode(): LearnerStore['mode'] {
    return this.options.device.mode;
  }

  get problem(): string | undefined {
    return this.options.device.problem;
  }

  /** Oldest first; a stored profile that does not read back is left out. */
  async listProfiles(): Promise<Profile[]> {
    const stored = await this.options.device.read((b) => b.allProfiles(), []);
    return stored
      .flatMap((record) => {
        const parsed = profileSchema.safeParse(record);
        return parsed.success ? [parsed.data] : [];
      })
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  }

  private async find(profileId: string): Promise<Profile | undefined> {
    return (await this.listProfiles()).find((profile) => profile.id === profileId);
  }

  async createProfile(name: string, options: { sharedComputer: boolean }): Promise<Profile> {
    const problem = profileNameProblem(name);
    if (problem !== undefined) throw new RangeError(problem);
    const profile: Profile = {
      id: this.options.newId(),
      name: profileNameSchema.parse(name),
      createdAt: this.options.now().toISOString(),
      sharedComputer: options.sharedComputer,
    };
    await this.options.device.write((b) => b.putProfile(profile), undefined);
    return profile;
  }

  async renameProfile(profileId: string, name: string): Promise<void> {
    const problem = profileNameProblem(name);
    if (problem !== undefined) throw new RangeError(problem);
    const profile = await this.find(profileId);
    if (profile === undefined) return;
    const renamed = { ...profile, name: profileNameSchema.parse(name) };
    await this.options.device.write((b) => b.putProfile(renamed), undefined);
  }

  /** Rejects (RangeError) for an id that is no profile on this device. */
  async open(profileId: string): Promise<LearnerStore> {
    const profile = await this.find(profileId);
    if (profile === undefined) throw new RangeError(`There is no profile ${profileId} here.`);
    // Kept with this visit's writes, so the profile is still there if storage fails later.
    await this.options.device.write((b) => b.putProfile(profile), undefined);
    return this.storeOf(profile);
  }

  storeOf(profile: Profile): LearnerStore {
    return new ProfileStore({
      device: this.options.device,
      profile,
      now: this.options.now,
      appVersion: this.options.appVersion,
    });
  }

  async lastProfileId(): Promise<string | undefined> {
    const device = await this.options.device.read((b) => b.getDevice(), undefined);
    const last = isObject(device) ? device.lastProfileId : undefined;
    if (typeof last !== 'string') return undefined;
    return (await this.find(last)) === undefined ? undefined : last;
  }

  async setLastProfileId(profileId: string | undefined): Promise<void> {
    await this.options.device.write(
      (b) => b.putDevice(profileId === undefined ? {} : { lastProfileId: profileId }),
      undefined,
    );
  }

  async signOut(profileId: string): Promise<void> {
    const profile = await this.find(profileId);
    if (profile?.sharedComputer === true) await this.deleteProfile(profileId);
  }

  async deleteProfile(profileId: string): Promise<void> {
    const wasLast = (await this.lastProfileId()) === profileId;
    await removeRecordsOf(this.options.device, profileId);
    await this.options.device.write((b) => b.deleteProfile(profileId), undefined);
    if (wasLast) await this.setLastProfileId(undefined);
  }
}

/**
 * The store the game starts with: the profile in use when the page last closed, else the first
 * on the device, else a new "Learner" (every profile was deleted), so play never waits for a name.
 */
export async function openStartingStore(directory: ProfileDirectory): Promise<LearnerStore> {
  const last = await directory.lastProfileId();
  const profiles = await directory.listProfiles();
  const profile =
    profiles.find((each) => each.id === last) ??
    profiles[0] ??
    (await directory.createProfile(FIRST_PROFILE.name, { sharedComputer: false }));
  if (profile.id !== last) await directory.setLastProfileId(profile.id);
  return directory.open(profile.id);
}
