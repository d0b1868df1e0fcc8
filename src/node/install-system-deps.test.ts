import { spawnSync } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const SCRIPT = path.resolve(import.meta.dirname, '../../scripts/install-system-deps.sh');
let bin: string;
let log: string;

/** Runs the script with only stub commands on PATH (each stub logs its argv; pdftotext is present, Chromium is not). */
function run(): void {
  spawnSync('/bin/bash', [SCRIPT], { env: { PATH: bin, LECTERN_OS_RELEASE: path.join(bin, 'os-release'), STUB_LOG: log }, encoding: 'utf8' });
}

beforeEach(async () => {
  bin = await mkdtemp(path.join(os.tmpdir(), 'lectern-deps-'));
  log = path.join(bin, 'calls.log');
  await writeFile(log, '');
  for (const name of ['apt-get', 'snap', 'sudo', 'pdftotext']) {
    await writeFile(path.join(bin, name), `#!/bin/bash\necho "${name} $*" >> "$STUB_LOG"\n[ "${name}" = sudo ] && exec "$@"\nexit 0\n`);
    await chmod(path.join(bin, name), 0o755);
  }
  await writeFile(path.join(bin, 'id'), '#!/bin/bash\necho 1000\n');
  await chmod(path.join(bin, 'id'), 0o755);
  await symlink(spawnSync('/bin/bash', ['-c', 'command -v grep'], { encoding: 'utf8' }).stdout.trim(), path.join(bin, 'grep'));
});
afterEach(() => rm(bin, { recursive: true, force: true }));

describe.skipIf(process.platform === 'win32')('scripts/install-system-deps.sh', () => {
  it('on Ubuntu installs Chromium from snap (its chromium deb only points at the snap)', async () => {
    await writeFile(path.join(bin, 'os-release'), 'NAME="Ubuntu"\nID=ubuntu\nVERSION_ID="24.04"\n');
    run();
    const calls = await readFile(log, 'utf8');
    expect(calls).toContain('snap install chromium');
    expect(calls).not.toMatch(/apt-get .*install .*chromium/);
  });

  it('on Debian installs the chromium package with apt-get', async () => {
    await writeFile(path.join(bin, 'os-release'), 'NAME="Debian GNU/Linux"\nID=debian\n');
    run();
    const calls = await readFile(log, 'utf8');
    expect(calls).toMatch(/apt-get install -y -qq --no-install-recommends chromium/);
    expect(calls).not.toContain('snap');
  });
});
