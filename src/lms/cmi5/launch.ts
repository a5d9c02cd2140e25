import type { Agent, Context } from '@xapi/xapi';
import { z } from '../../scenario/zod.ts';

/*
 * What a cmi5 LMS hands the game: the launch URL's query (cmi5 8.1) and the LMS.LaunchData state
 * document (cmi5 10.0). Both come from outside, so both are checked here before anything trusts
 * them; a bad launch gives one message naming the parameter and what it should hold.
 */

const httpUrl = z
  .string()
  .max(2000)
  .refine((value) => /^https?:$/.test(protocolOf(value)), 'an http or https URL');

function protocolOf(value: string): string {
  try {
    return new URL(value).protocol;
  } catch {
    return '';
  }
}

/** An absolute IRI: a scheme, a colon, and no spaces (xAPI activity ids must be IRIs). */
const iri = z
  .string()
  .max(2000)
  .regex(/^[a-z][a-z0-9+.-]*:[^\s]+$/i, 'an absolute IRI such as https://example.com/course/au1');

const uuid = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'a UUID');

/** cmi5 9.2: the actor is an Agent identified by an account (LMSs may also send an mbox). */
const actorSchema = z
  .looseObject({
    objectType: z.literal('Agent').optional(),
    name: z.string().max(500).optional(),
    account: z
      .strictObject({ homePage: z.string().max(2000), name: z.string().min(1).max(500) })
      .optional(),
    mbox: z
      .string()
      .regex(/^mailto:\S+@\S+$/, 'mailto:someone@example.com')
      .optional(),
  })
  .refine(
    (actor) => actor.account !== undefined || actor.mbox !== undefined,
    'an Agent with an account or an mbox',
  );

export interface Cmi5LaunchParameters {
  endpoint: string;
  fetch: string;
  actor: Agent;
  registration: string;
  activityId: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

const issueText = (error: z.ZodError): string =>
  error.issues.map((issue) => `${issue.path.join('.') || 'value'}: ${issue.message}`).join('; ');

/**
 * The launch parameters from a page's query string (location.search). `undefined` when the page
 * was not launched by a cmi5 LMS at all (none of the five parameters), so a package opened on its
 * own plays as usual; an error when some are there but wrong.
 */
export function launchParametersOf(search: string): Checked<Cmi5LaunchParameters> | undefined {
  const query = new URLSearchParams(search);
  const names = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'] as const;
  if (names.every((name) => !query.has(name))) return undefined;
  const missing = names.filter((name) => !query.get(name));
  if (missing.length) {
    return {
      ok: false,
      message: `The cmi5 launch URL lacks ${missing.join(', ')} (fix: launch the course from the LMS, which adds them).`,
    };
  }
  let actor: unknown;
  try {
    actor = JSON.parse(query.get('actor')!);
  } catch {
    return {
      ok: false,
      message:
        'The cmi5 launch parameter actor is not JSON (fix: the LMS must send an xAPI Agent).',
    };
  }
  const parsed = z
    .strictObject({
      endpoint: httpUrl,
      fetch: httpUrl,
      actor: actorSchema,
      registration: uuid,
      activityId: iri,
    })
    .safeParse({
      endpoint: query.get('endpoint'),
      fetch: query.get('fetch'),
      actor,
      registration: query.get('registration'),
      activityId: query.get('activityId'),
    });
  if (!parsed.success) {
    return {
      ok: false,
      message: `The cmi5 launch parameters are not usable: ${issueText(parsed.error)}.`,
    };
  }
  return { ok: true, value: { ...parsed.data, actor: parsed.data.actor as Agent } };
}

export const LAUNCH_MODES = ['Normal', 'Browse', 'Review'] as const;
export const MOVE_ON = [
  'Passed',
  'Completed',
  'CompletedAndPassed',
  'CompletedOrPassed',
  'NotApplicable',
] as const;

export interface Cmi5LaunchData {
  contextTemplate: Context;
  launchMode: (typeof LAUNCH_MODES)[number];
  moveOn: (typeof MOVE_ON)[number];
  /** 0–1, from the course structure; wins over the pack's own pass mark. */
  masteryScore?: number;
  returnURL?: string;
}

const launchDataSchema = z.looseObject({
  contextTemplate: z.looseObject({}),
  launchMode: z.enum(LAUNCH_MODES),
  moveOn: z.enum(MOVE_ON),
  masteryScore: z.number().min(0).max(1).optional(),
  returnURL: z.string().max(2000).optional(),
});

/** LMS.LaunchData as the LMS wrote it, checked. */
export function launchDataOf(data: unknown): Checked<Cmi5LaunchData> {
  const parsed = launchDataSchema.safeParse(data);
  if (!parsed.success) {
    return {
      ok: false,
      message: `The LMS's cmi5 LaunchData is not usable: ${issueText(parsed.error)} (fix: the LMS must write LMS.LaunchData before launch, cmi5 section 10).`,
    };
  }
  const { contextTemplate, launchMode, moveOn, masteryScore, returnURL } = parsed.data;
  return {
    ok: true,
    value: {
      contextTemplate,
      launchMode,
      moveOn,
      ...(masteryScore === undefined ? {} : { masteryScore }),
      ...(returnURL === undefined ? {} : { returnURL }),
    },
  };
}
