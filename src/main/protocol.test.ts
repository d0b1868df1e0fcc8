import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_CSP } from '../node/http-util';
import { pngBomb, TINY_IMAGES } from '../../test/support/images';
import { createLecternHandler, registerLecternScheme, setupProtocol } from './protocol';
import { protocol, resetElectronMock } from '../../test/support/electron-mock';

vi.mock('electron', () => import('../../test/support/electron-mock'));

let root: string;
let handle: ReturnType<typeof createLecternHandler>;
const get = (url: string, method = 'GET'): Promise<Response> => handle(new Request(url, { method }));

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'lectern-protocol-'));
  const renderer = path.join(root, 'renderer');
  const deck = path.join(root, 'deck');
  await mkdir(path.join(renderer, 'assets'), { recursive: true });
  await mkdir(path.join(deck, 'img'), { recursive: true });
  await writeFile(path.join(renderer, 'index.html'), '<!doctype html><title>app</title>');
  await writeFile(path.join(renderer, 'assets', 'app.js'), 'export {};');
  await writeFile(path.join(deck, 'img', 'logo.png'), TINY_IMAGES.png);
  await writeFile(path.join(deck, 'img', 'bomb.png'), pngBomb());
  await writeFile(path.join(deck, '01.md'), '# Слайд');
  await writeFile(path.join(root, 'secret.txt'), 'outside');
  await symlink(path.join(root, 'secret.txt'), path.join(deck, 'leak.txt'));
  await symlink(root, path.join(deck, 'up'));
  handle = createLecternHandler((key) => (key === 'd1' ? deck : undefined), renderer);
});

afterAll(() => rm(root, { recursive: true, force: true }));
beforeEach(() => resetElectronMock());

describe('lectern: protocol', () => {
  it('registers a standard, secure scheme that does not bypass CSP', () => {
    registerLecternScheme();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([{ scheme: 'lectern', privileges: { standard: true, secure: true, supportFetchAPI: true, bypassCSP: false } }]);
  });

  it('serves renderer files with the CSP and security headers', async () => {
    const res = await get('lectern://d1/index.html');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(APP_CSP);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toContain('<title>app</title>');
    const js = await get('lectern://d1/assets/app.js');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await get('lectern://d1/')).status).toBe(200);
  });

  it('serves files from inside the deck under /deck/', async () => {
    const res = await get('lectern://d1/deck/img/logo.png');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    // Deck files are sandboxed: an .html or .svg in a deck can never run script as the app.
    expect(res.headers.get('content-security-policy')).toMatch(/^sandbox; default-src 'none'/);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(new Uint8Array(TINY_IMAGES.png));
    // A decompression bomb is refused from its header: the view never receives it to decode.
    expect((await get('lectern://d1/deck/img/bomb.png')).status).toBe(403);
    expect(await (await get('lectern://d1/deck/01.md')).text()).toBe('# Слайд');
    expect((await get('lectern://d1/deck/img/logo.png', 'HEAD')).status).toBe(200);
  });

  it.each([
    'lectern://d1/deck/../secret.txt',
    'lectern://d1/deck/%2e%2e/secret.txt',
    'lectern://d1/deck/..%2Fsecret.txt',
    'lectern://d1/deck/img%2F..%2F..%2Fsecret.txt',
    'lectern://d1/deck/..%5Csecret.txt',
    'lectern://d1/..%2Fsecret.txt',
    'lectern://d1/deck/leak.txt',
    'lectern://d1/deck/up/secret.txt',
    'lectern://d1/deck/missing.png',
    'lectern://d1/deck/img',
    'lectern://d1/deck/',
    'lectern://d1/deck/%00.md',
    'lectern://d1/nope.html',
    'lectern://d2/index.html',
    'lectern://d2/deck/01.md',
  ])('answers 404 for %s', async (url) => {
    const res = await get(url);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-security-policy')).toBe(APP_CSP);
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('lectern://d1/index.html', 'POST')).status).toBe(405);
  });

  it('installs the handler with protocol.handle', async () => {
    setupProtocol(() => undefined);
    const installed = protocol.handlers.get('lectern')!;
    expect((await installed(new Request('lectern://d1/index.html'))).status).toBe(404);
  });
});
