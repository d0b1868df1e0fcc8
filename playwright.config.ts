import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/support/browser';

// Browser-host specs run in the system's Chromium (never a downloaded one); the Electron spec
// skips itself, with the reason, where no Electron binary exists.
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  fullyParallel: true,
  workers: 2,
  reporter: [['list']],
  use: { browserName: 'chromium', launchOptions: chromiumLaunchOptions(), viewport: { width: 1280, height: 720 } },
});
