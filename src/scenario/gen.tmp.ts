import { writeFileSync } from 'node:fs';
import { generateLargeScenario } from './generate.ts';
const text = generateLargeScenario({ nodes: Number(process.argv[2] ?? 1000), seed: 1 });
writeFileSync(process.argv[3] ?? '/tmp/big.yaml', text);
console.log(text.length);
