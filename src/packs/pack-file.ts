import type { Pack } from '../scenario/pack-schema.ts';
import { checkSharedPack, refuse, type KnownContent, type SharedPackRead } from './shared-pack.ts';

/*
 * A pack as a file (`<title>.resolve-pack.json`), for tutors whose links get cut short or who
 * hand out packs on a shared drive. Same schema as the built-in packs, wrapped with a format and
 * version so a newer Resolve's file is told apart from a damaged one.
 */

export const PACK_FILE_VERSION = 1;
export const PACK_FILE_EXTENSION = '.resolve-pack.json';
/** A pack file is a few kilobytes; anything near this is not one. */
export const MAX_PACK_FILE_BYTES = 1024 * 1024;

export interface PackFile {
  format: 'resolve-pack';
  version: number;
  pack: Pack;
}

export function packFile(pack: Pack): PackFile {
  const { $schema: _hint, ...content } = pack;
  void _hint;
  return { format: 'resolve-pack', version: PACK_FILE_VERSION, pack: content };
}

/** A file name made of the pack's title in safe characters. */
export const packFileName = (pack: Pack): string =>
  `${
    pack.title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'pack'
  }${PACK_FILE_EXTENSION}`;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The pack a file's text holds, checked against the library it will be played from. */
export function readPackFile(text: string, known: KnownContent): SharedPackRead {
  if (text.length > MAX_PACK_FILE_BYTES)
    return refuse(
      'too-large',
      `This file is larger than a pack file can be (${MAX_PACK_FILE_BYTES / 1024} KB at most). Check you picked the .resolve-pack.json file your tutor sent.`,
    );
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse(
      'damaged',
      'This file is not a pack file (it is not JSON). Check you picked the .resolve-pack.json file your tutor sent, or ask for it again.',
    );
  }
  if (!isRecord(data) || data.format !== 'resolve-pack')
    return refuse(
      'not-a-pack',
      'This file is not a Resolve pack file. Check you picked the .resolve-pack.json file your tutor sent.',
      'format',
    );
  if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1)
    return refuse(
      'damaged',
      'This pack file is damaged (its version is missing). Ask for it again.',
      'version',
    );
  if (data.version > PACK_FILE_VERSION)
    return refuse(
      'newer-version',
      `This pack file was made by a newer version of Resolve (file version ${data.version}; this one reads up to ${PACK_FILE_VERSION}). Open it in the newest version.`,
      'version',
    );
  const read = checkSharedPack(data.pack, known, 'file');
  return read.ok || read.where === undefined ? read : { ...read, where: `pack.${read.where}` };
}
