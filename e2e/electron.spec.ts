import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { findElectron } from '../src/node/find-electron';
import { ROOT } from './support/decks';

/**
 * The Electron shell end to end. Runs wherever an Electron binary exists; `require('electron')`
 * is not used to look for one, because it starts a download when the binary is missing.
 */
const SKIP_REASON = 'no Electron binary: it cannot be downloaded here; set ELECTRON_OVERRIDE_DIST_PATH to run';
const electronPath = ((): string | null => {
  try {
    return findElectron();
  } catch {
    return null;
  }
})();

const present = (page: Page) => page.locator('.reveal .slides > section.present');
const currentIndex = (page: Page): Promise<number> => page.evaluate(() => Number(document.querySelector<HTMLElement>('.reveal .slides > section.present')?.dataset.index ?? -1));

test.describe('Electron app', () => {
  if (!electronPath) test.skip(true, SKIP_REASON);
  test.describe.configure({ mode: 'serial' });

  let app: ElectronApplication;
  let page: Page;
  let userData: string;

  test.beforeAll(async () => {
    userData = await mkdtemp(path.join(os.tmpdir(), 'lectern-electron-'));
    const env = Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined));
    app = await _electron.launch({
      executablePath: electronPath!,
      // Chromium refuses to run its OS sandbox as root (CI containers); the renderer is still
      // an Electron sandboxed renderer without Node either way.
      // On the app folder, as `lectern present` starts it: package.json names the app Lectern.
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), ROOT, path.join(ROOT, 'slides')],
      // Own settings and own single-instance lock: never hand the deck to a Lectern already running.
      env: { ...env, LECTERN_USER_DATA_DIR: userData },
    });
    // The app opens two windows, the audience view and the presenter console, in either order.
    await expect.poll(() => app.windows().some((w) => w.url().endsWith('/index.html')), { timeout: 30_000 }).toBe(true);
    page = app.windows().find((w) => w.url().endsWith('/index.html'))!;
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  });

  test.afterAll(async () => {
    await app?.close();
    await rm(userData, { recursive: true, force: true });
  });

  test('serves the deck from its own lectern:// origin and renders the first slide in Russian', async () => {
    expect(page.url()).toMatch(/^lectern:\/\/d\d+\/index\.html/);
    await expect(present(page)).toContainText(/В чем разница/);
    await expect(page).toHaveTitle(/Flask и Django/);
  });

  test('exposes only the host bridge: no Node in the page', async () => {
    expect(await page.evaluate(() => (window as unknown as { lecternHost: { kind: string } }).lecternHost.kind)).toBe('electron');
    expect(await page.evaluate(() => typeof (globalThis as Record<string, unknown>).require)).toBe('undefined');
    expect(await page.evaluate(() => typeof (globalThis as Record<string, unknown>).process)).toBe('undefined');
    expect(await page.evaluate(() => typeof (globalThis as Record<string, unknown>).module)).toBe('undefined');
  });

  test('denies window.open and navigation to another origin', async () => {
    // A lectern:// target: denied without handing anything to the system browser.
    expect(await page.evaluate(() => window.open(location.href) === null)).toBe(true);
    const before = page.url();
    await page.evaluate(() => {
      location.href = 'lectern://d999/index.html';
    });
    await page.waitForTimeout(300);
    expect(page.url()).toBe(before);
    // Still the audience view and its console, nothing more.
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(2);
  });

  test('runs as Lectern, not as "Electron" (started on the app folder)', async () => {
    expect(await app.evaluate(({ app: electronApp }) => electronApp.getName())).toBe('Lectern');
  });

  test('ArrowRight moves to slide 2', async () => {
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => currentIndex(page)).toBe(1);
  });

  test('opens the presenter console beside the audience view; keys in the console move the audience', async () => {
    await expect.poll(() => app.windows().some((w) => w.url().endsWith('/console.html'))).toBe(true);
    const consolePage = app.windows().find((w) => w.url().endsWith('/console.html'))!;
    await expect(consolePage.locator('html')).toHaveAttribute('data-ready', 'true');
    await expect(consolePage.locator('html')).toHaveAttribute('data-position', '1.0');
    await consolePage.keyboard.press('PageDown');
    await expect.poll(() => currentIndex(page)).toBe(2);
    await consolePage.keyboard.press('b');
    await expect(page.locator('.lectern-screen')).toBeVisible();
    await consolePage.keyboard.press('b');
  });
});
