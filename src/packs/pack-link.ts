import { deflateSync, inflateSync } from 'fflate';
import { canonicalJson } from '../engine/hash.ts';
import type { Pack } from '../scenario/pack-schema.ts';
import { checkSharedPack, refuse, type KnownContent, type SharedPackRead } from './shared-pack.ts';

/*
 * A pack carried in the fragment of a link (`#pack=1.<data>`): the pack's JSON, deflated (fflate)
 * and written in base64url. The fragment never reaches a server, so sharing a link shares the
 * pack with nobody but the people it is sent to. Read links are untrusted: the size is checked
 * before anything is decoded and the inflated size is capped, so no link can make the page
 * allocate without bound.
 */

export const PACK_LINK_VERSION = 1;
const PREFIX = 'pack=';
/** A link longer than this is not one Resolve wrote: built-in packs make a few hundred characters. */
export const MAX_LINK_DATA = 16_000;
/** The most a link's pack may inflate to (the pack schema allows far less). */
const MAX_PACK_BYTES = 256 * 1024;

const toBase64Url = (bytes: Uint8Array): string => {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

const fromBase64Url = (text: string): Uint8Array => {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
};

/** The fragment (without '#') that carries this pack. */
export function packFragment(pack: Pack): string {
  const { $schema: _hint, ...content } = pack;
  void _hint;
  const bytes = new TextEncoder().encode(canonicalJson(content));
  return `${PREFIX}${PACK_LINK_VERSION}.${toBase64Url(deflateSync(bytes, { level: 9 }))}`;
}

/** Whether a fragment (with or without '#') is meant to carry a pack, readable or not. */
export const isPackFragment = (fragment: string): boolean =>
  fragment.replace(/^#/, '').startsWith(PREFIX);

const CUT_SHORT =
  'This pack link is damaged or cut short. Copy the whole link again (some e-mail programs split long links) or ask for the pack as a file.';

/** The pack a link's fragment carries, checked against the library it will be played from. */
export function readPackFragment(fragment: string, known: KnownContent): SharedPackRead {
  const text = fragment.replace(/^#/, '');
  if (!text.startsWith(PREFIX))
    return refuse(
      'not-a-pack',
      'This link does not carry a pack. Ask your tutor for the pack link again.',
    );
  const body = text.slice(PREFIX.length);
  if (body.length > MAX_LINK_DATA)
    return refuse(
      'too-large',
      `This pack link is ${body.length} characters long, more than the ${MAX_LINK_DATA} a pack link can be. Ask for the pack as a file instead.`,
    );
  const match = /^(\d{1,6})\.([A-Za-z0-9_-]+)$/.exec(body);
  if (match === null) return refuse('damaged', CUT_SHORT);
  const version = Number(match[1]);
  if (version > PACK_LINK_VERSION)
    return refuse(
      'newer-version',
      `This pack link was made by a newer version of Resolve (link version ${version}; this one reads up to ${PACK_LINK_VERSION}). Open it in the newest version, or ask for the pack as a file.`,
    );
  if (version < 1) return refuse('damaged', CUT_SHORT);
  let json: string;
  try {
    const capped = inflateSync(fromBase64Url(match[2]!), {
      out: new Uint8Array(MAX_PACK_BYTES + 1),
    });
    if (capped.length > MAX_PACK_BYTES)
      return refuse('too-large', 'This pack link holds more than a pack can. Ask for a new link.');
    json = new TextDecoder('utf-8', { fatal: true }).decode(capped);
  } catch {
    return refuse('damaged', CUT_SHORT);
  }
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return refuse('damaged', CUT_SHORT);
  }
  return checkSharedPack(data, known, 'link');
}
