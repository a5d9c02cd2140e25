import { loadSampleScenarios } from '../engine/fixtures/load.ts';
import { playPolicy } from '../engine/policies.ts';
import { scoreTranscript } from './score.ts';
const all = loadSampleScenarios().flatMap(({ scenario }) =>
  Array.from({ length: 40 }, (_, seed) => ({ scenario, transcript: playPolicy({ scenario, policy: 'random', seed, timing: 'standard' }) })));
let best = Infinity;
for (let r = 0; r < 6; r++) { const t = performance.now(); for (const x of all) scoreTranscript(x.scenario, x.transcript); best = Math.min(best, performance.now() - t); }
console.log((best / all.length).toFixed(2), 'ms per transcript (best of 6)', all.length);
