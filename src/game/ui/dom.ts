/**
 * A tiny element builder. Every piece of text goes in through textContent or a text node, never
 * as HTML: scenario files are untrusted, and the page's CSP forbids inline script anyway.
 */

export type Child = Node | string | number | null | undefined | false;

export interface ElementOptions {
  className?: string;
  id?: string;
  /** Attributes set with setAttribute; `false` or undefined leaves one out. */
  attrs?: Record<string, string | number | boolean | undefined>;
  text?: string;
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (event: HTMLElementEventMap[K]) => void }>;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  children: Child[] = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (options.className) element.className = options.className;
  if (options.id) element.id = options.id;
  for (const [name, value] of Object.entries(options.attrs ?? {})) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  if (options.text !== undefined) element.textContent = options.text;
  for (const [type, listener] of Object.entries(options.on ?? {})) {
    element.addEventListener(type, listener as EventListener);
  }
  append(element, children);
  return element;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(
      typeof child === 'string' || typeof child === 'number'
        ? document.createTextNode(String(child))
        : child,
    );
  }
}

export function clear(element: Element): void {
  element.replaceChildren();
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element; text in SVG goes in through textContent like everywhere else. */
export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number | undefined> = {},
  children: (SVGElement | string | null | undefined)[] = [],
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== undefined) element.setAttribute(name, String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    element.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

let idCounter = 0;
/** A page-unique id for label/aria wiring. */
export function uniqueId(prefix: string): string {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}

/** Moves focus to a screen's heading so screen-reader and keyboard users start at its top. */
export function focusHeading(heading: HTMLElement): void {
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.focus({ preventScroll: false });
}

export interface ScrollableTableOptions {
  className: string;
  caption: string;
  /** The header row's cells. */
  head: Child[];
  rows: HTMLTableRowElement[];
}

/**
 * A captioned table in a keyboard-scrollable region named by its caption: wide tables scroll
 * sideways on a phone instead of pushing the page wider (WCAG 1.4.10 reflow).
 */
export function scrollableTable(options: ScrollableTableOptions): HTMLElement {
  const captionId = uniqueId(options.className);
  return el(
    'div',
    {
      className: 'table-scroll',
      attrs: { role: 'region', 'aria-labelledby': captionId, tabindex: 0 },
    },
    [
      el('table', { className: options.className }, [
        el('caption', { id: captionId, text: options.caption }),
        el('thead', {}, [el('tr', {}, options.head)]),
        el('tbody', {}, options.rows),
      ]),
    ],
  );
}

/** A column header cell. */
export const columnHeader = (text: string): HTMLTableCellElement =>
  el('th', { attrs: { scope: 'col' }, text });
