import { existsSync } from 'node:fs';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
];

/** Finds a system Chromium: we never download a browser (blocked here and on many school networks). */
export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
  }
  const found = SYSTEM_PATHS.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      'No Chromium found for the browser tests and bench. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
        'or set CHROMIUM_PATH to a Chromium or Chrome executable.',
    );
  }
  return found;
}

export interface LaunchChromiumOptions {
  /** Launch without WebGL, as on a locked-down school PC. */
  disableWebGl?: boolean;
}

export async function launchChromium(options: LaunchChromiumOptions = {}): Promise<Browser> {
  const args = [
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
    '--enable-unsafe-swiftshader',
    '--use-angle=swiftshader',
    '--font-render-hinting=none',
  ];
  if (options.disableWebGl) args.push('--disable-webgl', '--disable-3d-apis');
  // The sandbox cannot start as root (containers, CI); elsewhere keep it.
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  const launchOptions: LaunchOptions = { executablePath: findChromium(), headless: true, args };
  return chromium.launch(launchOptions);
}
