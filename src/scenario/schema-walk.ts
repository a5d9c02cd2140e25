import type { z } from './zod.ts';
import { own } from './own.ts';

/**
 * Just enough of zod's schema internals to find the schema that governs a place in the data: which
 * keys a mapping allows and what a missing key is for. Unions are resolved against the data (a
 * node's `kind` picks its shape), so the answer matches what the author wrote.
 */
interface SchemaDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
  discriminator?: string;
  getter?: () => z.ZodType;
  in?: z.ZodType;
  values?: unknown[];
  entries?: Record<string, unknown>;
}

const defOf = (schema: z.ZodType): SchemaDef => schema._zod.def;

const isRecordLike = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Peels off wrappers that do not change the shape (optional, lazy, default...). */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let guard = 0; guard < 20; guard++) {
    const def = defOf(current);
    if (
      (def.type === 'optional' ||
        def.type === 'nullable' ||
        def.type === 'default' ||
        def.type === 'prefault' ||
        def.type === 'readonly' ||
        def.type === 'nonoptional') &&
      def.innerType
    )
      current = def.innerType;
    else if (def.type === 'lazy' && def.getter) current = def.getter();
    else if (def.type === 'pipe' && def.in) current = def.in;
    else return current;
  }
  return current;
}

function literalValues(schema: z.ZodType): unknown[] {
  const def = defOf(unwrap(schema));
  if (def.type === 'literal') return def.values ?? [];
  if (def.type === 'enum') return Object.values(def.entries ?? {});
  return [];
}

/** For a union, the option that fits `value` best: by discriminator, else by container type. */
function pickOption(schema: z.ZodType, value: unknown): z.ZodType | undefined {
  const def = defOf(schema);
  const options = def.options ?? [];
  if (def.discriminator !== undefined && isRecordLike(value)) {
    const tag = own(value, def.discriminator);
    return options.find((option) => {
      const shape = defOf(unwrap(option)).shape;
      const tagSchema = own(shape, def.discriminator ?? '');
      return tagSchema !== undefined && literalValues(tagSchema).includes(tag);
    });
  }
  const wanted = Array.isArray(value) ? 'array' : isRecordLike(value) ? 'object' : undefined;
  return options.find((option) => defOf(unwrap(option)).type === wanted);
}

/** The schema for the value at `path`, or undefined where it cannot be told. */
function schemaAt(
  root: z.ZodType,
  path: readonly PropertyKey[],
  data: unknown,
): z.ZodType | undefined {
  let schema: z.ZodType | undefined = unwrap(root);
  let value = data;
  for (const segment of path) {
    if (schema === undefined) return undefined;
    schema = unwrap(schema);
    let def = defOf(schema);
    if (def.type === 'union') {
      schema = pickOption(schema, value);
      if (schema === undefined) return undefined;
      schema = unwrap(schema);
      def = defOf(schema);
    }
    if (def.type === 'object') schema = own(def.shape, String(segment));
    else if (def.type === 'array') schema = def.element;
    else if (def.type === 'record') schema = def.valueType;
    else return undefined;
    value =
      Array.isArray(value) && typeof segment === 'number'
        ? (value[segment] as unknown)
        : isRecordLike(value)
          ? own(value, String(segment))
          : undefined;
  }
  if (schema === undefined) return undefined;
  schema = unwrap(schema);
  if (defOf(schema).type === 'union') {
    const picked = pickOption(schema, value);
    if (picked !== undefined) return unwrap(picked);
  }
  return schema;
}

/** The keys a mapping at `path` may have, in the schema's order; empty when not a fixed shape. */
export function allowedKeysAt(
  root: z.ZodType,
  path: readonly PropertyKey[],
  data: unknown,
): string[] {
  const schema = schemaAt(root, path, data);
  if (schema === undefined) return [];
  const def = defOf(schema);
  return def.type === 'object' ? Object.keys(def.shape ?? {}) : [];
}

/** What a key is for, from the schema's `.describe(...)`, if it says. */
export function descriptionAt(
  root: z.ZodType,
  path: readonly PropertyKey[],
  data: unknown,
): string | undefined {
  const parent = schemaAt(root, path.slice(0, -1), data);
  if (parent === undefined) return undefined;
  const field = own(defOf(parent).shape, String(path[path.length - 1]));
  if (field === undefined) return undefined;
  let current: z.ZodType | undefined = field;
  for (let guard = 0; current !== undefined && guard < 5; guard++) {
    if (current.description !== undefined) return current.description;
    const def = defOf(current);
    current = def.innerType ?? def.in;
  }
  return undefined;
}
