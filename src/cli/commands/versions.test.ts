import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  brokenLink,
  notYetShipped,
  shippedVersionsSchema,
} from '../../scenario/shipped-versions.ts';
import { currentContent } from './versions.ts';

describe('scenarios/versions.json', () => {
  const root = resolve(import.meta.dirname, '../../..');
  const list = shippedVersionsSchema.parse(
    JSON.parse(readFileSync(resolve(root, 'scenarios/versions.json'), 'utf8')),
  );

  it('is unbroken: no line was edited after it was added', () => {
    expect(brokenLink(list)).toBeUndefined();
  });

  it('lists the current version of every built-in scenario and knowledge check', async () => {
    const current = await currentContent('scenarios', root);
    if (!current.ok) throw new Error(current.messages.join('\n'));
    const missing = notYetShipped(list, current.content);
    expect(
      missing.map((each) => `${each.kind} ${each.id}`),
      'run `npx resolve versions` and commit scenarios/versions.json',
    ).toEqual([]);
  });
});
