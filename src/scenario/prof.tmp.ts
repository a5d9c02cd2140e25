import { readFileSync } from 'node:fs';
import { checkScenarioText } from './analyse.ts';
import { loadScenarioText } from './load.ts';
const text = readFileSync('/tmp/big.yaml', 'utf8');
for (let i = 0; i < 3; i++) {
  let t0 = performance.now();
  const l = loadScenarioText(text, { file: 'big' });
  const t1 = performance.now();
  const r = checkScenarioText(text, { file: 'big' });
  console.log('load', (t1 - t0).toFixed(0), 'check (load+analyse)', (performance.now() - t1).toFixed(0), r.diagnostics.length, r.analysis?.steps);
}
