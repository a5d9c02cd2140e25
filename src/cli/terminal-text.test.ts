import { mkdtemp, rm, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from './main.ts';
import { processIo } from './io.ts';
import { escapeControls, jsonForTerminal } from './terminal-text.ts';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../scenario/fixtures');

/** Every byte the CLI would write to the terminal while running `argv`, stdout and stderr together. */
async function bytesWritten(argv: string[], cwd: string): Promise<{ code: number; bytes: Buffer }> {
  const chunks: Buffer[] = [];
  const capture = (chunk: string | Uint8Array): boolean => {
    chunks.push(Buffer.from(chunk));
    return true;
  };
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(capture);
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(capture);
  try {
    const code = await main(argv, { ...processIo(), cwd });
    return { code, bytes: Buffer.concat(chunks) };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

/** Bytes a terminal would act on: below 0x20 other than new line and tab, and DEL. */
const controlBytes = (bytes: Buffer): number[] =>
  [...bytes].filter((byte) => (byte < 0x20 && byte !== 0x0a && byte !== 0x09) || byte === 0x7f);

let cwd: string;
beforeEach(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'resolve-terminal-'));
});
afterEach(async () => {
  await rm(cwd, { recursive: true, force: true });
});

describe('text for the terminal', () => {
  it('shows control characters as escapes and keeps new lines, tabs and other text', () => {
    expect(escapeControls('a\u001b]0;title\u0007b\tc\nd\u007f\u009be £ é')).toBe(
      'a\\u{1b}]0;title\\u{7}b\tc\nd\\u{7f}\\u{9b}e £ é',
    );
  });

  it('keeps JSON valid and equal to the value while escaping DEL and C1 controls', () => {
    const value = { line: 'x\u001by\u007fz\u009b', n: 1 };
    const json = jsonForTerminal(value);
    expect(controlBytes(Buffer.from(json)).length).toBe(0);
    expect(json).not.toMatch(/[\u007f-\u009f]/u);
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe('the CLI writes no control byte from content or input', () => {
  it('validating and playing a scenario whose text holds escapes', async () => {
    await copyFile(join(fixtures, 'control-characters.yaml'), join(cwd, 'escapes.yaml'));
    const validated = await bytesWritten(['validate', 'escapes.yaml'], cwd);
    expect(validated.code).toBe(1);
    expect(validated.bytes.toString()).toContain('control character U+001B');
    expect(controlBytes(validated.bytes)).toEqual([]);
    const played = await bytesWritten(['play', 'escapes.yaml', '--policy', 'best'], cwd);
    expect(played.code).not.toBe(0);
    expect(controlBytes(played.bytes)).toEqual([]);
  });

  it('replaying a transcript whose ids and file name hold escapes', async () => {
    const transcript = {
      format: 'resolve-transcript',
      version: 1,
      scenario: { id: 'valid-minimal', contentHash: '0'.repeat(64) },
      seed: 1,
      timing: 'standard',
      events: [{ type: 'CHOOSE', choiceId: 'x\u001b[2J\u001b]0;owned\u0007' }],
    };
    await writeFile(join(cwd, 'bad\u001b[2J.json'), JSON.stringify(transcript));
    await copyFile(join(fixtures, 'valid-minimal.yaml'), join(cwd, 'valid-minimal.yaml'));
    const replayed = await bytesWritten(
      ['replay', 'bad\u001b[2J.json', '--scenario', 'valid-minimal.yaml'],
      cwd,
    );
    expect(replayed.code).toBe(1);
    expect(replayed.bytes.toString()).toContain('\\u{1b}');
    expect(controlBytes(replayed.bytes)).toEqual([]);
  });
});
