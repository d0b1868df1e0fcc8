import type { LaunchOptions } from '@playwright/test';
import { chromiumArgs, findBrowser } from '../../src/node/find-browser';

/** The system Chromium, found the same way the export command finds it. */
function chromiumPath(): string {
  const found = findBrowser();
  if (!found) throw new Error('No Chromium found for the e2e tests: apt-get install chromium, or set LECTERN_CHROME');
  return found;
}

/** Launch options for Playwright: system Chromium, offline-friendly flags, no sandbox as root. */
export function chromiumLaunchOptions(): LaunchOptions {
  return { executablePath: chromiumPath(), args: chromiumArgs() };
}
