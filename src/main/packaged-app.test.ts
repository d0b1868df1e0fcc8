import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { findRenderWorker } from '../node/render-pool';
import { appLayoutFrom } from './app-paths';

vi.mock('electron', () => import('../../test/support/electron-mock'));

// What electron-builder packs into app.asar is checked in scripts/packaging.test.ts.
describe('the packaged app finds its files inside app.asar', () => {
  it('inside app.asar, main finds the pages, the preload and the worker relative to itself (= app.getAppPath())', async () => {
    const { app } = await import('../../test/support/electron-mock');
    const appPath = app.getAppPath();
    for (const bundle of ['out/main/index.js', 'out/main/chunks/export-pdf-x.js']) {
      const layout = appLayoutFrom(pathToFileURL(path.join(appPath, bundle)).href);
      expect(layout).toEqual({ rendererDir: path.join(appPath, 'out/renderer'), preload: path.join(appPath, 'out/preload/index.cjs') });
    }
    // The worker: a real folder named app.asar stands in for the archive Electron reads like one.
    const root = await mkdtemp(path.join(os.tmpdir(), 'lectern-asar-'));
    try {
      const main = path.join(root, 'resources/app.asar/out/main');
      await mkdir(path.join(main, 'chunks'), { recursive: true });
      await writeFile(path.join(main, 'render-worker.js'), '');
      vi.stubEnv('LECTERN_RENDER_WORKER', '');
      expect(findRenderWorker(path.join(main, 'chunks'))).toBe(path.join(main, 'render-worker.js'));
      expect(findRenderWorker(main)).toBe(path.join(main, 'render-worker.js'));
    } finally {
      vi.unstubAllEnvs();
      await rm(root, { recursive: true, force: true });
    }
  });
});
