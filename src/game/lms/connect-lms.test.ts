import { describe, expect, it } from 'vitest';
import { readPackageFile } from './connect-lms.ts';

const pack = {
  id: 'starter-complaints',
  title: 'Starter',
  description: 'Three complaints.',
  scenarios: ['energy-catch-up-bill'],
  passMark: 70,
};
const file = { format: 'scorm12', pack, appVersion: '1.0.0', builtAt: '2026-12-03T07:00:00.000Z' };

const answer =
  (body: string, init: ResponseInit = {}) =>
  (url: string) => {
    expect(url).toBe('./resolve-package.json');
    return Promise.resolve(new Response(body, init));
  };

describe('reading resolve-package.json', () => {
  it('reads a valid package file', async () => {
    const read = await readPackageFile(answer(JSON.stringify(file)));
    expect(read).toEqual({ kind: 'package', pkg: file });
  });

  it('is quiet when there is no package: 404, the page itself, or no network', async () => {
    expect(await readPackageFile(answer('Not found', { status: 404 }))).toEqual({ kind: 'none' });
    expect(
      await readPackageFile(
        answer('<!doctype html><html></html>', { headers: { 'content-type': 'text/html' } }),
      ),
    ).toEqual({ kind: 'none' });
    expect(await readPackageFile(answer('<!doctype html>'))).toEqual({ kind: 'none' });
    expect(await readPackageFile(() => Promise.reject(new TypeError('offline')))).toEqual({
      kind: 'none',
    });
  });

  it('names the file, the place and the fix when it is wrong', async () => {
    const broken = await readPackageFile(answer('{"format":'));
    expect(broken.kind).toBe('invalid');
    expect(broken.kind === 'invalid' && broken.message).toMatch(
      /^resolve-package\.json is not JSON .*fix: build the package again/,
    );
    const wrong = await readPackageFile(
      answer(JSON.stringify({ ...file, format: 'aicc', pack: { ...pack, passMark: 700 } })),
    );
    expect(wrong.kind === 'invalid' && wrong.message).toMatch(/format: .*pack\.passMark: /);
    const extra = await readPackageFile(answer(JSON.stringify({ ...file, script: 'x' })));
    expect(extra.kind).toBe('invalid');
  });
});
