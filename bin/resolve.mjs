#!/usr/bin/env node
// The `resolve` command. It runs the CLI compiled to JavaScript (`npm run build:cli`, which `npm ci`
// and `npm install` run through `prepare`), so no TypeScript is loaded at start-up. When src/ has
// changed since that build (an author or developer editing the code), it compiles again first: a
// stale CLI would validate against an old schema without a word.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const compiled = new URL('../dist-cli/cli/main.js', import.meta.url);
const sources = fileURLToPath(new URL('../src', import.meta.url));
// tsc's incremental record: touched after every compile here, so it says when the CLI was last checked.
const stamp = fileURLToPath(new URL('../dist-cli/.tsbuildinfo', import.meta.url));

/** The newest modification time of any TypeScript file under src/, or 0 without a src/ folder. */
function newestSource() {
  if (!existsSync(sources)) return 0;
  let newest = 0;
  for (const entry of readdirSync(sources, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const path = `${entry.parentPath ?? entry.path}/${entry.name}`;
    newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

const builtAt = existsSync(compiled) && existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
if (builtAt < newestSource()) {
  process.stderr.write(
    builtAt === 0
      ? 'Compiling the resolve CLI…\n'
      : 'src/ changed: compiling the resolve CLI again…\n',
  );
  const tsc = fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url));
  const built = existsSync(tsc)
    ? spawnSync(process.execPath, [tsc, '-p', 'tsconfig.cli.json'], {
        cwd: root,
        stdio: ['ignore', 2, 2],
      })
    : { status: 1 };
  if (built.status !== 0 || !existsSync(compiled)) {
    process.stderr.write(
      'The resolve CLI could not be compiled: run `npm ci`, then `npm run build:cli`, in the project folder.\n',
    );
    process.exit(2);
  }
  // An edit outside the CLI's files leaves tsc's outputs as they were: mark the check as done.
  const now = new Date();
  utimesSync(stamp, now, now);
}
const { main } = await import(compiled.href);
process.exitCode = await main(process.argv.slice(2));
