import type { Profile } from '../../storage/learner-store.ts';

/* What the profile screens say, and the checks on what a learner types, tested without a browser. */

export const MAX_NAME_LENGTH = 60;

/** Why a typed profile name cannot be used, or null when it can. */
export function profileNameProblem(typed: string): string | null {
  const name = typed.trim();
  if (name === '') return 'Type a name first: your first name or a nickname is fine.';
  if ([...name].length > MAX_NAME_LENGTH) {
    return `That name is ${[...name].length} characters long. Use ${MAX_NAME_LENGTH} or fewer.`;
  }
  return null;
}

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
  'Tick this on a college or library computer. When you sign out, your plays, results, reflections, review schedule and settings are removed from this browser, and so is your name. Leave it unticked on your own device to keep your progress.';
