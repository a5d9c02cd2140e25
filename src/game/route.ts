import { isPackFragment } from '../packs/pack-link.ts';

/*
 * Where the page is, kept in the address's hash so a reload reopens it: a past debrief, a pack
 * summary, or the menu. Other screens add a variant here with its parse and format lines. The hash
 * is untrusted (anyone can type one): anything not understood is the menu.
 */

export type Route =
  | { kind: 'menu' }
  | { kind: 'result'; playId: string }
  | { kind: 'pack-summary'; packId: string }
  | { kind: 'progress' }
  /** A pack carried in the link (`#pack=1.…`, src/packs/pack-link.ts): the screen to add it. */
  | { kind: 'shared-pack'; fragment: string }
  | { kind: 'pack-builder' }
  // ---- Gradebook (issue 13)
  | { kind: 'gradebook' };

/** Ids as the store and the content use them: letters, digits, dashes and underscores. */
const ID = /^[A-Za-z0-9_-]{1,80}$/;

const idOf = (part: string | undefined): string | null => {
  if (part === undefined) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(part);
  } catch {
    return null;
  }
  return ID.test(decoded) ? decoded : null;
};

export function parseRoute(hash: string): Route {
  // Read whole, damaged or not: the screen says what is wrong with a pack link.
  if (isPackFragment(hash)) return { kind: 'shared-pack', fragment: hash.replace(/^#/, '') };
  const parts = hash.replace(/^#\/?/, '').split('/');
  const [first, second, third, ...rest] = parts;
  if (first === 'result' && third === undefined) {
    const playId = idOf(second);
    if (playId !== null) return { kind: 'result', playId };
  }
  if (first === 'pack' && third === 'summary' && rest.length === 0) {
    const packId = idOf(second);
    if (packId !== null) return { kind: 'pack-summary', packId };
  }
  if (first === 'progress' && second === undefined) return { kind: 'progress' };
  if (first === 'pack-builder' && second === undefined) return { kind: 'pack-builder' };
  // ---- Gradebook (issue 13)
  if (first === 'gradebook' && second === undefined) return { kind: 'gradebook' };
  return { kind: 'menu' };
}

export function formatRoute(route: Route): string {
  switch (route.kind) {
    case 'menu':
      return '';
    case 'result':
      return `#result/${encodeURIComponent(route.playId)}`;
    case 'pack-summary':
      return `#pack/${encodeURIComponent(route.packId)}/summary`;
    case 'progress':
      return '#progress';
    case 'shared-pack':
      return `#${route.fragment}`;
    case 'pack-builder':
      return '#pack-builder';
    // ---- Gradebook (issue 13)
    case 'gradebook':
      return '#gradebook';
  }
}
