#!/usr/bin/env node
// The `resolve` command. Node 20 cannot run TypeScript itself, so tsx (a dependency) loads the CLI.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
