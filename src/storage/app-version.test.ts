import { expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { APP_VERSION } from './app-version.ts';

it('names the version package.json gives the game', () => {
  expect(APP_VERSION).toBe(packageJson.version);
});
