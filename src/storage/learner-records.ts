import { z } from '../scenario/zod.ts';

/*
 * The learner's own records beyond plays: profiles and reflections. Both are typed by people, so
 * both are plain text with limits, checked on the way in and again when read back.
 */

// Control characters never belong in a name; a reflection may keep line breaks and tabs.
// eslint-disable-next-line no-control-regex
const NAME_TEXT = /^[^\u0000-\u001f\u007f]*$/;
// eslint-disable-next-line no-control-regex
const LONG_TEXT = /^[^\u0000-\u0008\u000b-\u001f\u007f]*$/;

export const PROFILE_NAME_MAX = 60;
export const REFLECTION_MAX = 2000;

export const profileNameSchema = z
  .string()
  .trim()
  .min(1, 'a name of at least one character')
  .max(PROFILE_NAME_MAX, `a name of at most ${PROFILE_NAME_MAX} characters`)
  .regex(NAME_TEXT, 'a name of plain text (letters, numbers, spaces)');

export const profileSchema = z.object({
  id: z.string().min(1).max(80),
  name: profileNameSchema,
  createdAt: z.string().max(40),
  sharedComputer: z.boolean(),
});
/** Someone who practises on this device. No password: profiles keep plays apart, not secret. */
export type Profile = z.infer<typeof profileSchema>;

const reflectionText = z
  .string()
  .max(REFLECTION_MAX, `at most ${REFLECTION_MAX} characters`)
  .regex(LONG_TEXT, 'plain text');

export const reflectionSchema = z.object({
  wentWell: reflectionText,
  doDifferently: reflectionText,
  savedAt: z.string().max(40),
});
/** What the learner wrote after a play: the units accept reflective accounts. */
export type Reflection = z.infer<typeof reflectionSchema>;

/** Why a name cannot be a profile's, in words the learner can act on; undefined when it can. */
export function profileNameProblem(name: string): string | undefined {
  const parsed = profileNameSchema.safeParse(name);
  if (parsed.success) return undefined;
  return `Use ${parsed.error.issues[0]?.message ?? 'a shorter name'}.`;
}
