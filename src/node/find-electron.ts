import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** Why no Electron binary could be had, in words for the user. */
export const NO_ELECTRON = 'No Electron binary is available (it is downloaded on first use and the download failed or is not possible offline).';

/**
 * Finds the Electron executable without the side effects of `require('electron')`:
 * ELECTRON_OVERRIDE_DIST_PATH, then an already-downloaded binary, then (only when `download`)
 * the package's own installer. Returns null when there is none.
 */
export function findElectron(download: boolean, env: NodeJS.ProcessEnv = process.env): string | null {
  let pkgDir: string;
  try {
    pkgDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = path.join(pkgDir, 'path.txt');
  const exeName = () => (existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '');
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const p = path.join(env.ELECTRON_OVERRIDE_DIST_PATH, exeName() || 'electron');
    return existsSync(p) ? p : null;
  }
  const local = () => (exeName() ? path.join(pkgDir, 'dist', exeName()) : '');
  if (local() && existsSync(local())) return local();
  if (!download) return null;
  const result = spawnSync(process.execPath, [path.join(pkgDir, 'install.js')], { stdio: 'pipe', timeout: 120_000 });
  return result.status === 0 && local() && existsSync(local()) ? local() : null;
}
