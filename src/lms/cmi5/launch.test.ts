import { describe, expect, it } from 'vitest';
import { launchDataOf, launchParametersOf } from './launch.ts';

const actor = {
  objectType: 'Agent',
  account: { homePage: 'https://lms.example', name: 'learner-7' },
};
const good = {
  endpoint: 'https://lrs.example/xapi/',
  fetch: 'https://lms.example/fetch/abc',
  actor: JSON.stringify(actor),
  registration: 'ec531277-b57b-4c15-8d91-d292c5b2b8f7',
  activityId: 'https://resolve.example/au/complaints-pack',
};
const search = (params: Record<string, string>): string => `?${new URLSearchParams(params)}`;

describe('cmi5 launch parameters', () => {
  it('are read from the launch URL, the actor parsed from its JSON', () => {
    expect(launchParametersOf(search(good))).toEqual({ ok: true, value: { ...good, actor } });
  });

  it('are absent, not wrong, when nothing launched the page through cmi5', () => {
    expect(launchParametersOf('')).toBeUndefined();
    expect(launchParametersOf('?seed=4242')).toBeUndefined();
  });

  it('name what is missing or wrong, and how to fix it', () => {
    const noFetch: Partial<typeof good> = { ...good };
    delete noFetch.fetch;
    expect(launchParametersOf(search(noFetch as Record<string, string>))).toEqual({
      ok: false,
      message: expect.stringContaining('lacks fetch') as string,
    });
    const cases: [Record<string, string>, string][] = [
      [{ ...good, actor: '{not json' }, 'actor is not JSON'],
      [{ ...good, actor: JSON.stringify({ name: 'Nobody' }) }, 'actor'],
      [{ ...good, endpoint: 'javascript:alert(1)' }, 'endpoint'],
      [{ ...good, registration: 'not-a-uuid' }, 'registration'],
      [{ ...good, activityId: 'has spaces in it' }, 'activityId'],
    ];
    for (const [params, named] of cases) {
      const checked = launchParametersOf(search(params));
      expect(checked?.ok).toBe(false);
      expect(checked?.ok === false && checked.message).toContain(named);
    }
  });
});

describe('LMS.LaunchData', () => {
  const data = {
    contextTemplate: {
      extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 's1' },
    },
    launchMode: 'Normal',
    moveOn: 'CompletedAndPassed',
    masteryScore: 0.8,
    returnURL: 'https://lms.example/course',
    launchMethod: 'AnyWindow',
  };

  it('keeps what the game uses', () => {
    expect(launchDataOf(data)).toEqual({
      ok: true,
      value: {
        contextTemplate: data.contextTemplate,
        launchMode: 'Normal',
        moveOn: 'CompletedAndPassed',
        masteryScore: 0.8,
        returnURL: 'https://lms.example/course',
      },
    });
  });

  it('refuses a launch mode, moveOn or masteryScore outside cmi5’s, naming it', () => {
    for (const [field, value] of [
      ['launchMode', 'Sometimes'],
      ['moveOn', 'Whenever'],
      ['masteryScore', 80],
    ] as const) {
      const checked = launchDataOf({ ...data, [field]: value });
      expect(checked.ok).toBe(false);
      expect(checked.ok === false && checked.message).toContain(field);
    }
    expect(launchDataOf(undefined).ok).toBe(false);
  });
});
