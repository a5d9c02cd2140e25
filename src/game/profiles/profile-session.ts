import type { LearnerStore, Profile, ProfileDirectory } from '../../storage/learner-store.ts';
import { FIRST_PROFILE } from '../../storage/schema.ts';
import { signOutWarning } from './profile-words.ts';

/**
 * Who is playing on this device, and the store of their records. The screens ask it and never
 * hold a store of their own, so after a switch nothing of the previous profile is left to show.
 */
export class ProfileSession {
  private current: LearnerStore | null = null;

  constructor(private readonly directory: ProfileDirectory) {}

  /** The store of the profile playing now; null while nobody is (the profile screen shows). */
  get store(): LearnerStore | null {
    return this.current;
  }

  get profile(): Profile | null {
    return this.current?.profile ?? null;
  }

  listProfiles(): Promise<Profile[]> {
    return this.directory.listProfiles();
  }

  /**
   * On page load: the profile in use when the page closed; with no profile left, a new "Learner"
   * (the store's first profile); after a sign-out, nobody: the next learner picks or makes one,
   * rather than landing in someone else's plays (openStartingStore would open the first).
   */
  async resume(): Promise<LearnerStore | null> {
    const profiles = await this.directory.listProfiles();
    const last = await this.directory.lastProfileId();
    if (last !== undefined && profiles.some((profile) => profile.id === last)) {
      return this.choose(last);
    }
    if (profiles.length === 0) {
      return this.create(FIRST_PROFILE.name, { sharedComputer: false });
    }
    return null;
  }

  async choose(profileId: string): Promise<LearnerStore> {
    this.current = await this.directory.open(profileId);
    await this.directory.setLastProfileId(profileId);
    return this.current;
  }

  async create(name: string, options: { sharedComputer: boolean }): Promise<LearnerStore> {
    const profile = await this.directory.createProfile(name.trim(), options);
    return this.choose(profile.id);
  }

  async rename(profileId: string, name: string): Promise<void> {
    await this.directory.renameProfile(profileId, name.trim());
    // The open store carries the profile; reopen it so the header shows the new name.
    if (this.current?.profile.id === profileId) this.current = await this.directory.open(profileId);
  }

  /** What to warn about before signing out, or null when nothing needs saying. */
  async signOutWarning(): Promise<string | null> {
    if (!this.current) return null;
    const unfinished = (await this.current.listProgress()).length;
    return signOutWarning(this.current.profile, unfinished);
  }

  /** Shared-computer profiles are removed with everything they kept (the store does it). */
  async signOut(): Promise<void> {
    const profile = this.current?.profile;
    this.current = null;
    await this.directory.setLastProfileId(undefined);
    if (profile) await this.directory.signOut(profile.id);
  }
}
