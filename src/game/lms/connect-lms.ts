import type { LmsConnection } from '../../lms/lms-report.ts';
import {
  PACKAGE_FILE_NAME,
  PACKAGE_MARKER_SELECTOR,
  packageFileSchema,
  type PackageFile,
} from '../../lms/package-file.ts';

/*
 * How the game learns it runs inside a package: `resolve package` writes resolve-package.json
 * beside index.html. A plain web build has none (or its host answers with the page itself), and
 * then nothing of this runs and nothing is shown. A file that is there but wrong is said in a
 * sentence naming the file and the fix, and the game plays as usual.
 */

export type PackageRead =
  { kind: 'none' } | { kind: 'invalid'; message: string } | { kind: 'package'; pkg: PackageFile };

const FIX = 'build the package again with “npx resolve package”';

/** Whether this page was built as a package (resolve package marks its index.html). */
export const builtAsPackage = (doc: Document): boolean =>
  doc.querySelector(PACKAGE_MARKER_SELECTOR) !== null;

/** Reads ./resolve-package.json; never throws. */
export async function readPackageFile(
  fetchFile: (url: string) => Promise<Response> = (url) => fetch(url, { cache: 'no-cache' }),
): Promise<PackageRead> {
  let text: string;
  try {
    const response = await fetchFile(`./${PACKAGE_FILE_NAME}`);
    if (!response.ok) return { kind: 'none' };
    // A host that answers every address with the game's page (a single-page fallback).
    if ((response.headers.get('content-type') ?? '').includes('text/html')) return { kind: 'none' };
    text = await response.text();
  } catch {
    // Offline, or opened from disk: no package to read.
    return { kind: 'none' };
  }
  if (/^\s*</.test(text)) return { kind: 'none' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return {
      kind: 'invalid',
      message: `${PACKAGE_FILE_NAME} is not JSON (${error instanceof Error ? error.message : String(error)}), so this package cannot report to your LMS; fix: ${FIX}. You can still play.`,
    };
  }
  const parsed = packageFileSchema.safeParse(data);
  if (!parsed.success) {
    const where = parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.') || '(the whole file)'}: ${issue.message}`)
      .join('; ');
    return {
      kind: 'invalid',
      message: `${PACKAGE_FILE_NAME} does not describe a package this game can open (${where}), so it cannot report to your LMS; fix: ${FIX}. You can still play.`,
    };
  }
  return { kind: 'package', pkg: parsed.data };
}

/** The connection to the LMS of the package's format, or undefined when there is none to find. */
export async function connectLms(
  pkg: PackageFile,
  win: Window,
): Promise<LmsConnection | undefined> {
  switch (pkg.format) {
    case 'scorm12': {
      const [{ findScorm12Api }, { connectScorm12 }] = await Promise.all([
        import('./find-api.ts'),
        import('../../lms/scorm/scorm12.ts'),
      ]);
      const api = findScorm12Api(win);
      return api === undefined ? undefined : connectScorm12(api);
    }
    case 'scorm2004': {
      const [{ findScorm2004Api }, { connectScorm2004 }] = await Promise.all([
        import('./find-api.ts'),
        import('../../lms/scorm/scorm2004.ts'),
      ]);
      const api = findScorm2004Api(win);
      return api === undefined ? undefined : connectScorm2004(api);
    }
    case 'cmi5': {
      const { connectCmi5 } = await import('./cmi5-connection.ts');
      return connectCmi5(pkg);
    }
    case 'web':
      return undefined;
  }
}

/** What the learner is told when a package finds no LMS to report to. */
export const NO_LMS_MESSAGE =
  'This package could not find the LMS that should record your results, so they are kept in this browser only. If your course expects them, open the activity again from your LMS.';
