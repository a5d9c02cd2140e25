import type { z } from './zod.ts';
import {
  CRITERION_IDS,
  LAW_RULE_IDS,
  MISCONCEPTION_IDS,
  NATIONS,
  RANGE_IDS,
  TECHNIQUE_IDS,
} from '../curriculum/ids.ts';
import type { Diagnostic, JsonPath } from './diagnostics.ts';
import type { SourcePositions } from './positions.ts';
import { describeField, describePlace, valueAt } from './place.ts';
import { allowedKeysAt, descriptionAt } from './schema-walk.ts';
import { closestMatch, listInWords, toId } from './suggest.ts';
import { own } from './own.ts';
import { ID_PATTERN } from './schema.ts';

interface Catalogue {
  /** What one member is called in a message, and the last word of its diagnostic code. */
  noun: string;
  code: string;
  ids: readonly string[];
  where: string;
}

/** Catalogue id lists, by name, and how to name one of their members to an author. */
const CATALOGUES = {
  technique: {
    noun: 'technique',
    code: 'unknown-technique',
    ids: TECHNIQUE_IDS,
    where: "a technique id such as 'listen' or 'remain-calm'",
  },
  criterion: {
    noun: 'criterion',
    code: 'unknown-criterion',
    ids: CRITERION_IDS,
    where: "a criterion id such as 'MRC 1.3' or '312.2.1'",
  },
  range: {
    noun: 'range item',
    code: 'unknown-range-item',
    ids: RANGE_IDS,
    where: "a range id such as '312 range 2b'",
  },
  law: {
    noun: 'law rule',
    code: 'unknown-law-rule',
    ids: LAW_RULE_IDS,
    where: "a law rule id from the catalogue, such as 'law.cra.goods-standard'",
  },
  misconception: {
    noun: 'misconception',
    code: 'unknown-misconception',
    ids: MISCONCEPTION_IDS,
    where: "a misconception id from the catalogue, such as 'calm-down-calms'",
  },
  nation: {
    noun: 'nation',
    code: 'unknown-nation',
    ids: NATIONS,
    where: `one of ${listInWords([...NATIONS], 'or')}`,
  },
} as const satisfies Record<string, Catalogue>;

/** The catalogue an enum's allowed values are, if they are exactly one of them. */
const catalogueOf = (values: readonly unknown[]): Catalogue | undefined =>
  Object.values(CATALOGUES).find(
    (catalogue: Catalogue) =>
      values.length === catalogue.ids.length &&
      values.every((each) => catalogue.ids.includes(String(each))),
  );

/** Which catalogue the keys of an evidence mapping come from. */
const EVIDENCE_KEYS: Record<string, Catalogue | undefined> = {
  techniques: CATALOGUES.technique,
  criteria: CATALOGUES.criterion,
};

/** How to show what the author wrote, briefly. */
function showValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'empty';
  if (typeof value === 'string') {
    const short = value.length > 40 ? `${value.slice(0, 37)}...` : value;
    return `'${short.replace(/\s+/g, ' ')}'`;
  }
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return 'a mapping';
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list (lines starting with "- ")',
  object: 'a mapping (indented "key: value" lines)',
  record: 'a mapping (indented "key: value" lines)',
};

export interface IssueContext {
  file: string;
  data: unknown;
  positions: SourcePositions;
  schema: z.ZodType;
  /** What the whole file is, for messages about the top level: "the scenario", "the pack". */
  root: string;
}

type Found = Pick<Diagnostic, 'code' | 'message' | 'fix'> & { path: JsonPath; key?: boolean };

function unknownKeys(issue: z.core.$ZodIssueUnrecognizedKeys, context: IssueContext): Found[] {
  const path = issue.path as JsonPath;
  const last = path[path.length - 1];
  const catalogue = typeof last === 'string' ? own(EVIDENCE_KEYS, last) : undefined;
  const allowed = allowedKeysAt(context.schema, path, context.data).filter(
    (each) => each !== '$schema',
  );
  const place = describePlace(path, context.data, context.root);
  return issue.keys.map((key): Found => {
    const keyPath = [...path, key];
    if (catalogue !== undefined) {
      const guess = closestMatch(key, catalogue.ids);
      return {
        path: keyPath,
        key: true,
        code: catalogue.code,
        message:
          guess !== undefined
            ? `unknown ${catalogue.noun} '${key}': did you mean '${guess}'?`
            : `unknown ${catalogue.noun} '${key}'`,
        fix:
          guess !== undefined
            ? `write '${guess}', or another ${catalogue.noun} from the catalogue`
            : `use ${catalogue.where}`,
      };
    }
    const guess = closestMatch(key, allowed);
    return {
      path: keyPath,
      key: true,
      code: 'unknown-key',
      message:
        guess !== undefined
          ? `unknown key '${key}' in ${place}: did you mean '${guess}'?`
          : `unknown key '${key}' in ${place}`,
      fix:
        guess !== undefined
          ? `rename it '${guess}'`
          : allowed.length > 0
            ? `remove it; the keys allowed here are ${listInWords(allowed)}`
            : 'remove it',
    };
  });
}

function invalidValue(issue: z.core.$ZodIssueInvalidValue, context: IssueContext): Found {
  const path = issue.path as JsonPath;
  const value = valueAt(context.data, path);
  const values = issue.values.map(String);
  const catalogue = catalogueOf(issue.values);
  const guess = typeof value === 'string' ? closestMatch(value, values) : undefined;
  // A nation is a small closed set, said best as "one of England, Wales..." below.
  if (catalogue !== undefined && catalogue !== CATALOGUES.nation) {
    return {
      path,
      code: catalogue.code,
      message:
        guess !== undefined
          ? `unknown ${catalogue.noun} ${showValue(value)}: did you mean '${guess}'?`
          : `unknown ${catalogue.noun} ${showValue(value)}`,
      fix:
        guess !== undefined
          ? `write '${guess}', or another ${catalogue.noun} from the catalogue`
          : `use ${catalogue.where}`,
    };
  }
  const field = describeField(path, context.data, context.root);
  const few = values.length <= 12;
  return {
    path,
    code: 'not-allowed',
    message: few
      ? `${field} must be ${values.length === 1 ? '' : 'one of '}${listInWords(values, 'or')}, not ${showValue(value)}`
      : `${field} cannot be ${showValue(value)}`,
    fix:
      guess !== undefined
        ? `write '${guess}'`
        : few
          ? 'write one of those'
          : 'use an allowed value',
  };
}

// What to write for keys whose schema carries no description.
const KEY_HINTS: Record<string, string> = {
  next: 'the id of the node that comes next',
  kind: 'what sort of node this is',
  id: 'a short id, lower-case words joined by hyphens',
  stance: 'skilled, adequate, placating, dismissive, argumentative or unsafe',
};

function missingKey(path: JsonPath, context: IssueContext): Found {
  const parent = path.slice(0, -1);
  const key = String(path[path.length - 1]);
  const description = descriptionAt(context.schema, path, context.data) ?? own(KEY_HINTS, key);
  return {
    path: parent,
    code: 'missing-key',
    message: `${describePlace(parent, context.data, context.root)} has no \`${key}\``,
    fix: description !== undefined ? `add \`${key}:\` (${description})` : `add \`${key}:\``,
  };
}

function invalidType(issue: z.core.$ZodIssueInvalidType, context: IssueContext): Found {
  const path = issue.path as JsonPath;
  const value = valueAt(context.data, path);
  if (value === undefined) return missingKey(path, context);
  const expected = own(EXPECTED, issue.expected) ?? issue.expected;
  return {
    path,
    code: 'wrong-type',
    message: `${describeField(path, context.data, context.root)} should be ${expected}, not ${showValue(value)}`,
    fix:
      value === null
        ? 'fill it in, or remove the key'
        : issue.expected === 'string'
          ? Array.isArray(value)
            ? 'put the text in quotes: unquoted, [ ] makes a list split at every comma (or write a single value here, not a list)'
            : typeof value === 'object'
              ? 'put the text in quotes: unquoted, a ": " inside text makes a key and a value (or write a single value here, not a mapping)'
              : 'put the text in quotes'
          : issue.expected === 'object' || issue.expected === 'record'
            ? 'give it keys of its own on the lines below, indented'
            : issue.expected === 'array'
              ? 'list the items on the lines below, each starting with "- "'
              : `write ${expected}`,
  };
}

function sizeIssue(
  issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig,
  context: IssueContext,
): Found {
  const path = issue.path as JsonPath;
  const value = valueAt(context.data, path);
  const field = describeField(path, context.data, context.root);
  const small = issue.code === 'too_small';
  const limit = Number(small ? issue.minimum : issue.maximum);
  if (issue.origin === 'string') {
    const length = typeof value === 'string' ? value.trim().length : 0;
    if (small && length === 0) {
      return {
        path,
        code: 'empty-text',
        message: `${field} is empty`,
        fix: 'write the text, or remove the key',
      };
    }
    return {
      path,
      code: small ? 'text-too-short' : 'text-too-long',
      message: `${field} is ${small ? 'too short' : 'too long'}: ${length} characters, ${small ? 'at least' : 'at most'} ${limit}`,
      fix: small ? 'say a little more' : 'shorten it',
    };
  }
  if (issue.origin === 'array') {
    const count = Array.isArray(value) ? value.length : 0;
    const items = (n: number): string => `${n} item${n === 1 ? '' : 's'}`;
    return {
      path,
      code: small ? 'too-few' : 'too-many',
      message: small
        ? `${field} needs at least ${items(limit)}; it has ${count}`
        : `${field} has ${items(count)}; at most ${limit} are allowed`,
      fix: small ? 'add more' : 'remove some, or split the step in two',
    };
  }
  return {
    path,
    code: small ? 'too-small' : 'too-big',
    message: `${field} must be ${small ? 'at least' : 'at most'} ${limit}, not ${showValue(value)}`,
    fix: `use a number ${small ? 'from' : 'up to'} ${limit}`,
  };
}

function invalidFormat(issue: z.core.$ZodIssueInvalidStringFormat, context: IssueContext): Found {
  const path = issue.path as JsonPath;
  const value = valueAt(context.data, path);
  // Known by the pattern itself, not by the wording of its message.
  const isId = issue.format === 'regex' && issue.pattern === ID_PATTERN.toString();
  return {
    path,
    code: isId ? 'bad-id' : 'bad-format',
    message: `${showValue(value)} is not ${isId ? 'a valid id' : 'in the right form'}: ${issue.message}`,
    fix:
      isId && typeof value === 'string' && toId(value) !== ''
        ? `write '${toId(value)}'`
        : 'write it in that form',
  };
}

function invalidKey(issue: z.core.$ZodIssueInvalidKey, context: IssueContext): Found {
  const path = issue.path as JsonPath;
  const key = String(path[path.length - 1]);
  const inner = issue.issues[0]?.message ?? 'not allowed here';
  const noun = path.length === 2 && path[0] === 'nodes' ? 'node id' : 'key';
  void context;
  return {
    path,
    key: true,
    code: 'bad-id',
    message: `${noun} '${key}' is not a valid id: ${inner}`,
    fix: toId(key) !== '' ? `rename it '${toId(key)}'` : 'rename it',
  };
}

// A union error names no single problem: find the option the author was aiming at (the one whose
// complaints are not "wrong type here") and report its problems instead.
function invalidUnion(issue: z.core.$ZodIssueInvalidUnion, context: IssueContext): Found[] {
  const path = issue.path as JsonPath;
  const value = valueAt(context.data, path);
  if (issue.discriminator !== undefined) {
    const kindPath = path;
    const nodePath = path[path.length - 1] === issue.discriminator ? path.slice(0, -1) : path;
    const kinds = ('options' in issue && Array.isArray(issue.options) ? issue.options : []).map(
      String,
    );
    const kind = valueAt(context.data, [...nodePath, issue.discriminator]);
    const place = describePlace(nodePath, context.data, context.root);
    if (kind === undefined) {
      return [
        {
          path: nodePath,
          code: 'missing-key',
          message: `${place} has no \`${issue.discriminator}\``,
          fix: `add \`${issue.discriminator}:\`, one of ${listInWords(kinds, 'or')}`,
        },
      ];
    }
    const guess = typeof kind === 'string' ? closestMatch(kind, kinds) : undefined;
    return [
      {
        path:
          kindPath[kindPath.length - 1] === issue.discriminator
            ? kindPath
            : [...nodePath, issue.discriminator],
        code: 'not-allowed',
        message:
          guess !== undefined
            ? `${place} has unknown ${issue.discriminator} ${showValue(kind)}: did you mean '${guess}'?`
            : `${place} has unknown ${issue.discriminator} ${showValue(kind)}`,
        fix: guess !== undefined ? `write '${guess}'` : `use one of ${listInWords(kinds, 'or')}`,
      },
    ];
  }
  if (value === undefined) return [missingKey(path, context)];
  const branches = issue.errors.filter(
    (branch) => !branch.some((each) => each.path.length === 0 && each.code === 'invalid_type'),
  );
  const best = [...branches].sort((a, b) => a.length - b.length)[0];
  if (best !== undefined && best.length > 0) {
    return best.flatMap((each) =>
      describeIssue({ ...each, path: [...path, ...each.path] }, context),
    );
  }
  const last = path[path.length - 1];
  const field = describeField(path, context.data, context.root);
  if (last === 'next') {
    return [
      {
        path,
        code: 'wrong-type',
        message: `${field} should be a node id, or a list of routes, not ${showValue(value)}`,
        fix: 'write a node id, or routes like [{ if: { flag: x }, to: node-a }, { to: node-b }]',
      },
    ];
  }
  const expected = issue.errors
    .flatMap((branch) =>
      branch.filter((each) => each.path.length === 0 && each.code === 'invalid_type'),
    )
    .map((each) =>
      each.code === 'invalid_type' ? (own(EXPECTED, each.expected) ?? each.expected) : '',
    )
    .filter((each) => each !== '');
  return [
    {
      path,
      code: 'wrong-type',
      message: `${field} should be ${listInWords(expected.length > 0 ? expected : ['something else'], 'or')}, not ${showValue(value)}`,
      fix:
        expected.includes('text') && typeof value === 'object'
          ? 'write a single line of text, or `variants:` with at least two lines'
          : 'change it to one of those',
    },
  ];
}

function describeIssue(issue: z.core.$ZodIssue, context: IssueContext): Found[] {
  switch (issue.code) {
    case 'unrecognized_keys':
      return unknownKeys(issue, context);
    case 'invalid_value':
      return [invalidValue(issue, context)];
    case 'invalid_type':
      return [invalidType(issue, context)];
    case 'too_small':
    case 'too_big':
      return [sizeIssue(issue, context)];
    case 'invalid_format':
      return [invalidFormat(issue, context)];
    case 'invalid_key':
      return [invalidKey(issue, context)];
    case 'invalid_union':
      return invalidUnion(issue, context);
    default:
      return [
        {
          path: issue.path as JsonPath,
          code: 'invalid',
          message: `${describeField(issue.path as JsonPath, context.data, context.root)}: ${issue.message}`,
          fix: 'correct the value',
        },
      ];
  }
}

/** Beyond this many schema problems in one file the rest are counted, not listed. */
const MAX_SCHEMA_DIAGNOSTICS = 100;

const problemCount = (issue: z.core.$ZodIssue): number =>
  issue.code === 'unrecognized_keys' ? issue.keys.length : 1;

/** Schema issues as diagnostics an author can act on, placed at the line they wrote. */
export function issuesToDiagnostics(
  issues: readonly z.core.$ZodIssue[],
  context: IssueContext,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  let unlisted = 0;
  for (const issue of issues) {
    const room = MAX_SCHEMA_DIAGNOSTICS - diagnostics.length;
    if (room <= 0) {
      unlisted += problemCount(issue);
      continue;
    }
    // A mapping with thousands of unknown keys is described a page at a time, not all at once.
    const bounded =
      issue.code === 'unrecognized_keys' && issue.keys.length > room
        ? { ...issue, keys: issue.keys.slice(0, room) }
        : issue;
    unlisted += problemCount(issue) - problemCount(bounded);
    for (const found of describeIssue(bounded, context)) {
      diagnostics.push({
        file: context.file,
        ...context.positions.at(found.path, { key: found.key === true }),
        severity: 'error',
        code: found.code,
        message: found.message,
        fix: found.fix,
      });
    }
  }
  if (unlisted > 0) {
    const last = diagnostics[diagnostics.length - 1];
    diagnostics.push({
      file: context.file,
      line: last?.line ?? 1,
      column: last?.column ?? 1,
      severity: 'error',
      code: 'too-many-problems',
      message: `${unlisted} more schema problem${unlisted === 1 ? '' : 's'} not listed`,
      fix: 'fix the ones above and check again; so many problems may mean this is not a scenario file',
    });
  }
  return diagnostics;
}
