import type { Scorm12Api, Scorm2004Api } from '../../lms/scorm/cmi-channel.ts';

/*
 * An LMS puts its SCORM API object in a window above the package: the frame's parent, a parent of
 * that, or (for a package opened in a new window) the opener and its parents. The ADL's own
 * search walks at most a few levels; so do we, and a window of another origin (which throws on
 * reading its properties) ends that branch of the search quietly.
 */

/** How many windows up the chain are searched, as the ADL's reference script does (7). */
export const FIND_API_LIMIT = 7;

type ApiName = 'API' | 'API_1484_11';

function apiIn(win: Window, name: ApiName): unknown {
  try {
    const found = (win as unknown as Record<string, unknown>)[name];
    return typeof found === 'object' && found !== null ? found : undefined;
  } catch {
    return undefined;
  }
}

function parentOf(win: Window): Window | undefined {
  try {
    return win.parent !== win ? win.parent : undefined;
  } catch {
    return undefined;
  }
}

function openerOf(win: Window): Window | undefined {
  try {
    return (win.opener as Window | null) ?? undefined;
  } catch {
    return undefined;
  }
}

/** The window itself and up to `limit` parents. */
function search(start: Window | undefined, name: ApiName, limit: number): unknown {
  let win = start;
  for (let depth = 0; win !== undefined && depth <= limit; depth += 1) {
    const found = apiIn(win, name);
    if (found !== undefined) return found;
    win = parentOf(win);
  }
  return undefined;
}

function find(win: Window, name: ApiName, limit: number): unknown {
  return search(win, name, limit) ?? search(openerOf(win), name, limit);
}

const has = (api: unknown, methods: readonly string[]): boolean =>
  methods.every(
    (method) => typeof (api as Record<string, unknown> | undefined)?.[method] === 'function',
  );

/** SCORM 1.2's `API`, if a window above has one with the functions it must have. */
export function findScorm12Api(win: Window, limit = FIND_API_LIMIT): Scorm12Api | undefined {
  const api = find(win, 'API', limit);
  return has(api, ['LMSInitialize', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSFinish'])
    ? (api as Scorm12Api)
    : undefined;
}

/** SCORM 2004's `API_1484_11`, likewise. */
export function findScorm2004Api(win: Window, limit = FIND_API_LIMIT): Scorm2004Api | undefined {
  const api = find(win, 'API_1484_11', limit);
  return has(api, ['Initialize', 'GetValue', 'SetValue', 'Commit', 'Terminate'])
    ? (api as Scorm2004Api)
    : undefined;
}
