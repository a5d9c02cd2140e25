import { z } from './zod.ts';
import { scenarioSchema } from './schema.ts';
import { knowledgeCheckSchema, packSchema } from './pack-schema.ts';
import { own } from './own.ts';

/**
 * The JSON Schemas authors' editors read (through the `# yaml-language-server: $schema=...` line at
 * the top of each file), generated from the zod schemas so the two never disagree. `resolve schema`
 * writes them to scenarios/schema/; a test fails when the committed files are stale.
 */
export const JSON_SCHEMA_FILES = [
  {
    file: 'scenario.schema.json',
    title: 'Resolve scenario',
    description: 'A complaint-handling scenario for Resolve. Check it with `npx resolve validate`.',
    schema: scenarioSchema,
  },
  {
    file: 'pack.schema.json',
    title: 'Resolve scenario pack',
    description: 'An ordered set of scenarios a tutor assigns.',
    schema: packSchema,
  },
  {
    file: 'knowledge-check.schema.json',
    title: 'Resolve knowledge check',
    description: 'Knowledge-check questions, each answer an authored option.',
    schema: knowledgeCheckSchema,
  },
] as const;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const REF_PREFIX = '#/definitions/';

// Names for the shared parts zod pulls out as `__schemaN`, told apart by what they contain, so the
// file reads well and editors show meaningful names.
const ENUM_NAMES: [string, string][] = [
  ['listen', 'technique-id'],
  ['MRC 1.1', 'criterion-id'],
  ['312 range 1a', 'range-id'],
  ['law.cra.goods-standard', 'law-rule-id'],
  ['calm-down-calms', 'misconception-id'],
  ['skilled', 'stance'],
  ['neutral', 'expression'],
  ['england', 'nation'],
];
const KEY_NAMES: [string[], string][] = [
  [['visited', 'any'], 'condition'],
  [['atLeast', 'atMost'], 'mood-bound'],
  [['say', 'stance'], 'choice'],
  [['seconds', 'stance'], 'timeout'],
  [['reason', 'breaks'], 'critical-error'],
  [['accurate'], 'log-entry'],
  [['entries'], 'log-field'],
  [['body', 'relevant'], 'record-to-check'],
  [['measure'], 'series'],
  [['risk'], 'option'],
  [['if', 'to'], 'route'],
  [['variants'], 'variants'],
  [['anger', 'confusion', 'trust'], 'mood'],
  [['id', 'text'], 'fact'],
];

const INTEGER_NAMES: Record<string, string> = {
  '0..100': 'mood-level',
  '-100..100': 'mood-change',
  '-2..2': 'strength',
};

function nameFor(definition: JsonObject, definitions: JsonObject): string | undefined {
  const values = Array.isArray(definition.enum) ? definition.enum : undefined;
  if (values !== undefined) return ENUM_NAMES.find(([member]) => values.includes(member))?.[1];
  if (typeof definition.pattern === 'string' && definition.pattern.startsWith('^[a-z0-9]+'))
    return 'id';
  if (definition.type === 'string' && definition.maxLength === 2000) return 'text';
  if (definition.type === 'integer') {
    return own(
      INTEGER_NAMES,
      `${JSON.stringify(definition.minimum)}..${JSON.stringify(definition.maximum)}`,
    );
  }
  const properties = definition.properties;
  if (isObject(properties)) {
    const keys = Object.keys(properties);
    if (keys.includes('listen')) return 'technique-evidence';
    if (keys.includes('MRC 1.1')) return 'criterion-evidence';
    return KEY_NAMES.find(([wanted]) => wanted.every((key) => keys.includes(key)))?.[1];
  }
  const first = Array.isArray(definition.anyOf) ? definition.anyOf[0] : undefined;
  if (isObject(first) && typeof first.$ref === 'string') {
    const target = definitions[first.$ref.slice(REF_PREFIX.length)];
    return isObject(target) && target.maxLength === 2000 ? 'line' : 'next';
  }
  return undefined;
}

function renameDefinitions(schema: JsonObject): JsonObject {
  const definitions = isObject(schema.definitions) ? schema.definitions : {};
  const names = new Map<string, string>();
  const used = new Map<string, number>();
  for (const [key, definition] of Object.entries(definitions)) {
    const base = (isObject(definition) ? nameFor(definition, definitions) : undefined) ?? 'part';
    const count = (used.get(base) ?? 0) + 1;
    used.set(base, count);
    names.set(key, count === 1 ? base : `${base}-${count}`);
  }
  const rename = (value: Json): Json => {
    if (Array.isArray(value)) return value.map(rename);
    if (!isObject(value)) return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, each]) => {
        if (key === '$ref' && typeof each === 'string' && each.startsWith(REF_PREFIX)) {
          const target = each.slice(REF_PREFIX.length);
          return [key, `${REF_PREFIX}${names.get(target) ?? target}`];
        }
        if (key === 'definitions' && isObject(each) && value === schema) {
          return [
            key,
            Object.fromEntries(
              Object.entries(each).map(([name, def]) => [names.get(name) ?? name, rename(def)]),
            ),
          ];
        }
        return [key, rename(each)];
      }),
    );
  };
  return rename(schema) as JsonObject;
}

/**
 * Editors complete keys from `properties`, not from `propertyNames`: a mapping keyed by a catalogue
 * (evidence by technique or criterion) is spelled out key by key so authors get the ids offered.
 */
function spellOutKeys(value: Json, definitions: JsonObject): Json {
  if (Array.isArray(value)) return value.map((each) => spellOutKeys(each, definitions));
  if (!isObject(value)) return value;
  let names = value.propertyNames;
  if (isObject(names) && typeof names.$ref === 'string') {
    names = definitions[names.$ref.slice(REF_PREFIX.length)];
  }
  const enumValues = isObject(names) && Array.isArray(names.enum) ? names.enum : undefined;
  const valueSchema = value.additionalProperties;
  const walked = Object.fromEntries(
    Object.entries(value).map(([key, each]) => [key, spellOutKeys(each, definitions)]),
  );
  if (enumValues === undefined || !isObject(valueSchema)) return walked;
  const others = Object.entries(walked).filter(
    ([key]) => key !== 'propertyNames' && key !== 'additionalProperties',
  );
  return {
    ...Object.fromEntries(others),
    properties: Object.fromEntries(
      enumValues.map((key) => [
        typeof key === 'string' ? key : JSON.stringify(key),
        spellOutKeys(valueSchema, definitions),
      ]),
    ),
    additionalProperties: false,
  };
}

function forEditors(schema: JsonObject): JsonObject {
  const definitions = isObject(schema.definitions) ? schema.definitions : {};
  return renameDefinitions(spellOutKeys(schema, definitions) as JsonObject);
}

/** Each schema file's name and content. */
export function buildJsonSchemas(): { file: string; content: Json }[] {
  return JSON_SCHEMA_FILES.map(({ file, title, description, schema }) => {
    // Shared parts become definitions, which keeps the file small enough for editors.
    const generated = z.toJSONSchema(schema, {
      io: 'input',
      target: 'draft-7',
      reused: 'ref',
    }) as Json;
    const { $schema, ...rest } = isObject(generated) ? generated : {};
    return { file, content: forEditors({ $schema: $schema ?? null, title, description, ...rest }) };
  });
}

/** The text written to disk (formatted as the repository's Prettier settings would). */
export const jsonSchemaText = (content: Json): string => `${JSON.stringify(content, null, 2)}\n`;
