import { issuesToDiagnostics } from '../scenario/issues.ts';
import { packSchema, type Pack } from '../scenario/pack-schema.ts';
import { noPositions } from '../scenario/positions.ts';
import { endSentence } from '../scenario/suggest.ts';

/*
 * A pack that came from outside the build (a link or a file a tutor shared): checked against the
 * one pack schema the built-in packs use, and against the library it will be played from. Every
 * refusal says what is wrong, where, and what to do, in words a learner can pass on to a tutor.
 */

export interface KnownContent {
  scenarios: ReadonlySet<string>;
  knowledgeChecks: ReadonlySet<string>;
}

export type SharedPackRead =
  | { ok: true; pack: Pack }
  | { ok: false; problem: SharedPackProblem; message: string; where?: string };

export type SharedPackProblem =
  'too-large' | 'damaged' | 'not-a-pack' | 'newer-version' | 'unknown-content';

export const refuse = (
  problem: SharedPackProblem,
  message: string,
  where?: string,
): SharedPackRead & { ok: false } => ({
  ok: false,
  problem,
  message,
  ...(where === undefined ? {} : { where }),
});

/** The pack, if the data is one and everything it lists is in this library. */
export function checkSharedPack(
  data: unknown,
  known: KnownContent,
  source: string,
): SharedPackRead {
  const parsed = packSchema.safeParse(data);
  if (!parsed.success) {
    // The messages authors get for their YAML packs: what is wrong at which place, in words.
    const [first] = issuesToDiagnostics(parsed.error.issues, {
      file: source,
      data,
      positions: noPositions,
      schema: packSchema,
      root: 'the pack',
    });
    const where = parsed.error.issues[0]?.path.map(String).join('.') || 'the pack';
    const what = endSentence(first?.message ?? 'it is not a pack');
    return refuse(
      'not-a-pack',
      `This ${source} does not hold a pack Resolve can read: ${what} Ask your tutor for a new ${source}.`,
      where,
    );
  }
  const pack = parsed.data;
  const missingScenario = pack.scenarios.findIndex((id) => !known.scenarios.has(id));
  if (missingScenario >= 0)
    return refuse(
      'unknown-content',
      // ---- Own scenarios (issue 13): the id may be a tutor's own scenario, kept on their device only.
      `This pack lists a scenario this browser does not have ("${pack.scenarios[missingScenario]}"). If it is your tutor's own scenario, ask them for its scenario file, open it under “Your own scenarios (for tutors)” on the menu, then open the pack again. Otherwise the pack may come from a newer version of Resolve: ask your tutor which version to use.`,
      `scenarios.${missingScenario}`,
    );
  const checks = pack.knowledgeChecks ?? [];
  const missingCheck = checks.findIndex((id) => !known.knowledgeChecks.has(id));
  if (missingCheck >= 0)
    return refuse(
      'unknown-content',
      `This pack lists a knowledge check this version of Resolve does not have ("${checks[missingCheck]}"). It may come from a newer version: ask your tutor which version to use.`,
      `knowledgeChecks.${missingCheck}`,
    );
  return { ok: true, pack };
}
