import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));

function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('src/scenario', () => {
  it('uses nothing that only Node has, so the browser can load and check files too', () => {
    const offending = sources(here).filter((path) =>
      /from '(node:|fs|path|os)|\bprocess\.|\bBuffer\b/.test(readFileSync(path, 'utf8')),
    );
    expect(offending.map((path) => relative(here, path))).toEqual([]);
  });
});
