import type { LearnerStore, Profile, ProfileDirectory } from '../../storage/learner-store.ts';

/**
 * A profile directory in memory for the unit tests of the profile logic: each profile's store
 * knows only its own unfinished plays (a count is all these tests need).
 */
export function fakeDirectory(): ProfileDirectory & {
  unfinished: Map<string, number>;
  profiles: Profile[];
  signedOut: string[];
} {
  const profiles: Profile[] = [];
  const unfinished = new Map<string, number>();
  const signedOut: string[] = [];
  let last: string | undefined;
  let next = 1;
  // Only what the profile logic calls; the rest of LearnerStore is left out on purpose.
  const storeOf = (profile: Profile): LearnerStore =>
    ({
      profile: { ...profile },
      mode: 'memory',
      listProgress: () =>
        Promise.resolve(Array.from({ length: unfinished.get(profile.id) ?? 0 }, () => ({}))),
    }) as unknown as LearnerStore;
  return {
    profiles,
    unfinished,
    signedOut,
    listProfiles: () => Promise.resolve(profiles.map((profile) => ({ ...profile }))),
    createProfile: (name, options) => {
      const profile: Profile = {
        id: `p${next++}`,
        name,
        createdAt: '2026-12-02T10:00:00.000Z',
        sharedComputer: options.sharedComputer,
      };
      profiles.push(profile);
      return Promise.resolve({ ...profile });
    },
    renameProfile: (id, name) => {
      const found = profiles.find((profile) => profile.id === id);
      if (found) found.name = name;
      return Promise.resolve();
    },
    open: (id) => {
      const found = profiles.find((profile) => profile.id === id);
      return found ? Promise.resolve(storeOf(found)) : Promise.reject(new Error('no profile'));
    },
    lastProfileId: () => Promise.resolve(last),
    setLastProfileId: (id) => {
      last = id;
      return Promise.resolve();
    },
    signOut: (id) => {
      signedOut.push(id);
      const index = profiles.findIndex((profile) => profile.id === id);
      if (index >= 0 && profiles[index]!.sharedComputer) profiles.splice(index, 1);
      return Promise.resolve();
    },
    deleteProfile: (id) => {
      const index = profiles.findIndex((profile) => profile.id === id);
      if (index >= 0) profiles.splice(index, 1);
      return Promise.resolve();
    },
  };
}
