import { describe, expect, it, vi } from 'vitest';
import { playPolicy } from '../../engine/policies.ts';
import type { LmsConnection, LmsReport } from '../../lms/lms-report.ts';
import { scorePlay, type ScoredPlay } from '../../records/scored-play.ts';
import { headphones, playRecord } from '../../records/test-plays.ts';
import type { Pack } from '../../scenario/pack-schema.ts';
import { signSavedPlay, type FinishedPlay, type SavedPlay } from '../../storage/resolve-store.ts';
import type { CheckStore } from '../check/check-store.ts';
import type { PlayStore } from '../play/play-controller.ts';
import { LmsLink } from './lms-link.ts';

const pack: Pack = {
  id: 'lms-pack',
  title: 'LMS pack',
  description: 'One fixture scenario.',
  scenarios: [headphones.id],
  passMark: 50,
};

function fakeConnection(resumeData?: string) {
  const calls: string[] = [];
  const reports: LmsReport[] = [];
  const connection: LmsConnection = {
    kind: 'scorm12',
    resumeData,
    report: (report) => {
      calls.push('report');
      reports.push(report);
    },
    suspend: (data) => calls.push(`suspend ${data}`),
    commit: () => calls.push('commit'),
    finish: () => calls.push('finish'),
  };
  return { connection, calls, reports };
}

function fakeWindow() {
  const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' });
  const win = Object.assign(new EventTarget(), { document: doc });
  return {
    win: win as unknown as Window,
    hide: () => {
      doc.visibilityState = 'hidden';
      doc.dispatchEvent(new Event('visibilitychange'));
    },
    leave: () => win.dispatchEvent(new Event('pagehide')),
  };
}

const inner: PlayStore & CheckStore = {
  saveProgress: vi.fn(() => Promise.resolve()),
  clearProgress: vi.fn(() => Promise.resolve()),
  saveResult: vi.fn(() => Promise.resolve('play-id')),
  saveCheckResult: vi.fn(() => Promise.resolve('check-id')),
  listCheckResults: vi.fn(() => Promise.resolve([])),
  loadReviewCards: vi.fn(() => Promise.resolve([])),
  saveReviewCards: vi.fn(() => Promise.resolve()),
};

function savedPlay(packId: string | undefined, steps: number): SavedPlay {
  const full = playPolicy({ scenario: headphones, policy: 'best', seed: 3, timing: 'off' });
  return signSavedPlay({
    format: 'resolve-play',
    version: 2,
    scenarioId: headphones.id,
    scenarioTitle: headphones.title,
    ...(packId ? { packId } : {}),
    timing: { mode: 'off', source: 'pack' },
    step: steps,
    savedAt: '2026-12-03T08:00:00.000Z',
    transcript: { ...full, events: full.events.slice(0, steps) },
  });
}

function link(
  connection: LmsConnection | undefined,
  plays: () => Promise<ScoredPlay[]> = () => Promise.resolve([]),
) {
  const page = fakeWindow();
  const made = new LmsLink({
    pkg: { format: 'scorm12', pack, appVersion: 't', builtAt: '2026-12-03T07:00:00.000Z' },
    connection,
    plays,
    checks: () => Promise.resolve([]),
    scenario: (id) => Promise.resolve(id === headphones.id ? headphones : undefined),
    win: page.win,
  });
  return { link: made, ...page };
}

describe('the game’s link to the LMS', () => {
  it('after each saved step of a pack play: resume data, then the report with its choices so far', async () => {
    const { connection, calls, reports } = fakeConnection();
    const { link: lms } = link(connection);
    await lms.playStore(inner).saveProgress(headphones.id, savedPlay(pack.id, 2));
    await lms.settled();
    expect(calls[0]).toMatch(new RegExp(`^suspend r1\\|${headphones.id}\\|`));
    expect(calls[1]).toBe('report');
    expect(reports[0]!.interactions.length).toBeGreaterThan(0);
    expect(reports[0]!.interactions.every((each) => each.scenarioId === headphones.id)).toBe(true);
    expect(inner.saveProgress).toHaveBeenCalled();
  });

  it('leaves plays outside the pack alone', async () => {
    const { connection, calls } = fakeConnection();
    const { link: lms } = link(connection);
    await lms.playStore(inner).saveProgress(headphones.id, savedPlay(undefined, 2));
    await lms.settled();
    expect(calls).toEqual([]);
  });

  it('after a finished play: clears the resume data, reports the stored plays and commits', async () => {
    const { connection, calls, reports } = fakeConnection();
    const record = playRecord({
      scenario: headphones,
      policy: 'best',
      playId: 'p1',
      savedAt: '2026-12-03T08:00:00.000Z',
      packId: pack.id,
    });
    const { link: lms } = link(connection, () => Promise.resolve([scorePlay(record, headphones)]));
    await lms.playStore(inner).saveResult(record.result);
    await lms.settled();
    expect(calls).toEqual(['suspend ', 'report', 'commit']);
    expect(reports[0]).toMatchObject({ completed: true, passed: true });
  });

  it('reports and commits after a check of the pack is kept', async () => {
    const { connection, calls } = fakeConnection();
    const { link: lms } = link(connection);
    await lms.checkStore(inner).saveCheckResult({ packId: pack.id } as never);
    await lms.checkStore(inner).saveCheckResult({ checkId: 'other' } as never);
    await lms.settled();
    expect(calls).toEqual(['report', 'commit']);
  });

  it('commits when the page is hidden, and commits and finishes once when it goes', async () => {
    const { connection, calls } = fakeConnection();
    const { link: lms, hide, leave } = link(connection);
    hide();
    await lms.settled();
    expect(calls).toEqual(['commit']);
    leave();
    leave();
    expect(calls).toEqual(['commit', 'commit', 'finish']);
    await lms.playStore(inner).saveProgress(headphones.id, savedPlay(pack.id, 1));
    await lms.settled();
    expect(calls).toEqual(['commit', 'commit', 'finish']);
  });

  it('plays on when a report fails, and reports the next step', async () => {
    const { connection, calls } = fakeConnection();
    let fail = true;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { link: lms } = link(connection, () =>
      fail ? Promise.reject(new Error('store closed')) : Promise.resolve([]),
    );
    const store = lms.playStore(inner);
    await store.saveProgress(headphones.id, savedPlay(pack.id, 1));
    await lms.settled();
    expect(warn).toHaveBeenCalledOnce();
    fail = false;
    await store.saveProgress(headphones.id, savedPlay(pack.id, 2));
    await lms.settled();
    expect(calls.filter((call) => call === 'report')).toHaveLength(1);
    warn.mockRestore();
  });

  it('with no LMS found, passes every save through and reports nothing', async () => {
    const { link: lms, leave } = link(undefined);
    const store = lms.playStore(inner);
    await expect(store.saveResult({ packId: pack.id } as FinishedPlay)).resolves.toBe('play-id');
    leave();
    await lms.settled();
    expect(lms.connected).toBe(false);
    expect(lms.packOf(pack.id)).toBe(pack);
    expect(lms.packOf('other')).toBeUndefined();
  });

  it('never drops choices when a play is set aside for another and taken up again', async () => {
    const { connection, reports } = fakeConnection();
    const { link: lms } = link(connection);
    const store = lms.playStore(inner);
    const other = savedPlay(pack.id, 2);
    const setAside: SavedPlay = {
      ...savedPlay(pack.id, 2),
      transcript: playPolicy({ scenario: headphones, policy: 'worst', seed: 9, timing: 'off' }),
    };
    setAside.transcript.events.splice(2);
    await store.saveProgress(headphones.id, setAside);
    await store.saveProgress(headphones.id, other);
    await lms.settled();
    const first = reports[0]!.interactions.map((each) => each.response);
    const second = reports[1]!.interactions.map((each) => each.response);
    // The second report keeps the first play's choices and adds the new play's after them.
    expect(second.slice(0, first.length)).toEqual(first);
    expect(second.length).toBeGreaterThan(first.length);
    await store.saveProgress(headphones.id, setAside);
    await lms.settled();
    expect(reports[2]!.interactions.map((each) => each.response)).toEqual(second);
  });
});
