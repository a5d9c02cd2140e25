import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../scenario/diagnostics.ts';
import { SOURCE_LIMITS, tooLarge } from '../scenario/guard.ts';
import { decodeSource } from '../scenario/load.ts';

export type ContentKind = 'scenario' | 'pack' | 'knowledge-check';

export interface ContentFile {
  /** Absolute path. */
  path: string;
  /** As shown to the author: relative to the working folder, with forward slashes. */
  display: string;
  kind: ContentKind;
}

const YAML_EXTENSIONS = new Set(['.yaml', '.yml']);
const SKIPPED_FOLDERS = new Set(['node_modules', 'schema']);

export const displayPath = (cwd: string, path: string): string => {
  const shown = relative(cwd, path);
  return (shown === '' || shown.startsWith('..') || isAbsolute(shown) ? path : shown)
    .split(sep)
    .join('/');
};

/**
 * What a file holds: decided by its folder (packs/, checks/) and otherwise by its top-level keys,
 * so a stray pack elsewhere is still read as a pack.
 */
export function kindOf(path: string, text: string): ContentKind {
  const folders = path.split(/[\\/]/).slice(0, -1);
  if (folders.includes('packs')) return 'pack';
  if (folders.includes('checks')) return 'knowledge-check';
  if (/^questions:/m.test(text)) return 'knowledge-check';
  if (/^scenarios:/m.test(text) && !/^nodes:/m.test(text)) return 'pack';
  return 'scenario';
}

async function walk(folder: string, found: string[]): Promise<void> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const path = resolve(folder, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && !SKIPPED_FOLDERS.has(entry.name)) await walk(path, found);
    } else if (entry.isFile() && YAML_EXTENSIONS.has(extname(entry.name))) {
      found.push(path);
    }
  }
}

/** The YAML files under the given paths (files or folders), each once, in a stable order. */
export async function findContentFiles(
  paths: readonly string[],
  cwd: string,
): Promise<{ files: string[]; diagnostics: Diagnostic[] }> {
  const files: string[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const given of paths) {
    const path = resolve(cwd, given);
    let info;
    try {
      info = await stat(path);
    } catch {
      diagnostics.push({
        file: given,
        line: 1,
        column: 1,
        severity: 'error',
        code: 'no-such-file',
        message: 'no such file or folder',
        fix: 'check the path',
      });
      continue;
    }
    if (info.isDirectory()) await walk(path, files);
    else files.push(path);
  }
  return { files: [...new Set(files)], diagnostics };
}

/** A file's text, refused before reading when it is too large and when it is not UTF-8 text. */
export async function readContentText(
  path: string,
  display: string,
): Promise<{ text?: string; diagnostics: Diagnostic[] }> {
  try {
    const info = await stat(path);
    if (info.size > SOURCE_LIMITS.bytes) return { diagnostics: [tooLarge(display, info.size)] };
    return decodeSource(await readFile(path), { file: display });
  } catch (error) {
    return {
      diagnostics: [
        {
          file: display,
          line: 1,
          column: 1,
          severity: 'error',
          code: 'unreadable',
          message: `the file could not be read: ${error instanceof Error ? error.message : String(error)}`,
          fix: 'check that it exists and that you may read it',
        },
      ],
    };
  }
}

/** The id a file's name suggests: `scenarios/retail/kettle.yaml` → `kettle`. */
export const idFromFileName = (path: string): string => basename(path, extname(path));
