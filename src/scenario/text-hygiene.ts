import type { Diagnostic, JsonPath } from './diagnostics.ts';
import type { SourcePositions } from './positions.ts';

/*
 * Content text reaches terminals (the CLI prints it) and screens (the game shows it). A control
 * character can clear a terminal or set its title; a bidirectional override or an invisible
 * character makes text read differently from what the author or a reviewer saw. YAML's escapes
 * (`"\e"`, `"\x1b"`, `"\u202e"`) decode to the same characters, so the decoded text is checked.
 */

/** C0 controls other than tab and line feed, DEL, and the C1 controls (U+0080–U+009F). */
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's job
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u;
/** Embeddings, overrides and isolates that reorder the text around them. */
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/u;
/** Characters that take no space: a reader cannot see them, a search cannot find past them. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/u;

/** The code point as authors look it up: U+001B. */
export const codePointName = (character: string): string =>
  `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

interface Flagged {
  place: Place | undefined;
  character: string;
  kind: 'control' | 'bidi' | 'invisible';
}

function flag(text: string, place: Place | undefined): Flagged | undefined {
  for (const [kind, pattern] of [
    ['control', CONTROL],
    ['bidi', BIDI],
    ['invisible', INVISIBLE],
  ] as const) {
    const match = pattern.exec(text);
    if (match !== null) return { place, character: match[0], kind };
  }
  return undefined;
}

/** A place in the data as a chain to its parent: the full path is built only for a report. */
interface Place {
  parent: Place | undefined;
  key: string | number;
}
const pathOf = (place: Place | undefined): JsonPath => {
  const path: (string | number)[] = [];
  for (let at = place; at !== undefined; at = at.parent) path.push(at.key);
  return path.reverse();
};

/** Every string (keys included) in parsed data with its place; iterative, so depth cannot overflow. */
function* strings(data: unknown): Generator<{ text: string; place: Place | undefined }> {
  const stack: { value: unknown; place: Place | undefined }[] = [{ value: data, place: undefined }];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { value, place } = next;
    if (typeof value === 'string') yield { text: value, place };
    else if (Array.isArray(value))
      value.forEach((item, index) =>
        stack.push({ value: item, place: { parent: place, key: index } }),
      );
    else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        const here = { parent: place, key };
        yield { text: key, place: here };
        stack.push({ value: item, place: here });
      }
    }
  }
}

const MESSAGES = {
  control: {
    severity: 'error',
    code: 'control-character',
    message: (name: string) =>
      `this text holds the control character ${name}, which can upset a terminal or screen reader`,
    fix: 'delete it (look for an escape such as \\e or \\x1b inside double quotes); text may hold only printable characters, new lines and tabs',
  },
  bidi: {
    severity: 'warning',
    code: 'bidi-character',
    message: (name: string) =>
      `this text holds the direction control ${name}, which makes it display in a different order from how it is stored`,
    fix: 'delete it unless the text mixes right-to-left and left-to-right writing and needs it',
  },
  invisible: {
    severity: 'warning',
    code: 'invisible-character',
    message: (name: string) => `this text holds the invisible character ${name}`,
    fix: 'delete it: it is usually pasted in by accident and hides differences between texts',
  },
} as const;

/** Control characters (errors) and direction or invisible characters (warnings) in any text. */
export function checkTextHygiene(
  data: unknown,
  options: { file: string; positions: SourcePositions },
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const { text, place } of strings(data)) {
    const found = flag(text, place);
    if (found === undefined) continue;
    const words = MESSAGES[found.kind];
    diagnostics.push({
      file: options.file,
      ...options.positions.at(pathOf(found.place)),
      severity: words.severity,
      code: words.code,
      message: words.message(codePointName(found.character)),
      fix: words.fix,
    });
  }
  return diagnostics;
}
