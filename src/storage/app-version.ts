/**
 * The game's version, written into exported files so a later version knows what wrote them. Code
 * stays inside src/, so it is kept here; app-version.test.ts fails when package.json moves on.
 */
export const APP_VERSION = '0.1.0';
