import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** How a first-run download of the Electron binary ended. */
export type DownloadOutcome =
  | { ok: true }
  /** `offline`: the network could not be reached at all (no DNS, no route); otherwise a real failure. */
  | { ok: false; offline: boolean; error: string };

/** Options of {@link downloadElectron}; the command is injectable for tests. */
export interface DownloadOptions {
  pkgDir: string;
  /** Bytes downloaded so far, about once a second. */
  onProgress?: (bytes: number) => void;
  /** Everything the installer prints on stderr, as it comes. */
  onOutput?: (text: string) => void;
  command?: { file: string; args: string[] };
  env?: NodeJS.ProcessEnv;
  pollMs?: number;
}

// Errors that mean "no network here" rather than "the download went wrong": Node's fetch reports
// DNS and connection failures as "fetch failed" (its cause is not printed by electron/install.js).
const OFFLINE = /fetch failed|ENOTFOUND|EAI_AGAIN|ENETUNREACH|EHOSTUNREACH|ECONNREFUSED|getaddrinfo/;

/** The installer's error in one line: the first line that names an error, else the last line. @internal */
export function summarizeInstallerError(stderr: string): string {
  const lines = stderr
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('at '));
  return lines.find((l) => /error|failed|code \d{3}/i.test(l)) ?? lines.at(-1) ?? 'the installer exited without saying why';
}

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => [])) {
    if (entry.isFile()) total += (await stat(path.join(entry.parentPath, entry.name)).catch(() => null))?.size ?? 0;
  }
  return total;
}

/**
 * Runs the `electron` package's own installer (electron/install.js, via @electron/get) with
 * nothing hidden and no time limit, reporting progress by watching its private temp folder
 * (the installer downloads into os.tmpdir(), which TMPDIR points at our folder).
 */
export async function downloadElectron(options: DownloadOptions): Promise<DownloadOutcome> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'lectern-electron-download-'));
  const command = options.command ?? { file: process.execPath, args: [path.join(options.pkgDir, 'install.js')] };
  let stderr = '';
  const timer = setInterval(() => void folderBytes(tmp).then((bytes) => bytes && options.onProgress?.(bytes)), options.pollMs ?? 1000);
  try {
    const code = await new Promise<number | NodeJS.ErrnoException>((resolve) => {
      const child = spawn(command.file, command.args, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...(options.env ?? process.env), TMPDIR: tmp, TEMP: tmp, TMP: tmp } });
      child.stderr.setEncoding('utf8');
      child.stderr.on('data', (text: string) => {
        stderr = (stderr + text).slice(-16_384);
        options.onOutput?.(text);
      });
      child.on('error', resolve);
      child.on('close', (status) => resolve(status ?? 1));
    });
    if (code === 0) return { ok: true };
    const text = typeof code === 'number' ? stderr : `${code.message}\n${stderr}`;
    return { ok: false, offline: OFFLINE.test(text), error: summarizeInstallerError(text) };
  } finally {
    clearInterval(timer);
    await rm(tmp, { recursive: true, force: true }).catch(() => undefined);
  }
}
