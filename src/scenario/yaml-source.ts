import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document, Node, YAMLError } from 'yaml';
import type { Diagnostic, JsonPath, Position } from './diagnostics.ts';
import { guardSource, SOURCE_LIMITS, tooDeep } from './guard.ts';
import { noPositions, yamlPositions } from './positions.ts';
import type { SourcePositions } from './positions.ts';

/** A YAML content file turned into plain data, with the way back to its lines and columns. */
export interface ParsedSource {
  /** Undefined when the text could not be read as YAML at all. */
  data?: unknown;
  positions: SourcePositions;
  diagnostics: Diagnostic[];
}

// What to do about each kind of YAML syntax error, in the author's terms.
const SYNTAX_FIXES: Partial<Record<YAMLError['code'], string>> = {
  BAD_INDENT:
    'check the indentation, and that every { or [ above is closed: keys at one level line up',
  TAB_AS_INDENT: 'indent with spaces: YAML does not allow tabs for indentation',
  MISSING_CHAR: 'add the missing closing quote or bracket',
  UNEXPECTED_TOKEN: 'check the punctuation here; quote text that contains a colon or a #',
  BLOCK_AS_IMPLICIT_KEY:
    'put text that contains ": " in quotes ("like this: say") or start it on the next line after >-; otherwise check the indentation and that each key ends with a colon',
  MULTILINE_IMPLICIT_KEY: 'a key must fit on one line: check for a missing colon or quote above',
  MULTIPLE_DOCS:
    'keep one scenario per file: remove the --- line and what follows, or split the file',
  BAD_DQ_ESCAPE:
    'inside "double quotes" a backslash starts an escape: write \\\\ or use single quotes',
  BAD_ALIAS: 'an alias (*name) must refer to an anchor (&name) defined above it',
  MULTIPLE_ANCHORS: 'give each value one &anchor at most',
  MULTIPLE_TAGS: 'give each value one !tag at most',
  BAD_SCALAR_START: 'quote text that starts with a special character such as @, ` or %',
  KEY_OVER_1024_CHARS: 'shorten the key, or check for a missing colon',
  NON_STRING_KEY: 'keys must be plain words; do not use lists or mappings as keys',
  RESOURCE_EXHAUSTION: 'check for runaway brackets or indentation: scenarios need far fewer levels',
};

function cleanYamlMessage(message: string): string {
  const first = message.split('\n')[0] ?? message;
  return first.replace(/ at line \d+, column \d+:?\s*$/, '').replace(/:$/, '');
}

function fromYamlError(
  error: YAMLError,
  file: string,
  lineCounter: LineCounter,
  severity: Diagnostic['severity'],
): Diagnostic {
  const { line, col } = lineCounter.linePos(error.pos[0]);
  const tagProblem = error.code === 'TAG_RESOLVE_FAILED' || error.code === 'BAD_COLLECTION_TYPE';
  return {
    file,
    line,
    column: col,
    severity,
    code: tagProblem ? 'yaml-tag' : 'yaml-syntax',
    message: tagProblem
      ? `YAML tag not understood here: ${cleanYamlMessage(error.message)}`
      : `YAML syntax: ${cleanYamlMessage(error.message)}`,
    fix: tagProblem
      ? 'remove the !tag: content files use plain text, numbers, lists and mappings'
      : (SYNTAX_FIXES[error.code] ?? 'check the YAML punctuation and indentation here'),
  };
}

interface TreeFindings {
  tooDeepAt?: Position;
  firstAliasAt?: Position;
  duplicates: Diagnostic[];
}

/**
 * One walk over the syntax tree (iterative, aliases not followed): exact nesting depth, and keys
 * given twice in a mapping, reported with the path they are under so a repeated node id reads as one.
 */
function inspectTree(
  document: Document,
  lineCounter: LineCounter,
  file: string,
  describeDuplicate: DuplicateKeyDescriber,
): TreeFindings {
  const findings: TreeFindings = { duplicates: [] };
  const root = document.contents;
  if (root === null) return findings;
  const stack: { node: Node; depth: number; path: JsonPath }[] = [
    { node: root, depth: 1, path: [] },
  ];
  const at = (offset: number | undefined): Position => {
    const { line, col } = lineCounter.linePos(offset ?? 0);
    return { line, column: col };
  };
  let firstAlias = Infinity;
  const noteAlias = (offset: number | undefined): void => {
    if (offset === undefined || offset >= firstAlias) return;
    firstAlias = offset;
    findings.firstAliasAt = at(offset);
  };
  while (stack.length > 0) {
    const { node, depth, path } = stack.pop() as { node: Node; depth: number; path: JsonPath };
    if (depth > SOURCE_LIMITS.depth) {
      findings.tooDeepAt = at(node.range?.[0]);
      return findings;
    }
    if (isMap(node)) {
      const seen = new Map<string, Node>();
      for (const pair of node.items) {
        const key = pair.key as Node | null;
        const name = key !== null && isScalar(key) ? String(key.value) : undefined;
        if (name !== undefined && key !== null) {
          const first = seen.get(name);
          if (first !== undefined) {
            const firstLine = at(first.range?.[0]).line;
            findings.duplicates.push({
              file,
              ...at(key.range?.[0]),
              severity: 'error',
              ...describeDuplicate({ mapPath: path, key: name, firstLine }),
            });
          } else {
            seen.set(name, key);
          }
        }
        const value = pair.value as Node | null;
        if (value !== null && isAlias(value)) noteAlias(value.range?.[0]);
        if (value !== null && !isScalar(value) && !isAlias(value)) {
          stack.push({ node: value, depth: depth + 1, path: [...path, name ?? '?'] });
        }
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        const child = item as Node | null;
        if (child !== null && isAlias(child)) noteAlias(child.range?.[0]);
        if (child !== null && !isScalar(child) && !isAlias(child)) {
          stack.push({ node: child, depth: depth + 1, path: [...path, index] });
        }
      });
    }
  }
  return findings;
}

export type DuplicateKeyDescriber = (found: {
  mapPath: JsonPath;
  key: string;
  firstLine: number;
}) => Pick<Diagnostic, 'code' | 'message' | 'fix'>;

const describeDuplicateKey: DuplicateKeyDescriber = ({ key, firstLine }) => ({
  code: 'duplicate-key',
  message: `'${key}' is given twice in this mapping (first on line ${firstLine})`,
  fix: 'keep one of them: YAML would silently use only the last',
});

/**
 * Reads YAML text into plain data. Hostile input (huge, binary, deeply nested, alias bombs) gets a
 * diagnostic in bounded time and memory; nothing here throws.
 */
export function parseYamlSource(
  text: string,
  options: {
    file: string;
    describeDuplicate?: DuplicateKeyDescriber | undefined;
    maxBytes?: number | undefined;
  },
): ParsedSource {
  const { file } = options;
  const guarded = guardSource(text, file, options.maxBytes);
  if (guarded.some((each) => each.code !== 'control-character')) {
    return { positions: noPositions, diagnostics: guarded };
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(text, {
    lineCounter,
    prettyErrors: true,
    // Repeated keys are found by `inspectTree` instead: the parser's own check compares every key
    // with every earlier one, which takes minutes on a hostile file with tens of thousands of keys.
    uniqueKeys: false,
    stringKeys: true,
    strict: true,
    version: '1.2',
    schema: 'core',
    merge: false,
    resolveKnownTags: false,
    logLevel: 'error',
  });
  const positions = yamlPositions(document, lineCounter);
  const diagnostics: Diagnostic[] = [...guarded];
  const syntax = document.errors;
  diagnostics.push(...syntax.map((error) => fromYamlError(error, file, lineCounter, 'error')));
  diagnostics.push(
    ...document.warnings.map((warning) => fromYamlError(warning, file, lineCounter, 'warning')),
  );
  if (syntax.length > 0) return { positions, diagnostics };

  const tree = inspectTree(
    document,
    lineCounter,
    file,
    options.describeDuplicate ?? describeDuplicateKey,
  );
  if (tree.tooDeepAt !== undefined) {
    return { positions, diagnostics: [...diagnostics, tooDeep(file, tree.tooDeepAt)] };
  }
  diagnostics.push(...tree.duplicates);

  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: SOURCE_LIMITS.aliases }) as unknown;
  } catch (error) {
    const aliasBomb = error instanceof ReferenceError && /alias/i.test(error.message);
    diagnostics.push({
      file,
      ...((aliasBomb ? tree.firstAliasAt : undefined) ?? { line: 1, column: 1 }),
      severity: 'error',
      code: aliasBomb ? 'too-many-aliases' : 'yaml-unreadable',
      message: aliasBomb
        ? `the file's YAML aliases (*name) expand to more than ${SOURCE_LIMITS.aliases} copies`
        : `the YAML could not be read: ${error instanceof Error ? error.message : String(error)}`,
      fix: aliasBomb
        ? 'write the repeated content out in full, or use fewer aliases'
        : 'check the YAML punctuation and indentation',
    });
    return { positions, diagnostics };
  }
  return { data, positions, diagnostics };
}
