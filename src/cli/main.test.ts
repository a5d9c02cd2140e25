import { mkdtemp, mkdir, readFile, rm, writeFile, copyFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { captureIo } from './io.ts';
import { main } from './main.ts';
import { contentIndexSchema } from '../scenario/content-index.ts';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../scenario/fixtures');
const validYaml = join(fixtures, 'valid-minimal.yaml');

let cwd: string;
beforeEach(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'resolve-cli-'));
});
afterEach(async () => {
  await rm(cwd, { recursive: true, force: true });
});

async function run(...argv: string[]) {
  const io = captureIo(cwd);
  const code = await main(argv, io);
  return { code, out: io.out.join('\n'), err: io.err.join('\n') };
}

async function put(path: string, text: string): Promise<void> {
  await mkdir(dirname(join(cwd, path)), { recursive: true });
  await writeFile(join(cwd, path), text);
}

const PACK = `id: starter
title: Starter pack
description: The first scenarios to try.
scenarios: [valid-minimal]
knowledgeChecks: [basics]
passMark: 60
`;
const CHECK = `id: basics
title: The basics
questions:
  - kind: choose
    id: sorry
    prompt: Does saying sorry admit liability?
    criteria: ['312.3.7']
    options:
      - { id: yes-it-does, text: 'Yes', correct: false, why: It does not. }
      - { id: no-it-does-not, text: 'No', correct: true, why: An apology is not an admission. }
`;

async function sampleContent(): Promise<void> {
  await mkdir(join(cwd, 'scenarios/retail'), { recursive: true });
  await copyFile(validYaml, join(cwd, 'scenarios/retail/valid-minimal.yaml'));
  await put('scenarios/packs/starter.yaml', PACK);
  await put('scenarios/checks/basics.yaml', CHECK);
}

describe('resolve', () => {
  it('lists its commands, and refuses unknown ones with a suggestion', async () => {
    const help = await run('--help');
    expect(help.code).toBe(0);
    for (const name of [
      'validate',
      'coverage',
      'graph',
      'schema',
      'docs',
      'build-content',
      'play',
      'replay',
      'bench',
    ]) {
      expect(help.out).toContain(`  ${name}`);
    }
    expect((await run()).code).toBe(2);
    const unknown = await run('valdate');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("Unknown command 'valdate': did you mean 'validate'?");
    const commandHelp = await run('validate', '--help');
    expect(commandHelp.code).toBe(0);
    expect(commandHelp.out).toContain('Usage: resolve validate');
    expect((await run('validate', '--no-such-option')).code).toBe(2);
  });
});

describe('resolve validate', () => {
  it('passes valid content (scenarios, packs, checks) under scenarios/ by default', async () => {
    await sampleContent();
    const result = await run('validate');
    expect(result.out).toBe(
      'Checked 3 files (1 scenario, 1 pack, 1 knowledge check): 0 errors and 0 warnings.',
    );
    expect(result.code).toBe(0);
  });

  it('prints every problem in every file and exits 1', async () => {
    await sampleContent();
    await copyFile(
      join(fixtures, 'dangling-next.yaml'),
      join(cwd, 'scenarios/retail/dangling-next.yaml'),
    );
    await put(
      'scenarios/packs/starter.yaml',
      PACK.replace('[valid-minimal]', '[valid-minimal, valid-minimum]'),
    );
    const result = await run('validate');
    expect(result.code).toBe(1);
    // The fixture also draws the judgement warnings (law never cited, skilled the longest).
    expect(result.out.split('\n').filter((line) => !line.includes(': warning: '))).toEqual([
      "scenarios/packs/starter.yaml:4:28: error: pack lists scenario 'valid-minimum', which does not exist: did you mean 'valid-minimal'? (fix: write 'valid-minimal')",
      "scenarios/retail/dangling-next.yaml:59:15: error: choice 'explain' leads to 'resolve', which is not a node: did you mean 'resolved'? (fix: write 'resolved')",
      'Checked 4 files (2 scenarios, 1 pack, 1 knowledge check): 2 errors and 2 warnings.',
    ]);
  });

  it('finds repeated scenario ids across files and ids that differ from the file name', async () => {
    await sampleContent();
    await copyFile(validYaml, join(cwd, 'scenarios/retail/copy.yaml'));
    const result = await run('validate', 'scenarios/retail');
    expect(result.code).toBe(1);
    // Files are read in name order, so the later one is the repeat.
    expect(result.out).toContain(
      "scenarios/retail/valid-minimal.yaml:2:5: error: scenario id 'valid-minimal' is already used by scenarios/retail/copy.yaml",
    );
    expect(result.out).toContain(
      "scenarios/retail/copy.yaml:2:5: warning: the scenario's id is 'valid-minimal' but the file is named 'copy'",
    );
  });

  it('checks a pack on its own against the scenarios under scenarios/', async () => {
    await sampleContent();
    const result = await run('validate', 'scenarios/packs/starter.yaml');
    expect(result.out).toBe(
      'Checked 1 file (0 scenarios, 1 pack, 0 knowledge checks): 0 errors and 0 warnings.',
    );
    expect(result.code).toBe(0);
    await rm(join(cwd, 'scenarios/checks/basics.yaml'));
    const without = await run('validate', 'scenarios/packs/starter.yaml');
    expect(without.out).toContain("pack lists knowledge check 'basics', which does not exist");
    expect(without.code).toBe(1);
  });

  it('reports a missing path as an error', async () => {
    const result = await run('validate', 'nowhere');
    expect(result.code).toBe(1);
    expect(result.out).toContain(
      'nowhere:1:1: error: no such file or folder (fix: check the path)',
    );
  });
});

describe('resolve graph', () => {
  it('draws Mermaid by default and DOT on request', async () => {
    await copyFile(validYaml, join(cwd, 'valid-minimal.yaml'));
    const mermaid = await run('graph', 'valid-minimal.yaml');
    expect(mermaid.code).toBe(0);
    expect(mermaid.out.split('\n').slice(0, 3)).toEqual([
      'flowchart TD',
      '  %% valid-minimal: A kettle that will not switch off',
      '  start_(("start"))',
    ]);
    expect(mermaid.out).toContain('n0 -->|"ask-slowly"| n1');
    const dot = await run('graph', 'valid-minimal.yaml', '--format', 'dot');
    expect(dot.code).toBe(0);
    expect(dot.out).toContain('"greeting" -> "resolved" [label="read-policy"];');
  });

  it('refuses a wrong format, a missing file, and a file that is not a scenario', async () => {
    await copyFile(validYaml, join(cwd, 'valid-minimal.yaml'));
    expect((await run('graph', 'valid-minimal.yaml', '--format', 'svg')).code).toBe(2);
    expect((await run('graph')).code).toBe(2);
    const missing = await run('graph', 'missing.yaml');
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('missing.yaml');
    await copyFile(join(fixtures, 'yaml-syntax.yaml'), join(cwd, 'broken.yaml'));
    const broken = await run('graph', 'broken.yaml');
    expect(broken.code).toBe(1);
    expect(broken.err).toContain('broken.yaml:19:1: error: YAML syntax');
  });
});

describe('resolve coverage', () => {
  it('gives the count and the scenarios for every catalogue item as JSON', async () => {
    await sampleContent();
    const result = await run('coverage', '--json');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.out) as {
      scenarios: number;
      knowledgeChecks: number;
      criteria: { id: string; count: number; scenarios: string[] }[];
      rangeItems: { id: string; count: number }[];
      techniques: { id: string; count: number }[];
    };
    expect(report.scenarios).toBe(1);
    expect(report.knowledgeChecks).toBe(1);
    expect(report.criteria).toHaveLength(55);
    expect(report.rangeItems).toHaveLength(12);
    expect(report.techniques).toHaveLength(18);
    expect(report.criteria.find((row) => row.id === '312.2.1')).toEqual({
      id: '312.2.1',
      count: 1,
      scenarios: ['valid-minimal'],
    });
    // The check's question asks for 312.3.7, a knowledge criterion.
    expect(report.criteria.find((row) => row.id === '312.3.7')?.scenarios).toEqual(['basics']);
    const text = await run('coverage');
    expect(text.out).toContain('Coverage across 1 scenario and 1 knowledge check');
    expect(text.out).toContain('Criteria: 2 of 55 have an opportunity');
    expect(text.out).toContain('Range items: 3 of 12 have an opportunity');
  });
});

describe('resolve build-content', () => {
  it('writes the index, each scenario and each knowledge check as JSON', async () => {
    await sampleContent();
    const result = await run('build-content', '--out', 'out');
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const index = JSON.parse(await readFile(join(cwd, 'out/index.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(index).toEqual({
      generated: 'resolve',
      scenarios: [
        {
          id: 'valid-minimal',
          title: 'A kettle that will not switch off',
          summary:
            'A customer brings back a kettle that keeps boiling. Listen, check, and put it right.',
          traits: ['confused'],
          justified: 'yes',
          sector: 'retail',
          channel: 'face-to-face',
          pressure: 'quiet',
          nation: 'england',
          difficulty: 'introductory',
          minutes: 3,
          timed: false,
          criteria: ['312.2.1'],
          techniques: ['listen', 'ask-questions-when-confused'],
          range: ['312 range 1a', '312 range 2c', '312 range 3b'],
          file: 'scenarios/valid-minimal.json',
        },
      ],
      packs: [parse(PACK) as unknown],
      knowledgeChecks: [{ id: 'basics', title: 'The basics', file: 'checks/basics.json' }],
    });
    // The game reads it with the one content index schema, and finds exactly what was written.
    expect(contentIndexSchema.parse(index)).toEqual(index);
    const scenario = JSON.parse(
      await readFile(join(cwd, 'out/scenarios/valid-minimal.json'), 'utf8'),
    ) as {
      id: string;
      nodes: Record<string, unknown>;
    };
    expect(scenario.id).toBe('valid-minimal');
    expect(Object.keys(scenario.nodes)).toEqual(['greeting', 'resolved']);
    expect(await readdir(join(cwd, 'out/checks'))).toEqual(['basics.json']);
  });

  it('builds an empty index when there is no content yet, and removes stale files', async () => {
    await put('out/scenarios/old.json', '{}');
    const result = await run('build-content', '--out', 'out');
    expect(result.code).toBe(0);
    expect(JSON.parse(await readFile(join(cwd, 'out/index.json'), 'utf8'))).toEqual({
      generated: 'resolve',
      scenarios: [],
      packs: [],
      knowledgeChecks: [],
    });
    expect(await readdir(join(cwd, 'out/scenarios'))).toEqual([]);
  });

  it('refuses to build content with errors, and writes nothing', async () => {
    await sampleContent();
    await copyFile(
      join(fixtures, 'unknown-technique.yaml'),
      join(cwd, 'scenarios/retail/unknown-technique.yaml'),
    );
    const result = await run('build-content', '--out', 'out');
    expect(result.code).toBe(1);
    expect(result.err).toContain("unknown technique 'listne': did you mean 'listen'?");
    expect(result.err).toContain('Content not built: 2 errors and 2 warnings.');
    await expect(readFile(join(cwd, 'out/index.json'), 'utf8')).rejects.toThrow();
  });
});

describe('resolve schema', () => {
  // Generating three JSON Schemas from zod and comparing them with the files takes a few seconds on a
  // busy two-core machine, past Vitest's default 5 s.
  it(
    'writes the three schema files and can tell when they are stale',
    { timeout: 30_000 },
    async () => {
      const written = await run('schema', '--out', 'schema');
      expect(written.code).toBe(0);
      expect((await readdir(join(cwd, 'schema'))).sort()).toEqual([
        'knowledge-check.schema.json',
        'pack.schema.json',
        'scenario.schema.json',
      ]);
      expect((await run('schema', '--check', '--out', 'schema')).code).toBe(0);
      await writeFile(join(cwd, 'schema/pack.schema.json'), '{}');
      const stale = await run('schema', '--check', '--out', 'schema');
      expect(stale.code).toBe(1);
      expect(stale.out).toContain('schema/pack.schema.json is out of date');
    },
  );
});

describe('commands the engine provides', () => {
  it('are registered', async () => {
    for (const name of ['play', 'replay', 'bench']) {
      const result = await run(name, '--help');
      expect(result.code === 0 || result.code === 2, name).toBe(true);
    }
  });
});
