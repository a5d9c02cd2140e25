import { describe, expect, it } from 'vitest';
import { FIND_API_LIMIT, findScorm12Api, findScorm2004Api } from './find-api.ts';

const api12 = {
  LMSInitialize: () => 'true',
  LMSGetValue: () => '',
  LMSSetValue: () => 'true',
  LMSCommit: () => 'true',
  LMSFinish: () => 'true',
};
const api2004 = {
  Initialize: () => 'true',
  GetValue: () => '',
  SetValue: () => 'true',
  Commit: () => 'true',
  Terminate: () => 'true',
};

interface FakeWindow {
  parent: FakeWindow;
  opener: FakeWindow | null;
  [name: string]: unknown;
}

/** A chain of windows, the first the game's own; `extra` goes on the last. */
function chain(length: number, extra: Record<string, unknown> = {}): FakeWindow[] {
  const windows: FakeWindow[] = [];
  for (let index = 0; index < length; index += 1) {
    const win = { opener: null } as unknown as FakeWindow;
    win.parent = win;
    windows.push(win);
  }
  for (let index = 0; index < length - 1; index += 1) windows[index]!.parent = windows[index + 1]!;
  Object.assign(windows[length - 1]!, extra);
  return windows;
}

const asWindow = (win: FakeWindow): Window => win as unknown as Window;

describe('finding the SCORM API', () => {
  it('finds 1.2’s API and 2004’s API_1484_11 in a parent', () => {
    const windows = chain(3, { API: api12, API_1484_11: api2004 });
    expect(findScorm12Api(asWindow(windows[0]!))).toBe(api12);
    expect(findScorm2004Api(asWindow(windows[0]!))).toBe(api2004);
  });

  it('gives up beyond the limit', () => {
    const near = chain(FIND_API_LIMIT + 1, { API: api12 });
    expect(findScorm12Api(asWindow(near[0]!))).toBe(api12);
    const far = chain(FIND_API_LIMIT + 2, { API: api12 });
    expect(findScorm12Api(asWindow(far[0]!))).toBeUndefined();
  });

  it('looks in the opener and its parents when the frames have none', () => {
    const lms = chain(2, { API_1484_11: api2004 });
    const popup = chain(1);
    popup[0]!.opener = lms[0]!;
    expect(findScorm2004Api(asWindow(popup[0]!))).toBe(api2004);
    expect(findScorm12Api(asWindow(popup[0]!))).toBeUndefined();
  });

  it('passes over a window of another origin, and an object that is not an API', () => {
    const windows = chain(3, { API: api12 });
    Object.defineProperty(windows[1]!, 'API', {
      get: () => {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    });
    expect(findScorm12Api(asWindow(windows[0]!))).toBe(api12);
    const fake = chain(2, { API: { LMSInitialize: () => 'true' } });
    expect(findScorm12Api(asWindow(fake[0]!))).toBeUndefined();
    expect(findScorm12Api(asWindow(chain(1)[0]!))).toBeUndefined();
  });
});
