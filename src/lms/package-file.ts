import { packSchema } from '../scenario/pack-schema.ts';
import { z } from '../scenario/zod.ts';

/*
 * `resolve package` writes resolve-package.json beside index.html: which standard the package
 * speaks and the pack it runs. The game fetches it at start (a plain web build has none, and
 * plays as usual); in a package it opens the pack and connects to the LMS of that format.
 *
 * Contract written by the lead: the packaging helper writes the file, the SCORM and cmi5 helpers
 * read it.
 */
export const PACKAGE_FILE_NAME = 'resolve-package.json';

/**
 * A package's index.html says it is one, so a plain web build never asks for a file it does not
 * have: a static host answers that with a 404, which the browser logs as an error on every visit.
 */
export const PACKAGE_MARKER = '<meta name="resolve-package" content="resolve-package.json" />';
export const PACKAGE_MARKER_SELECTOR = 'meta[name="resolve-package"]';

export const PACKAGE_FORMATS = ['scorm12', 'scorm2004', 'cmi5', 'web'] as const;
export type PackageFormat = (typeof PACKAGE_FORMATS)[number];

export const packageFileSchema = z.strictObject({
  format: z.enum(PACKAGE_FORMATS),
  pack: packSchema,
  appVersion: z.string().max(40),
  builtAt: z.iso.datetime(),
});
export type PackageFile = z.infer<typeof packageFileSchema>;
