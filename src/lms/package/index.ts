/*
 * The manifests `resolve package` writes, one builder per standard, each pure: a pack, its
 * objectives and the build's file list in, the manifest's text out.
 */
export { cmi5CourseStructure, cmi5AuIri, cmi5CourseIri, cmi5MasteryScore } from './cmi5-course.ts';
export { packObjectives, type PackageInput, type PackageObjective } from './package-input.ts';
export {
  scorm12Manifest,
  scorm12Objectives,
  SCORM12_OBJECTIVES_FILE,
  SCORM12_SCHEMA_FILES,
} from './scorm12-manifest.ts';
export {
  scorm2004Manifest,
  SCORM2004_SCHEMA_FILES,
  PRIMARY_OBJECTIVE_ID,
} from './scorm2004-manifest.ts';
export { escapeXml } from './xml.ts';
