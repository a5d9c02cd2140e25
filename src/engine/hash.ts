import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Scenario } from '../scenario/schema.ts';
import type { KnowledgeCheck } from '../scenario/pack-schema.ts';

/**
 * JSON with object keys sorted at every level and undefined members left out, so the same content
 * gives the same text whether it came from YAML or the built JSON.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) return 'null';
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) {
    return `[${value.map((item: unknown) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, member]) => member !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, member]) => `${JSON.stringify(key)}:${canonicalJson(member)}`).join(',')}}`;
}

// Content is never mutated once loaded, so a hash can be remembered per object.
const remembered = new WeakMap<Scenario | KnowledgeCheck, string>();

/** A fingerprint of a scenario's or knowledge check's content (its `$schema` hint is not content). */
export function contentHash(content: Scenario | KnowledgeCheck): string {
  const known = remembered.get(content);
  if (known !== undefined) return known;
  const fields: Record<string, unknown> = { ...content };
  delete fields.$schema;
  const hash = bytesToHex(sha256(utf8ToBytes(canonicalJson(fields))));
  remembered.set(content, hash);
  return hash;
}
