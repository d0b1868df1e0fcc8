import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/support/browser';

// `npm run screenshots` (after `npm run build`): regenerates resources/screenshots/ from the
// bundled deck; not part of `npm test`.
export default defineConfig({
  testDir: 'scripts',
  testMatch: 'screenshots.spec.ts',
  workers: 1,
  reporter: [['list']],
  use: { browserName: 'chromium', launchOptions: chromiumLaunchOptions() },
});
