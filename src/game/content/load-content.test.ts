import { describe, expect, it } from 'vitest';
import { checkBuiltScenario, loadContentIndex, loadScenario } from './load-content.ts';
import { everyKindScenario } from '../../../tests/browser/fixtures/every-kind.ts';
import { brokenBuiltScenarios } from '../../../tests/browser/fixtures/broken-built.ts';
import { loadSampleScenarios } from '../../engine/fixtures/load.ts';

/** A fetch that serves fixed bodies by URL, so no network is involved. */
function fakeFetch(files: Record<string, { status?: number; body: string }>): typeof fetch {
  return (input) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const file = files[url];
    if (!file)
      return Promise.resolve(new Response('missing', { status: 404, statusText: 'Not Found' }));
    return Promise.resolve(new Response(file.body, { status: file.status ?? 200 }));
  };
}

const entry = {
  id: everyKindScenario.id,
  title: everyKindScenario.title,
  summary: everyKindScenario.summary,
  traits: ['angry'],
  justified: 'yes',
  sector: 'retail',
  channel: 'face-to-face',
  pressure: 'busy',
  nation: 'england',
  difficulty: 'intermediate',
  minutes: 8,
  criteria: ['312.2.1'],
  techniques: ['listen'],
  range: [],
  file: `scenarios/${everyKindScenario.id}.json`,
};

describe('loading content', () => {
  it('reads a valid index and scenario', async () => {
    const fetcher = fakeFetch({
      'content/index.json': {
        body: JSON.stringify({ generated: 'resolve', scenarios: [entry], packs: [] }),
      },
      [`content/${entry.file}`]: { body: JSON.stringify(everyKindScenario) },
    });
    const index = await loadContentIndex(fetcher);
    expect(index.ok).toBe(true);
    const scenario = await loadScenario(entry, fetcher);
    expect(scenario.ok && scenario.value.id).toBe(everyKindScenario.id);
  });

  it('names the file, the place and the problem when a scenario is invalid', async () => {
    const broken = { ...everyKindScenario, difficulty: 'impossible' };
    const scenario = await loadScenario(
      entry,
      fakeFetch({ [`content/${entry.file}`]: { body: JSON.stringify(broken) } }),
    );
    expect(scenario.ok).toBe(false);
    if (scenario.ok) return;
    expect(scenario.problem.file).toBe(`content/${entry.file}`);
    expect(scenario.problem.details.join('\n')).toMatch(/^difficulty: /m);
  });

  it('says so when a file is missing, is not JSON, or holds another scenario', async () => {
    const missing = await loadContentIndex(fakeFetch({}));
    expect(!missing.ok && missing.problem.message).toContain('404');
    const garbled = await loadContentIndex(fakeFetch({ 'content/index.json': { body: '{ nope' } }));
    expect(!garbled.ok && garbled.problem.message).toBe('is not valid JSON');
    const other = await loadScenario(
      { ...entry, id: 'another-scenario' },
      fakeFetch({ [`content/${entry.file}`]: { body: JSON.stringify(everyKindScenario) } }),
    );
    expect(!other.ok && other.problem.message).toContain('another-scenario');
  });

  it('refuses index entries that point outside the content folder', async () => {
    const index = await loadContentIndex(
      fakeFetch({
        'content/index.json': {
          body: JSON.stringify({ scenarios: [{ ...entry, file: '../secrets.json' }] }),
        },
      }),
    );
    expect(index.ok).toBe(false);
  });
});

describe('checking a built scenario before it is played', () => {
  it.each(brokenBuiltScenarios().map((broken) => ({ ...broken, name: broken.id })))(
    'names the file, the place and the fix for $name',
    async (broken) => {
      const file = `scenarios/${broken.id}.json`;
      const loaded = await loadScenario(
        { id: broken.id, file },
        fakeFetch({ [`content/${file}`]: { body: broken.body } }),
      );
      expect(loaded.ok).toBe(false);
      if (loaded.ok) return;
      expect(loaded.problem.file).toBe(`content/${file}`);
      const words = [loaded.problem.message, ...loaded.problem.details].join('\n');
      for (const pattern of broken.says) expect(words).toMatch(pattern);
    },
  );

  it('passes every sample scenario and the every-kind fixture', () => {
    for (const { file, scenario } of [
      { file: 'every-kind', scenario: everyKindScenario },
      ...loadSampleScenarios(),
    ])
      expect(checkBuiltScenario(scenario, file), file).toBeNull();
  });
});
