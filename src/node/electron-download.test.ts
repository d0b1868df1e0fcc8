import { describe, expect, it } from 'vitest';
import { downloadElectron, summarizeInstallerError } from './electron-download';

const node = (script: string) => ({ file: process.execPath, args: ['-e', script] });

describe('downloadElectron (the first-run download of the Electron binary)', () => {
  it('reports progress from the bytes written into its private temp folder, and success', async () => {
    const seen: number[] = [];
    const script = `const fs=require('fs'),p=require('path'),os=require('os');const f=p.join(os.tmpdir(),'x.zip');let n=0;const t=setInterval(()=>{fs.appendFileSync(f,Buffer.alloc(300000));if(++n===4){clearInterval(t);}},60);`;
    const outcome = await downloadElectron({ pkgDir: '/nowhere', command: node(script), pollMs: 40, onProgress: (b) => seen.push(b) });
    expect(outcome).toEqual({ ok: true });
    expect(seen.length).toBeGreaterThan(0);
    expect(Math.max(...seen)).toBeGreaterThanOrEqual(300000);
  });

  it('no network at all is the offline case, with the real error', async () => {
    const output: string[] = [];
    const outcome = await downloadElectron({
      pkgDir: '/nowhere',
      command: node(`console.error('TypeError: fetch failed\\n    at node:internal/deps/undici'); process.exit(1)`),
      onOutput: (t) => output.push(t),
    });
    expect(outcome).toEqual({ ok: false, offline: true, error: 'TypeError: fetch failed' });
    expect(output.join('')).toContain('fetch failed');
  });

  it('an HTTP error or a full disk is a real failure, not "offline"', async () => {
    expect(await downloadElectron({ pkgDir: '/nowhere', command: node(`console.error('HTTPError: Response code 404 (Not Found) for https://github.com/electron/x.zip'); process.exit(1)`) })).toEqual({
      ok: false,
      offline: false,
      error: 'HTTPError: Response code 404 (Not Found) for https://github.com/electron/x.zip',
    });
    expect(await downloadElectron({ pkgDir: '/nowhere', command: node(`console.error("Error: ENOSPC: no space left on device, write"); process.exit(1)`) })).toMatchObject({
      ok: false,
      offline: false,
      error: expect.stringContaining('ENOSPC'),
    });
  });

  it('summarizes a stack to its error line', () => {
    expect(summarizeInstallerError('Error: checksum mismatch\n    at foo (x.js:1)\n')).toBe('Error: checksum mismatch');
    expect(summarizeInstallerError('')).toMatch(/without saying why/);
  });
});
