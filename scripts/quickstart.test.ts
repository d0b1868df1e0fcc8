import { spawnSync } from 'node:child_process';
import { chmod, copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-quickstart-'));
  await mkdir(path.join(dir, 'scripts'));
  await mkdir(path.join(dir, 'stubs'));
  await copyFile(path.resolve(import.meta.dirname, 'quickstart.sh'), path.join(dir, 'scripts/quickstart.sh'));
  await writeFile(path.join(dir, 'scripts/install-system-deps.sh'), 'exit 0\n');
  // npm and node stand-ins: every step succeeds except `lectern present`, which exits $PRESENT_CODE.
  await writeFile(path.join(dir, 'stubs/npm'), '#!/bin/bash\nexit 0\n');
  await writeFile(path.join(dir, 'stubs/node'), '#!/bin/bash\n[ "$2" = present ] && exit "$PRESENT_CODE"\nexit 0\n');
  await chmod(path.join(dir, 'stubs/npm'), 0o755);
  await chmod(path.join(dir, 'stubs/node'), 0o755);
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const quickstart = (presentCode: number) =>
  spawnSync('/bin/bash', [path.join(dir, 'scripts/quickstart.sh')], { env: { PATH: `${path.join(dir, 'stubs')}:/usr/bin:/bin`, PRESENT_CODE: String(presentCode) }, encoding: 'utf8' });

describe.skipIf(process.platform === 'win32')('scripts/quickstart.sh', () => {
  it('treats only the offline case (present exits 3) as success, saying how to present instead', () => {
    const run = quickstart(3);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/lectern serve slides/);
  });

  it('a failed download (4) or a failed app (1) fails the quick start', () => {
    expect(quickstart(4).status).toBe(4);
    expect(quickstart(1).status).toBe(1);
    expect(quickstart(0).status).toBe(0);
  });
});
