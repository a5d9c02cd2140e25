import type { Profile } from '../../storage/learner-store.ts';

/* What the profile screens say, tested without a browser (names are checked by the store's profileNameProblem). */

/**
 * The warning before a shared-computer profile signs out with plays unfinished, or null when
 * signing out loses nothing the learner might not expect.
 */
export function signOutWarning(profile: Profile, unfinished: number): string | null {
  if (!profile.sharedComputer || unfinished === 0) return null;
  return unfinished === 1
    ? 'You have 1 unfinished play; signing out removes it.'
    : `You have ${unfinished} unfinished plays; signing out removes them.`;
}

export const SHARED_COMPUTER_LABEL = 'Shared computer: remove everything when I sign out';

export const SHARED_COMPUTER_HELP =
  'Tick this on a college or library computer. When you sign out, your plays, results, reflections, review schedule, added packs, your own scenarios and settings are removed from this browser, and so is your name. Leave it unticked on your own device to keep your progress.';
