import { readFileSync } from 'node:fs';
import { checkScenarioText } from './analyse.ts';
import { decodeSource } from './load.ts';
import { formatDiagnostic } from './diagnostics.ts';
for (const f of process.argv.slice(2)) {
  const d = decodeSource(readFileSync(f), { file: f });
  const t0 = performance.now();
  const r = d.text === undefined ? d : checkScenarioText(d.text, { file: f });
  console.log(`== ${f} (${(performance.now() - t0).toFixed(0)} ms)\n` + (r.diagnostics.map(formatDiagnostic).join('\n') || 'OK'));
}
