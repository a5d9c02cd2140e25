import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from '../engine/hash.ts';

/**
 * A stable id for a finished play or check: the first 32 hex characters of the sha-256 of its
 * canonical JSON. The same play saved or imported twice gets the same id, so it is kept once.
 */
export const playIdOf = (result: unknown): string =>
  bytesToHex(sha256(utf8ToBytes(canonicalJson(result)))).slice(0, 32);
