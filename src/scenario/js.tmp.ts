import { z } from './zod.ts';
import { scenarioSchema } from './schema.ts';
const s = z.toJSONSchema(scenarioSchema, { io: 'input', target: 'draft-7' }) as any;
const d = s.properties.nodes.additionalProperties.oneOf[0].properties.choices.items.properties;
console.log(JSON.stringify(d.techniques).slice(0, 700));
console.log(JSON.stringify(d.next).slice(0, 700));
