import type { Diagnostic, JsonPath } from './diagnostics.ts';

/**
 * Limits on content files, checked before the YAML parser sees them. The parser recurses on nesting
 * and a deeply bracketed megabyte can exhaust the process, so the cheap scans here come first.
 */
export const SOURCE_LIMITS = {
  /** Real scenarios are tens of kilobytes; a thousand-node test scenario is well under this. */
  bytes: 1024 * 1024,
  /** Real scenarios nest about fifteen levels (nodes, choices, next, if, any, not...). */
  depth: 64,
  /** YAML aliases (*name) expanded while building the data: enough for reuse, too few for a bomb. */
  aliases: 100,
} as const;

const MB = 1024 * 1024;

/** UTF-8 length without allocating a copy of the text. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      bytes += 4;
      index++;
    } else bytes += 3;
  }
  return bytes;
}

export const describeSize = (bytes: number): string =>
  bytes >= MB / 10 ? `${(bytes / MB).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;

export function tooLarge(file: string, bytes: number): Diagnostic {
  return {
    file,
    line: 1,
    column: 1,
    severity: 'error',
    code: 'file-too-large',
    message: `file is ${describeSize(bytes)}; content files must be under ${SOURCE_LIMITS.bytes / MB} MB`,
    fix: 'split it into smaller scenarios, or check that this is the file you meant',
  };
}

/** Line and column (1-based) of an offset, for the few diagnostics raised before parsing. */
function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset && index < text.length; index++) {
    if (text.charCodeAt(index) === 10) {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

// C0 controls other than tab, line feed and carriage return; DEL; and the replacement character a
// decoder leaves where bytes were not UTF-8.
const isUnprintable = (code: number): boolean =>
  (code < 0x20 && code !== 9 && code !== 10 && code !== 13) || code === 0x7f || code === 0xfffd;

/** A file that is not text at all, or text with invisible control characters in it. */
function scanCharacters(text: string, file: string): Diagnostic[] {
  const firstNul = text.indexOf('\0');
  const sample = Math.min(text.length, 8192);
  let unprintableInSample = 0;
  for (let index = 0; index < sample; index++) {
    if (isUnprintable(text.charCodeAt(index))) unprintableInSample++;
  }
  if (firstNul !== -1 || (unprintableInSample >= 3 && unprintableInSample * 100 > sample)) {
    const at = positionAt(text, firstNul !== -1 ? firstNul : 0);
    return [
      {
        file,
        ...at,
        severity: 'error',
        code: 'not-text',
        message:
          firstNul !== -1
            ? 'this is not a text file: it contains a NUL byte'
            : 'this is not a text file: it is full of unprintable characters',
        fix: 'content files are plain UTF-8 text (YAML): check that this is the file you meant',
      },
    ];
  }
  const found: Diagnostic[] = [];
  for (let index = 0; index < text.length && found.length < 5; index++) {
    const code = text.charCodeAt(index);
    if (!isUnprintable(code)) continue;
    const name =
      code === 0xfffd
        ? 'a replacement character (U+FFFD), left where the file was not valid UTF-8'
        : `an invisible control character (U+${code.toString(16).toUpperCase().padStart(4, '0')})`;
    found.push({
      file,
      ...positionAt(text, index),
      severity: 'error',
      code: 'control-character',
      message: `the text contains ${name}`,
      fix: 'delete it, or retype the words around it',
    });
  }
  return found;
}

const BLOCK_SCALAR = /(?:^|[\s:-])[|>][-+0-9]*\s*(?:#.*)?$/;
const QUOTE_CAN_OPEN = new Set(['', ' ', '\t', '[', '{', ',', ':', '-', '?']);

/**
 * An upper estimate of how deeply the YAML nests, from the text alone: indentation levels,
 * sequence markers and flow brackets, skipping quoted text, comments and block scalars. Returns
 * the first offending line (1-based) or undefined.
 */
export function findExcessiveNesting(text: string, limit: number): number | undefined {
  const indents: number[] = [];
  let flow = 0;
  let quote: '"' | "'" | null = null;
  let blockScalarIndent: number | null = null;
  let lineNumber = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    lineStart = lineEnd + 1;
    lineNumber++;
    let indent = 0;
    while (indent < line.length && line[indent] === ' ') indent++;
    const blank = line.trim() === '';
    if (blockScalarIndent !== null) {
      if (blank || indent > blockScalarIndent) continue;
      blockScalarIndent = null;
    }
    if (quote === null && flow === 0) {
      if (blank || line[indent] === '#') continue;
      while (indents.length > 0 && (indents[indents.length - 1] ?? 0) > indent) indents.pop();
      if (indents.length === 0 || (indents[indents.length - 1] ?? 0) < indent) indents.push(indent);
    }
    let markers = 0;
    let position = indent;
    if (quote === null && flow === 0) {
      while (
        (line[position] === '-' || line[position] === '?') &&
        (position + 1 === line.length || line[position + 1] === ' ')
      ) {
        markers++;
        position += 2;
        while (line[position] === ' ') position++;
      }
    }
    let deepestFlow = flow;
    let previous = position > 0 ? (line[position - 1] ?? '') : '';
    if (previous === ' ' && position === indent) previous = '';
    for (let index = position; index < line.length; index++) {
      const char = line[index] ?? '';
      if (quote === '"') {
        if (char === '\\') index++;
        else if (char === '"') quote = null;
      } else if (quote === "'") {
        if (char === "'") {
          if (line[index + 1] === "'") index++;
          else quote = null;
        }
      } else if (char === '#' && (previous === '' || previous === ' ' || previous === '\t')) {
        break;
      } else if ((char === '"' || char === "'") && QUOTE_CAN_OPEN.has(previous)) {
        quote = char;
      } else if (char === '[' || char === '{') {
        flow++;
        deepestFlow = Math.max(deepestFlow, flow);
      } else if ((char === ']' || char === '}') && flow > 0) {
        flow--;
      }
      previous = char;
    }
    if (indents.length + markers + deepestFlow > limit) return lineNumber;
    if (quote === null && flow === 0 && BLOCK_SCALAR.test(line)) blockScalarIndent = indent;
  }
  return undefined;
}

/** Every check that must pass before the text is handed to the YAML parser. */
export function guardSource(
  text: string,
  file: string,
  maxBytes: number = SOURCE_LIMITS.bytes,
): Diagnostic[] {
  const bytes = utf8Length(text);
  if (bytes > maxBytes) return [tooLarge(file, bytes)];
  const characters = scanCharacters(text, file);
  if (characters.some((each) => each.code === 'not-text')) return characters;
  const deepLine = findExcessiveNesting(text, SOURCE_LIMITS.depth);
  if (deepLine !== undefined) {
    return [...characters, tooDeep(file, { line: deepLine, column: 1 })];
  }
  return characters;
}

export function tooDeep(file: string, at: { line: number; column: number }): Diagnostic {
  return {
    file,
    ...at,
    severity: 'error',
    code: 'too-deep',
    message: `the file nests more than ${SOURCE_LIMITS.depth} levels deep here`,
    fix: 'check for runaway brackets or indentation: scenarios need far fewer levels',
  };
}

/**
 * The place of the first value in parsed data (built JSON) nested more than `limit` levels deep,
 * or undefined. Iterative: JSON.parse builds far deeper data than a recursive walk (or the schema)
 * could check without running out of stack.
 */
export function findDeepNesting(data: unknown, limit: number): JsonPath | undefined {
  interface Entry {
    value: unknown;
    depth: number;
    key: string | number | null;
    parent: Entry | null;
  }
  const pathOf = (entry: Entry): JsonPath => {
    const path: (string | number)[] = [];
    for (let at: Entry | null = entry; at !== null && at.key !== null; at = at.parent)
      path.push(at.key);
    return path.reverse();
  };
  const stack: Entry[] = [{ value: data, depth: 0, key: null, parent: null }];
  while (stack.length > 0) {
    const entry = stack.pop() as Entry;
    const { value } = entry;
    if (typeof value !== 'object' || value === null) continue;
    if (entry.depth >= limit) return pathOf(entry);
    const children: [string | number, unknown][] = Array.isArray(value)
      ? value.map((item, index): [number, unknown] => [index, item])
      : Object.entries(value);
    for (let index = children.length - 1; index >= 0; index--) {
      const [key, child] = children[index] as [string | number, unknown];
      if (typeof child === 'object' && child !== null)
        stack.push({ value: child, depth: entry.depth + 1, key, parent: entry });
    }
  }
  return undefined;
}
