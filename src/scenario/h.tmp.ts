import { checkScenarioText } from './analyse.ts';
import { formatDiagnostic } from './diagnostics.ts';
const cases: [string, string][] = [
  ['many-keys', Array.from({ length: 60_000 }, (_, i) => `k${i}: ${i}`).join('\n')],
  ['many-list', 'law:\n' + Array.from({ length: 60_000 }, (_, i) => `  - x${i}`).join('\n')],
  ['many-nodes-bad', 'nodes:\n' + Array.from({ length: 20_000 }, (_, i) => `  n${i}: { kind: dialogue }`).join('\n')],
  ['flow-keys', '{' + Array.from({ length: 60_000 }, (_, i) => `k${i}: 1`).join(', ') + '}'],
  ['dup-keys', Array.from({ length: 60_000 }, () => `k: 1`).join('\n')],
];
for (const [name, text] of cases) {
  const t0 = performance.now();
  const r = checkScenarioText(text, { file: name });
  console.log(name, text.length, (performance.now() - t0).toFixed(0), 'ms', r.diagnostics.length, formatDiagnostic(r.diagnostics[r.diagnostics.length - 1]!).slice(0, 150));
}
