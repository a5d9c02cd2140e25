import { describe, expect, it } from 'vitest';
import { fakeDirectory } from './fake-directory.test-helper.ts';
import { FIRST_PROFILE } from '../../storage/schema.ts';
import { ProfileSession } from './profile-session.ts';

describe('ProfileSession', () => {
  it('makes a first profile named Learner on a first visit and opens it', async () => {
    const directory = fakeDirectory();
    const session = new ProfileSession(directory);
    const store = await session.resume();
    expect(store?.profile.name).toBe(FIRST_PROFILE.name);
    expect(await directory.lastProfileId()).toBe(store?.profile.id);
  });

  it('opens the profile in use when the page closed', async () => {
    const directory = fakeDirectory();
    await new ProfileSession(directory).create('Ann', { sharedComputer: false });
    const sam = await new ProfileSession(directory).create('Sam', { sharedComputer: false });
    const session = new ProfileSession(directory);
    expect((await session.resume())?.profile.id).toBe(sam.profile.id);
  });

  it('after a sign-out, opens nobody: the learner picks', async () => {
    const directory = fakeDirectory();
    const session = new ProfileSession(directory);
    await session.create('Ann', { sharedComputer: false });
    await session.signOut();
    expect(session.store).toBeNull();
    expect(await new ProfileSession(directory).resume()).toBeNull();
    expect(directory.profiles.map((profile) => profile.name)).toEqual(['Ann']);
  });

  it('signing out of a shared-computer profile asks the store to remove it', async () => {
    const directory = fakeDirectory();
    const session = new ProfileSession(directory);
    const store = await session.create('Sam', { sharedComputer: true });
    await session.signOut();
    expect(directory.signedOut).toEqual([store.profile.id]);
    expect(directory.profiles).toEqual([]);
  });

  it('warns before signing out of a shared-computer profile with an unfinished play', async () => {
    const directory = fakeDirectory();
    const session = new ProfileSession(directory);
    const store = await session.create('Sam', { sharedComputer: true });
    expect(await session.signOutWarning()).toBeNull();
    directory.unfinished.set(store.profile.id, 1);
    expect(await session.signOutWarning()).toBe(
      'You have 1 unfinished play; signing out removes it.',
    );
  });

  it('a rename shows in the open profile at once', async () => {
    const directory = fakeDirectory();
    const session = new ProfileSession(directory);
    const store = await session.create('  Sam ', { sharedComputer: false });
    expect(store.profile.name).toBe('Sam');
    await session.rename(store.profile.id, 'Samira');
    expect(session.profile?.name).toBe('Samira');
  });
});
