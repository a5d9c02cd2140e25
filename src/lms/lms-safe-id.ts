import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/*
 * Interaction ids an LMS accepts: SCORM 2004's long_identifier_type is the stricter of the two
 * standards (SCORM12_IDENTIFIER and SCORM2004_IDENTIFIER in objective-id.ts), at most 250
 * characters. A choice is named by its scenario, node and choice ids, joined with dots, so the
 * same choice has the same id in every session and every LMS.
 */

/** The most characters an id may have: SCORM 2004's 250, below SCORM 1.2's 255. */
export const LMS_ID_MAX = 250;

/**
 * The parts joined with dots, each part's characters outside [A-Za-z0-9-_] written as `_`. An id
 * too long (it cannot happen with the scenario language's 80-character ids, but a pack from
 * elsewhere may differ) keeps its start and ends with a hash of the whole, so it stays distinct.
 */
export function lmsSafeId(parts: readonly string[]): string {
  const joined = parts.map((part) => part.replace(/[^A-Za-z0-9_-]/g, '_') || '_').join('.');
  if (joined.length <= LMS_ID_MAX) return joined;
  const hash = bytesToHex(sha256(utf8ToBytes(parts.join('\u0000')))).slice(0, 16);
  return `${joined.slice(0, LMS_ID_MAX - hash.length - 1)}.${hash}`;
}

/** The stable id of one choice: `scenario.node.choice`. */
export const interactionIdOf = (scenarioId: string, nodeId: string, choiceId: string): string =>
  lmsSafeId([scenarioId, nodeId, choiceId]);
