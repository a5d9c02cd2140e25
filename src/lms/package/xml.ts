/*
 * Pack titles, descriptions and criterion texts come from tutors' files: every one is escaped
 * before it goes into a manifest, so a title like `A & B <x>` stays text and cannot add elements.
 */

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/**
 * Text for an element or a double- or single-quoted attribute. Characters XML 1.0 cannot hold
 * at all (C0 controls other than tab, newline and return, lone surrogates, U+FFFE and U+FFFF)
 * are dropped: an LMS's parser would refuse the whole manifest for one of them.
 */
export function escapeXml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- the point is to remove control characters
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
      .replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character)
  );
}

/** An element with escaped text content. */
export const element = (name: string, text: string): string =>
  `<${name}>${escapeXml(text)}</${name}>`;

/** Attributes written name="value", escaped, in the order given; undefined values left out. */
export const attributes = (values: Readonly<Record<string, string | number | undefined>>): string =>
  Object.entries(values)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');

/** Lines indented two spaces a level, for manifests people open to check. */
export const indent = (lines: readonly string[], levels = 1): string[] =>
  lines.map((line) => `${'  '.repeat(levels)}${line}`);
