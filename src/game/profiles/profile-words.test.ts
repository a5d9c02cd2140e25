import { describe, expect, it } from 'vitest';
import { profileNameProblem, signOutWarning } from './profile-words.ts';

const profile = (sharedComputer: boolean) => ({
  id: 'p1',
  name: 'Sam',
  createdAt: '2026-12-02T10:00:00.000Z',
  sharedComputer,
});

describe('profile words', () => {
  it('refuses an empty or over-long name and says what to do', () => {
    expect(profileNameProblem('   ')).toMatch(/Type a name/);
    expect(profileNameProblem('x'.repeat(61))).toBe(
      'That name is 61 characters long. Use 60 or fewer.',
    );
    expect(profileNameProblem(' Sam ')).toBeNull();
    // Counted as characters the learner sees, not UTF-16 units.
    expect(profileNameProblem('😀'.repeat(60))).toBeNull();
  });

  it('warns only when a shared-computer profile would lose unfinished plays', () => {
    expect(signOutWarning(profile(false), 3)).toBeNull();
    expect(signOutWarning(profile(true), 0)).toBeNull();
    expect(signOutWarning(profile(true), 2)).toBe(
      'You have 2 unfinished plays; signing out removes them.',
    );
  });
});
