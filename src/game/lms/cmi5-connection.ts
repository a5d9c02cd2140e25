import type { LmsConnection } from '../../lms/lms-report.ts';
import type { PackageFile } from '../../lms/package-file.ts';

/*
 * STUB written by the SCORM helper so the game's LMS start-up (connect-lms.ts) can load the cmi5
 * connection lazily; the cmi5 helper replaces this file with the real one (src/lms/cmi5). Until
 * then a cmi5 package plays as usual with nothing reported.
 */
// eslint-disable-next-line @typescript-eslint/require-await -- a stub: the real one awaits the LRS
export async function connectCmi5(pkg: PackageFile): Promise<LmsConnection | undefined> {
  void pkg;
  return undefined;
}
