import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute, type Route } from './route.ts';

describe('routes in the address', () => {
  const routes: Route[] = [
    { kind: 'menu' },
    { kind: 'result', playId: '0123456789abcdef0123456789abcdef' },
    { kind: 'pack-summary', packId: 'starter-complaints' },
    { kind: 'progress' },
    { kind: 'shared-pack', fragment: 'pack=1.eJwrSS0u0c1NLS5OTE8FAB3VBQ8' },
    { kind: 'pack-builder' },
    // ---- Gradebook (issue 13)
    { kind: 'gradebook' },
  ];

  it.each(routes)('reads back what it wrote: %o', (route) => {
    expect(parseRoute(formatRoute(route))).toEqual(route);
  });

  it('reads the written forms', () => {
    expect(parseRoute('#result/abc123')).toEqual({ kind: 'result', playId: 'abc123' });
    expect(parseRoute('#pack/starter/summary')).toEqual({
      kind: 'pack-summary',
      packId: 'starter',
    });
    expect(formatRoute({ kind: 'pack-summary', packId: 'starter' })).toBe('#pack/starter/summary');
  });

  it('takes any pack link, damaged or not, to the screen that reads it', () => {
    expect(parseRoute('#pack=1.%%%')).toEqual({ kind: 'shared-pack', fragment: 'pack=1.%%%' });
    expect(parseRoute('#pack=')).toEqual({ kind: 'shared-pack', fragment: 'pack=' });
  });

  it.each([
    '',
    '#',
    '#result',
    '#result/',
    '#result/a/b',
    '#result/%E0%A4%A',
    '#result/<img src=x onerror=alert(1)>',
    `#result/${'a'.repeat(81)}`,
    '#pack/starter',
    '#pack/starter/summary/extra',
    '#pack//summary',
    '#nowhere/at/all',
    '#result/..%2F..%2Fsecret',
    '#progress/extra',
    '#progress-criteria',
    '#pack-builder/extra',
    '#gradebook/extra',
    '#packs=1.abc',
  ])('takes a hash it does not understand (%s) to the menu', (hash) => {
    expect(parseRoute(hash)).toEqual({ kind: 'menu' });
  });
});
