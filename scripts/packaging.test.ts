import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { minimatch } from 'minimatch';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = path.resolve(import.meta.dirname, '..');
const readConfig = async (): Promise<Record<string, any>> => parse(await readFile(path.join(ROOT, 'electron-builder.yml'), 'utf8'));

/** electron-builder's `files` rule: included when a pattern matches and no later `!pattern` excludes it. */
function packaged(files: string[], file: string): boolean {
  let inside = false;
  for (const pattern of files) {
    if (pattern.startsWith('!')) {
      if (minimatch(file, pattern.slice(1), { dot: true, matchBase: !pattern.includes('/') })) inside = false;
    } else if (minimatch(file, pattern, { dot: true })) inside = true;
  }
  return inside;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('the packaged app (electron-builder)', () => {
  it("is configured as Lectern with AppImage, deb, NSIS and dmg, and the config passes electron-builder's own schema", async () => {
    const config = await readConfig();
    expect(config).toMatchObject({ appId: 'org.lectern.app', productName: 'Lectern', asar: true, linux: { target: ['AppImage', 'deb'] }, win: { target: ['nsis'] }, mac: { target: ['dmg'] } });
    const { validateConfiguration } = createRequire(import.meta.url)('app-builder-lib/out/util/config/config.js') as { validateConfiguration: (c: unknown, l: unknown) => Promise<void> };
    await expect(validateConfiguration(config, { add: () => undefined, isEnabled: false })).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...config, linux: { ...config.linux, targett: 'deb' } }, { add: () => undefined, isEnabled: false })).rejects.toThrow(/configuration\.linux/);
  });

  it('the deb sets up chrome-sandbox root:root 4755 after install, so no user ever runs chmod', async () => {
    const config = await readConfig();
    const script = await readFile(path.join(ROOT, config.deb.afterInstall), 'utf8');
    expect(script).toMatch(/chown root:root "\$APP_DIR\/chrome-sandbox"/);
    expect(script).toMatch(/chmod 4755 "\$APP_DIR\/chrome-sandbox"/);
    expect(script).toContain("APP_DIR='/opt/${sanitizedProductName}'");
  });

  it('has a designed icon: PNG 512 and 1024, .ico and .icns', async () => {
    const icons = path.join(ROOT, 'resources/icons');
    expect(pngSize(await readFile(path.join(icons, '512x512.png')))).toEqual([512, 512]);
    expect(pngSize(await readFile(path.join(icons, '1024x1024.png')))).toEqual([1024, 1024]);
    expect((await readFile(path.join(icons, 'icon.ico'))).readUInt16LE(2)).toBe(1);
    expect((await readFile(path.join(icons, 'icon.icns'))).subarray(0, 4).toString('latin1')).toBe('icns');
    expect(await readFile(path.join(icons, 'icon.svg'), 'utf8')).toMatch(/^<svg/);
  });

  it('packs the worker, the pages, the preload and the fonts into app.asar, and leaves out the bench and source maps', async () => {
    const { files } = await readConfig();
    for (const file of [
      'package.json',
      'out/main/index.js',
      'out/main/render-worker.js',
      'out/main/chunks/markdown-x.js',
      'out/preload/index.cjs',
      'out/renderer/index.html',
      'out/renderer/console.html',
      'out/renderer/print.html',
      'out/renderer/edit.html',
      'out/renderer/export.html',
      'out/renderer/assets/pt-sans-cyrillic-400-normal-x.woff2',
      'out/renderer/assets/jetbrains-mono-latin-400-normal-x.woff2',
    ]) {
      expect(packaged(files, file), file).toBe(true);
    }
    for (const file of ['out/main/bench.js', 'out/main/index.js.map', 'src/main/index.ts', 'slides/01-vvedenie.md', 'e2e/electron.spec.ts']) expect(packaged(files, file), file).toBe(false);
  });

  it('npm run dist builds the installers for this OS without publishing', async () => {
    const pkg = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as { productName: string; scripts: Record<string, string> };
    expect(pkg.productName).toBe('Lectern');
    expect(pkg.scripts.dist).toBe('npm run build && electron-builder --publish never');
  });
});
