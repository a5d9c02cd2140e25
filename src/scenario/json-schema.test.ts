import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildJsonSchemas, JSON_SCHEMA_FILES } from './json-schema.ts';

const folder = join(dirname(fileURLToPath(import.meta.url)), '../../scenarios/schema');

describe('JSON Schema files', () => {
  it.each(JSON_SCHEMA_FILES.map((each) => each.file))(
    'scenarios/schema/%s matches the scenario language (run `npx resolve schema` if not)',
    (file) => {
      const generated = buildJsonSchemas().find((each) => each.file === file)?.content;
      const committed = JSON.parse(readFileSync(join(folder, file), 'utf8')) as unknown;
      expect(committed).toEqual(generated);
    },
  );

  it('spells out catalogue keys so editors can offer them', () => {
    const scenario = buildJsonSchemas().find((each) => each.file === 'scenario.schema.json');
    const text = JSON.stringify(scenario?.content);
    expect(text).toContain('"technique-evidence"');
    expect(text).toContain('"let-angry-customer-speak"');
    expect(text).not.toContain('__schema');
    // The only key pattern left is the node-id one on `nodes`; catalogue keys are all spelled out.
    expect(text.match(/"propertyNames"/g)).toHaveLength(1);
    expect(text).toContain('"propertyNames":{"$ref":"#/definitions/id"}');
  });
});
