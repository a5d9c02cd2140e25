import { readFileSync } from 'node:fs';
import { checkScenarioText } from './analyse.ts';
import { formatDiagnostic } from './diagnostics.ts';
for (const f of process.argv.slice(2)) {
  const r = checkScenarioText(readFileSync(f, 'utf8'), { file: f });
  console.log(r.diagnostics.map(formatDiagnostic).join('\n') || 'OK', r.analysis?.steps);
}
