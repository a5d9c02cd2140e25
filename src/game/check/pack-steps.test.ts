import { describe, expect, it } from 'vitest';
import type { ContentIndex } from '../../scenario/content-index.ts';
import type { Pack } from '../../scenario/pack-schema.ts';
import { packStepAfter } from './pack-steps.ts';

const scenario = (id: string) => ({ id, title: id }) as ContentIndex['scenarios'][number];
const content = {
  scenarios: [scenario('a'), scenario('c')],
  knowledgeChecks: [
    { id: 'check-1', title: 'Check 1', file: 'checks/check-1.json' },
    { id: 'check-2', title: 'Check 2', file: 'checks/check-2.json' },
  ],
};
const pack: Pack = {
  id: 'p',
  title: 'P',
  description: 'D',
  scenarios: ['a', 'b', 'c'],
  knowledgeChecks: ['check-1', 'missing', 'check-2'],
  passMark: 60,
};
const idOf = (step: ReturnType<typeof packStepAfter>) =>
  step === null ? null : step.kind === 'scenario' ? step.summary.id : step.entry.id;

describe('the steps of a pack', () => {
  it('goes through the scenarios, then the knowledge checks, passing over what is not installed', () => {
    expect(idOf(packStepAfter(pack, content, { scenario: 'a' }))).toBe('c');
    expect(idOf(packStepAfter(pack, content, { scenario: 'c' }))).toBe('check-1');
    expect(idOf(packStepAfter(pack, content, { check: 'check-1' }))).toBe('check-2');
    expect(packStepAfter(pack, content, { check: 'check-2' })).toBeNull();
  });

  it('ends after the last scenario of a pack without checks', () => {
    expect(packStepAfter({ ...pack, knowledgeChecks: [] }, content, { scenario: 'c' })).toBeNull();
  });
});
