/**
 * Small parsers for the seed texts in /work/shared/seeds. The seeds are messy exports (tabs,
 * middle-dot bullets, stray "1." cells, criteria wrapped over lines), so each parser looks for the
 * numbering it knows and ignores everything else. Only tests use them: the catalogue itself is
 * typed data, and the tests check it still says what the seeds say.
 */

export interface SeedEntry {
  key: string;
  text: string;
}

export const collapseWhitespace = (text: string): string => text.replace(/\s+/g, ' ').trim();

const isBlank = (line: string): boolean => line.trim() === '';

/**
 * Entries that start with a number on a line of their own and run on over following lines until a
 * blank line or the next entry. `start` must capture the key (group 1) and the first words (group 2).
 */
function parseNumbered(text: string, start: RegExp): SeedEntry[] {
  const entries: SeedEntry[] = [];
  let current: { key: string; parts: string[] } | null = null;
  const flush = () => {
    if (current)
      entries.push({ key: current.key, text: collapseWhitespace(current.parts.join(' ')) });
    current = null;
  };
  for (const line of text.split(/\r?\n/)) {
    const match = start.exec(line);
    if (match?.[1] !== undefined && match[2] !== undefined) {
      flush();
      current = { key: match[1], parts: [match[2]] };
    } else if (isBlank(line)) {
      flush();
    } else if (current) {
      current.parts.push(line);
    }
  }
  flush();
  return entries;
}

/** "n.n text" criteria (MRC seed 000, CS17 seed 004); keys are "1.1", "2.9"... */
export const parseOutcomeCriteria = (text: string): SeedEntry[] =>
  parseNumbered(text, /^[\s\u00b7•-]*(\d\.\d{1,2})\s+(\S.*)$/);

/** "312.n.n text" criteria (Unit 312 seed 001). */
export const parseUnit312Criteria = (text: string): SeedEntry[] =>
  parseNumbered(text, /^[\s\u00b7•-]*(312\.\d\.\d{1,2})\s+(\S.*)$/);

export interface SeedRangeEntry {
  /** "1a" ... "4c" */
  key: string;
  heading: string;
  text: string;
}

/** Unit 312's range: numbered headings 1–4 with lettered items, in "What you must cover". */
export function parseUnit312Range(text: string): SeedRangeEntry[] {
  // The section headings stand on lines of their own (the same words also appear mid-paragraph).
  const from = /^What you must cover\s*$/m.exec(text)?.index ?? -1;
  const to = /^What you must do\s*$/m.exec(text)?.index ?? -1;
  if (from < 0 || to < from) return [];
  const section = text.slice(from, to);
  const headings = parseNumbered(section, /^[\s\u00b7•-]*([1-4])\s+(\S.*)$/);
  const entries: SeedRangeEntry[] = [];
  let heading: { key: string; text: string } | null = null;
  for (const line of section.split(/\r?\n/)) {
    const head = /^[\s\u00b7•-]*([1-4])\s+(\S.*)$/.exec(line);
    if (head?.[1] !== undefined) {
      heading = headings.find((h) => h.key === head[1]) ?? null;
      continue;
    }
    const item = /^[\s\u00b7•-]*([a-d])\s+(\S.*)$/.exec(line);
    if (item?.[1] !== undefined && item[2] !== undefined && heading) {
      entries.push({
        key: `${heading.key}${item[1]}`,
        heading: heading.text,
        text: collapseWhitespace(item[2]),
      });
    }
  }
  return entries;
}

export interface SeedSynopsisEntry {
  section: string;
  text: string;
}

/** The synopsis' bullets by section heading; the overview is the paragraph under "Topic Synopsis". */
export function parseSynopsis(
  text: string,
  sectionHeadings: Record<string, string>,
): SeedSynopsisEntry[] {
  const sectionOf = new Map(
    Object.entries(sectionHeadings).map(([section, h]) => [h.trim(), section]),
  );
  const entries: SeedSynopsisEntry[] = [];
  let section: string | null = null;
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    const heading = sectionOf.get(trimmed);
    if (heading !== undefined) {
      section = heading;
      continue;
    }
    if (section === null || trimmed === '') continue;
    const bullet = /^[-•\u00b7]\s+(.*)$/.exec(trimmed);
    const body = bullet?.[1] ?? (section === 'overview' ? trimmed : null);
    if (body !== null) entries.push({ section, text: collapseWhitespace(body) });
  }
  return entries;
}
