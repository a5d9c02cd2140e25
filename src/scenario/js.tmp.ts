import { buildJsonSchemas } from './json-schema.ts';
import { readFileSync } from 'node:fs';
const a = JSON.stringify(buildJsonSchemas()[0]?.content);
const b = JSON.stringify(buildJsonSchemas()[0]?.content);
const f = JSON.stringify(JSON.parse(readFileSync('scenarios/schema/scenario.schema.json', 'utf8')));
console.log(a === b, a === f, b === f, Object.keys((JSON.parse(a) as any).definitions).join(','));
console.log(Object.keys((JSON.parse(f) as any).definitions).join(','));
