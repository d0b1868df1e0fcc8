import { chmod, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBrowser } from './find-browser';
import { useTempDirs } from '../../test/support/temp-dir';

const tempDir = useTempDirs();

describe('findBrowser', () => {
  it('prefers LECTERN_CHROME, and refuses a non-executable one instead of guessing', async () => {
    const dir = await tempDir();
    const fake = path.join(dir, 'my-chrome');
    await writeFile(fake, '#!/bin/sh\n');
    await chmod(fake, 0o755);
    expect(findBrowser({ LECTERN_CHROME: fake, PATH: '' }, 'linux')).toBe(fake);
    expect(findBrowser({ LECTERN_CHROME: path.join(dir, 'missing'), PATH: '' }, 'linux')).toBeNull();
  });
  it('finds a browser on PATH when none is in the usual places', async () => {
    const dir = await tempDir();
    const fake = path.join(dir, 'chromium');
    await writeFile(fake, '#!/bin/sh\n');
    await chmod(fake, 0o755);
    expect(findBrowser({ PATH: dir }, 'plan9')).toBe(fake);
    expect(findBrowser({ PATH: '' }, 'plan9')).toBeNull();
  });
});
