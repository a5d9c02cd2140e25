// One validator or ink-compiler check in a fresh process, for the bench: prints its time and the
// peak memory it added. Run as `node worker.js resolve|ink <nodes>`.
import { benchTexts, checkOnce } from './validator.ts';

const [checker, nodesText] = process.argv.slice(2);
if (checker !== 'resolve' && checker !== 'ink')
  throw new Error('usage: worker resolve|ink <nodes>');
const texts = benchTexts(Number(nodesText));
// A small warm-up first, so the figure is the checker's rather than the JIT's first pass.
checkOnce(checker, benchTexts(100));
const MiB = 1024 * 1024;
const before = process.memoryUsage().rss;
const ms = checkOnce(checker, texts);
const peak = process.resourceUsage().maxRSS * 1024;
process.stdout.write(JSON.stringify({ ms, peakMiB: Math.max(0, (peak - before) / MiB) }));
