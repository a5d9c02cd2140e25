/**
 * Live regions: polite for new customer lines and progress, assertive only for the timer's last
 * warning. Clearing first makes a repeated message announce again.
 */
export interface Announcer {
  polite(message: string): void;
  assertive(message: string): void;
}

export function createAnnouncer(
  politeRegion: HTMLElement,
  assertiveRegion: HTMLElement,
): Announcer {
  const say = (region: HTMLElement, message: string): void => {
    region.textContent = '';
    // A fresh task, so assistive technology sees a change even for the same words.
    window.setTimeout(() => {
      region.textContent = message;
    }, 50);
  };
  return {
    polite: (message) => say(politeRegion, message),
    assertive: (message) => say(assertiveRegion, message),
  };
}
