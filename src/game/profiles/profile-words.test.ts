import { describe, expect, it } from 'vitest';
import { signOutWarning } from './profile-words.ts';

const profile = (sharedComputer: boolean) => ({
  id: 'p1',
  name: 'Sam',
  createdAt: '2026-12-02T10:00:00.000Z',
  sharedComputer,
});

describe('profile words', () => {
  it('warns only when a shared-computer profile would lose unfinished plays', () => {
    expect(signOutWarning(profile(false), 3)).toBeNull();
    expect(signOutWarning(profile(true), 0)).toBeNull();
    expect(signOutWarning(profile(true), 2)).toBe(
      'You have 2 unfinished plays; signing out removes them.',
    );
  });
});
