import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { z } from './zod.ts';

/*
 * scenarios/versions.json: the content hash of every version of every built-in scenario and
 * knowledge check that has shipped. A result counts as consistent only if the content it carries
 * is on this list, so an old result still checks after a scenario is revised, and content edited
 * together with its hash does not. The list only grows: each entry's `chain` is the hash of the
 * entry before it and its own fields, so rewriting an old line breaks every chain after it, and
 * `resolve versions` refuses to add to a broken list.
 */

const hex64 = z.string().regex(/^[0-9a-f]{64}$/, 'a sha-256 hash in hex (64 characters)');

export const shippedVersionSchema = z.strictObject({
  kind: z.enum(['scenario', 'knowledge-check']),
  id: z.string().min(1).max(80),
  contentHash: hex64,
  /** The day it was added (YYYY-MM-DD). */
  added: z.iso.date(),
  chain: hex64,
});
export type ShippedVersion = z.infer<typeof shippedVersionSchema>;

export const shippedVersionsSchema = z.strictObject({
  format: z.literal('resolve-shipped-versions'),
  about: z.string(),
  versions: z.array(shippedVersionSchema),
});
export type ShippedVersions = z.infer<typeof shippedVersionsSchema>;

export const ABOUT_SHIPPED_VERSIONS =
  'Every version of every built-in scenario and knowledge check that has shipped. Append only: `npx resolve versions` adds the current content; never edit or remove a line.';

export const emptyShippedVersions = (): ShippedVersions => ({
  format: 'resolve-shipped-versions',
  about: ABOUT_SHIPPED_VERSIONS,
  versions: [],
});

type Unchained = Omit<ShippedVersion, 'chain'>;

const chainOf = (before: string, entry: Unchained): string =>
  bytesToHex(
    sha256(utf8ToBytes([before, entry.kind, entry.id, entry.contentHash, entry.added].join('\n'))),
  );

/** The first entry whose chain does not follow from the ones before it: where the list was edited. */
export function brokenLink(list: ShippedVersions): number | undefined {
  let before = '';
  for (const [index, entry] of list.versions.entries()) {
    if (entry.chain !== chainOf(before, entry)) return index;
    before = entry.chain;
  }
  return undefined;
}

/** Whether this content, by kind, id and hash, has shipped. */
export function isShipped(
  list: ShippedVersions,
  content: { kind: ShippedVersion['kind']; id: string; contentHash: string },
): boolean {
  return list.versions.some(
    (entry) =>
      entry.kind === content.kind &&
      entry.id === content.id &&
      entry.contentHash === content.contentHash,
  );
}

export type CurrentContent = Pick<ShippedVersion, 'kind' | 'id' | 'contentHash'>;

/** The current content not yet on the list, in the order given. */
export const notYetShipped = (
  list: ShippedVersions,
  current: readonly CurrentContent[],
): CurrentContent[] => current.filter((content) => !isShipped(list, content));

/** The list with the current content added at the end; earlier entries are never touched. */
export function withShipped(
  list: ShippedVersions,
  current: readonly CurrentContent[],
  today: string,
): ShippedVersions {
  const versions = [...list.versions];
  for (const content of notYetShipped(list, current)) {
    const entry: Unchained = { ...content, added: today };
    versions.push({ ...entry, chain: chainOf(versions.at(-1)?.chain ?? '', entry) });
  }
  return { ...list, versions };
}
