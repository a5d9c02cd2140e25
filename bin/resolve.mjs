#!/usr/bin/env node
// The `resolve` command. It runs the CLI compiled to JavaScript (`npm run build:cli`, which `npm ci`
// and `npm install` run through `prepare`), so no TypeScript is loaded at start-up.
import { existsSync } from 'node:fs';

const compiled = new URL('../dist-cli/cli/main.js', import.meta.url);
if (!existsSync(compiled)) {
  process.stderr.write(
    'The resolve CLI has not been compiled yet: run `npm run build:cli` (or `npm ci`) in the project folder.\n',
  );
  process.exit(2);
}
const { main } = await import(compiled.href);
process.exitCode = await main(process.argv.slice(2));
