import type { z } from '../scenario/zod.ts';

/*
 * What is wrong with part of an imported file, in words a learner reads: no schema jargon, no
 * value from the file echoed back beyond a short, cleaned field name.
 */

const KIND: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'a group of values',
  array: 'a list',
  null: 'nothing (null)',
};

const kindOf = (value: unknown): string =>
  value === null
    ? 'nothing (null)'
    : Array.isArray(value)
      ? 'a list'
      : (KIND[typeof value] ?? 'something else');

/** A name from the file, safe to show: control characters dropped, cut short. */
export const cleanName = (name: string): string =>
  // eslint-disable-next-line no-control-regex
  name.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, '').slice(0, 40) || '(no name)';

/** A place in the file as a person reads it: results[3].result.transcript.events[12]. */
export function placeOf(path: readonly PropertyKey[]): string {
  let place = '';
  for (const part of path) {
    if (typeof part === 'number') place += `[${part}]`;
    else place += `${place === '' ? '' : '.'}${cleanName(String(part))}`;
  }
  return place || 'the whole file';
}

/** The value at a place in the parsed file, if there is one. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let here: unknown = data;
  for (const part of path) {
    if (typeof here !== 'object' || here === null) return undefined;
    here = (here as Record<PropertyKey, unknown>)[part];
  }
  return here;
}

/** What is wrong at the place an issue names. */
export function describeIssue(issue: z.core.$ZodIssue, data: unknown): string {
  const value = valueAt(data, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined
        ? 'something Resolve writes here is missing'
        : `this should be ${KIND[issue.expected] ?? 'something else'}, but it is ${kindOf(value)}`;
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const limit = String(small ? issue.minimum : issue.maximum);
      if (issue.origin === 'string') {
        return `this text is too ${small ? 'short' : 'long'} (${small ? 'at least' : 'at most'} ${limit} character${limit === '1' ? '' : 's'})`;
      }
      if (issue.origin === 'array') {
        return `this list has too ${small ? 'few' : 'many'} items (${small ? 'at least' : 'at most'} ${limit})`;
      }
      return `this number is too ${small ? 'small' : 'large'} (${small ? 'at least' : 'at most'} ${limit})`;
    }
    case 'invalid_format':
      // The schemas' own patterns say what they want ("a sha-256 hash in hex"); zod's do not.
      return /^(Invalid|Too)/.test(issue.message)
        ? 'this is not in the form Resolve writes'
        : `this should be ${issue.message}`;
    case 'invalid_value':
      return 'this is not one of the values Resolve writes here';
    case 'unrecognized_keys':
      return `this holds ${issue.keys.length === 1 ? 'a field' : 'fields'} Resolve does not write (${issue.keys
        .slice(0, 3)
        .map((key) => `"${cleanName(key)}"`)
        .join(', ')})`;
    case 'invalid_union':
      return 'this is not in any form Resolve writes';
    default:
      return 'this is not as Resolve writes it';
  }
}
