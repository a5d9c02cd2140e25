import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLrs, type LrsServer } from './fixtures/lrs-server.ts';

/*
 * The test LRS itself: it must refuse what a real LRS refuses, or the cmi5 test proves nothing.
 * No browser here; it sits with the browser tests because only they use it.
 */

const GAME_ORIGIN = 'http://127.0.0.1:4173';
let lrs: LrsServer;
beforeAll(async () => {
  lrs = await startLrs({ allowOrigin: GAME_ORIGIN });
});
afterAll(async () => {
  await lrs.close();
});

const registration = 'ec531277-b57b-4c15-8d91-d292c5b2b8f7';
const actor = {
  objectType: 'Agent',
  account: { homePage: 'https://lms.example', name: 'learner-7' },
};
const activityId = 'https://resolve.example/au/complaints-pack';

const statement = (overrides: Record<string, unknown> = {}) => ({
  actor,
  verb: { id: 'http://adlnet.gov/expapi/verbs/launched', display: { 'en-US': 'launched' } },
  object: { objectType: 'Activity', id: activityId },
  context: { registration },
  timestamp: '2026-12-03T08:00:00.000Z',
  ...overrides,
});

const headers = (authorization = lrs.lmsAuthorization) => ({
  Authorization: authorization,
  'X-Experience-API-Version': '1.0.3',
  'Content-Type': 'application/json',
});

const post = (body: unknown, authorization?: string) =>
  fetch(`${lrs.endpoint}statements`, {
    method: 'POST',
    headers: headers(authorization),
    body: JSON.stringify(body),
  });

describe('the test LRS', () => {
  it('stores a valid statement and finds it by registration and verb', async () => {
    const response = await post(statement({ id: '0f3c2a71-5b7e-4c1d-9e8f-1a2b3c4d5e6f' }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(['0f3c2a71-5b7e-4c1d-9e8f-1a2b3c4d5e6f']);
    const query = new URLSearchParams({
      registration,
      verb: 'http://adlnet.gov/expapi/verbs/launched',
      ascending: 'true',
    });
    const found = await fetch(`${lrs.endpoint}statements?${query}`, { headers: headers() });
    const { statements } = (await found.json()) as { statements: { id: string; stored: string }[] };
    expect(statements.map((kept) => kept.id)).toEqual(['0f3c2a71-5b7e-4c1d-9e8f-1a2b3c4d5e6f']);
    expect(statements[0]!.stored).toMatch(/^\d{4}-/);
  });

  it('refuses a malformed statement with 400, naming what is wrong, and stores nothing of it', async () => {
    const before = lrs.statements.length;
    const response = await post(
      statement({
        actor: { mbox: 'learner@example.com' }, // no mailto:
        verb: { id: 'answered' }, // not an IRI
        result: { score: { scaled: 1.5 } }, // outside -1..1
      }),
    );
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: string };
    expect(error).toContain('statement.actor.mbox');
    expect(error).toContain('statement.verb.id');
    expect(error).toContain('statement.result.score.scaled');
    expect(lrs.statements.length).toBe(before);
    expect(lrs.refusals.at(-1)).toMatchObject({ status: 400 });
  });

  it('refuses a whole batch when one statement in it is malformed', async () => {
    const before = lrs.statements.length;
    const response = await post([statement(), statement({ verb: { id: 'nope' } })]);
    expect(response.status).toBe(400);
    expect(lrs.statements.length).toBe(before);
  });

  it('keeps one statement for an id sent twice alike, and refuses different content under it', async () => {
    const id = '5d1f7a2b-3c4e-4f60-8a7b-9c0d1e2f3a4b';
    expect((await post(statement({ id }))).status).toBe(200);
    expect((await post(statement({ id }))).status).toBe(200);
    expect(lrs.statements.filter((kept) => kept.id === id)).toHaveLength(1);
    expect((await post(statement({ id, timestamp: '2026-12-03T09:00:00.000Z' }))).status).toBe(409);
  });

  it('wants the version header and known credentials', async () => {
    const noVersion = await fetch(`${lrs.endpoint}statements`, {
      method: 'POST',
      headers: { Authorization: lrs.lmsAuthorization, 'Content-Type': 'application/json' },
      body: JSON.stringify(statement()),
    });
    expect(noVersion.status).toBe(400);
    expect((await post(statement(), 'Basic bm9ib2R5Om5vdGhpbmc=')).status).toBe(401);
  });

  it('hands out an AU token through a fetch URL once (cmi5 8.2), and the token works', async () => {
    const fetchUrl = lrs.newFetchUrl();
    const first = (await (await fetch(fetchUrl, { method: 'POST' })).json()) as Record<
      string,
      string
    >;
    expect(first['auth-token']).toBeTruthy();
    const again = (await (await fetch(fetchUrl, { method: 'POST' })).json()) as Record<
      string,
      string
    >;
    expect(again).toEqual({ 'error-code': '1', 'error-text': 'Already in use' });
    expect((await post(statement(), `Basic ${first['auth-token']}`)).status).toBe(200);
  });

  it('round-trips state documents, merges JSON on POST, and says 404 for a missing one', async () => {
    const state = (stateId: string, extra: Record<string, string> = {}) =>
      `${lrs.endpoint}activities/state?${new URLSearchParams({
        activityId,
        agent: JSON.stringify(actor),
        registration,
        stateId,
        ...extra,
      })}`;
    const launchData = { launchMode: 'Normal', moveOn: 'CompletedAndPassed', masteryScore: 0.8 };
    const put = await fetch(state('LMS.LaunchData'), {
      method: 'PUT',
      headers: headers(),
      body: JSON.stringify(launchData),
    });
    expect(put.status).toBe(204);
    const got = await fetch(state('LMS.LaunchData'), { headers: headers() });
    expect(got.status).toBe(200);
    expect(await got.json()).toEqual(launchData);

    // The same agent spelt with its properties in another order is the same agent.
    const respelt = `${lrs.endpoint}activities/state?${new URLSearchParams({
      activityId,
      agent: JSON.stringify({ account: { name: 'learner-7', homePage: 'https://lms.example' } }),
      registration,
      stateId: 'LMS.LaunchData',
    })}`;
    expect((await fetch(respelt, { headers: headers() })).status).toBe(200);

    await fetch(state('resume'), { method: 'POST', headers: headers(), body: '{"a":1}' });
    await fetch(state('resume'), { method: 'POST', headers: headers(), body: '{"b":2}' });
    expect(await (await fetch(state('resume'), { headers: headers() })).json()).toEqual({
      a: 1,
      b: 2,
    });

    expect((await fetch(state('nothing-here'), { headers: headers() })).status).toBe(404);
    // Another registration does not see this one's state.
    expect(
      (
        await fetch(
          state('LMS.LaunchData', { registration: '1b2c3d4e-5f60-4a1b-8c2d-3e4f5a6b7c8d' }),
          {
            headers: headers(),
          },
        )
      ).status,
    ).toBe(404);
  });

  it('answers CORS preflights for the game’s origin only', async () => {
    const preflight = (origin: string) =>
      fetch(`${lrs.endpoint}statements`, {
        method: 'OPTIONS',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'authorization,content-type,x-experience-api-version',
        },
      });
    const allowed = await preflight(GAME_ORIGIN);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(GAME_ORIGIN);
    expect(allowed.headers.get('access-control-allow-headers')).toContain(
      'X-Experience-API-Version',
    );
    const other = await preflight('http://evil.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});
