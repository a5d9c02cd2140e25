/** A minimal SVG writer: attributes are escaped, numbers rounded, so output is safe and stable. */

export type Attributes = Record<string, string | number | undefined>;

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Two decimals at most, no "-0": identical input always gives identical text. */
export function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

function attributes(attrs: Attributes): string {
  return Object.entries(attrs)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(
      ([name, value]) => ` ${name}="${escapeXml(typeof value === 'number' ? num(value) : value)}"`,
    )
    .join('');
}

export function el(name: string, attrs: Attributes, children: string[] = []): string {
  return children.length === 0
    ? `<${name}${attributes(attrs)}/>`
    : `<${name}${attributes(attrs)}>${children.join('')}</${name}>`;
}

export function textEl(name: string, text: string): string {
  return `<${name}>${escapeXml(text)}</${name}>`;
}

/** Path data from a template: numbers inside are rounded like every other number. */
export function d(strings: TemplateStringsArray, ...values: (number | string)[]): string {
  return strings.reduce((out, part, i) => {
    const value = values[i];
    return out + part + (value === undefined ? '' : typeof value === 'number' ? num(value) : value);
  }, '');
}
