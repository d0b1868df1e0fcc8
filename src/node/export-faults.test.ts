import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { utf8Length } from '../core/bounded-name';
import { bundleForChild } from '../../test/support/child-process';

/**
 * Served exports (the Export dialog of `lectern serve`) against a long CJK title and a full temp
 * disk, in a child process: the full disk is a real 256 KiB tmpfs in a private mount namespace.
 */
const HERE = path.dirname(fileURLToPath(import.meta.url));
const CJK_TITLE = '深度学习'.repeat(20) + '总结';
let child = '';
let bundleDir = '';
beforeAll(async () => {
  bundleDir = await mkdtemp(path.join(os.tmpdir(), 'lectern-child-'));
  child = await bundleForChild(path.join(HERE, '../../test/support', 'export-child.ts'), bundleDir);
}, 60_000);
afterAll(() => rm(bundleDir, { recursive: true, force: true }));

const canUnshare = spawnSync('unshare', ['--user', '--map-root-user', '--mount', 'true']).status === 0;

/** Runs the export child; with `disk`, TMPDIR is a fresh tmpfs of that many KiB. */
function exportIn(args: string[], diskKiB?: number): Record<string, unknown> {
  const node = `"${process.execPath}" "${child}" ${args.map((a) => `'${a}'`).join(' ')}`;
  const res = diskKiB
    ? spawnSync(
        'unshare',
        ['--user', '--map-root-user', '--mount', 'sh', '-c', `mkdir -p "${bundleDir}/disk" && mount -t tmpfs -o size=${diskKiB}k tmpfs "${bundleDir}/disk" && TMPDIR="${bundleDir}/disk" ${node}`],
        { encoding: 'utf8' },
      )
    : spawnSync('sh', ['-c', node], { encoding: 'utf8' });
  const line = res.stdout.split('\n').find((l) => l.startsWith('{'));
  if (!line) throw new Error(`no status from the export child: ${res.stdout}${res.stderr}`);
  return JSON.parse(line) as Record<string, unknown>;
}

describe('served export faults', () => {
  it('an 82-character CJK title exports; the file name is bounded in bytes', () => {
    expect([...CJK_TITLE]).toHaveLength(82);
    const status = exportIn(['write', CJK_TITLE]);
    expect(status).toMatchObject({ state: 'done', pages: 3 });
    expect(utf8Length(String(status.file))).toBeLessThanOrEqual(184);
    expect(String(status.file)).toMatch(/^(深度学习)+.*\.pdf$/);
  });

  it.skipIf(!canUnshare)('a full temp disk: our own write fails with ENOSPC, and the dialog says the disk is full', () => {
    const status = exportIn(['write', 'Talk', 'fill'], 256);
    expect(status).toEqual({
      state: 'failed',
      error: expect.stringMatching(/^The PDF could not be written: the disk is full at .*disk \(0\.0 MB free\)\. Free some space and export again\.$/),
      problem: { code: 'disk-full', folder: expect.stringMatching(/disk$/) },
    });
  });

  it.skipIf(!canUnshare)('a full temp disk where Chromium fails to spool ("Protocol error (IO.read)"): the dialog says the disk is full', () => {
    const status = exportIn(['chromium', 'Talk', 'fill'], 256);
    expect(status).toMatchObject({ state: 'failed', error: expect.stringMatching(/^The PDF could not be written: the disk is full at .*disk \(0\.0 MB free\)/), problem: { code: 'disk-full' } });
    // With room on the disk the same failure is reported as it is (it is not the disk).
    const detail = 'page.pdf: Protocol error (IO.read): Read failed';
    expect(exportIn(['chromium', 'Talk'], 65536)).toEqual({ state: 'failed', error: detail, problem: { code: 'other', detail } });
  });
});
