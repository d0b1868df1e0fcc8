import { execFileSync } from 'node:child_process';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { answerFileRequest, relativePathOf } from './file-server';
import { useTempDirs } from './test-support/temp-dir';

const tempDir = useTempDirs();

async function folders() {
  const root = await tempDir();
  const renderer = path.join(root, 'renderer');
  const deck = path.join(root, 'deck');
  await mkdir(renderer);
  await mkdir(path.join(deck, 'img'), { recursive: true });
  await writeFile(path.join(renderer, 'index.html'), '<!doctype html>');
  await writeFile(path.join(deck, 'notes.txt'), 'привет');
  await writeFile(path.join(root, 'secret.txt'), 'outside');
  await symlink(path.join(root, 'secret.txt'), path.join(deck, 'leak.txt'));
  return { root, renderer, deck };
}

describe('the one file server of both hosts', () => {
  it('streams app pages and deck files with their headers', async () => {
    const { renderer, deck } = await folders();
    const page = await answerFileRequest(renderer, deck, '/');
    expect(page.status).toBe(200);
    if (page.status !== 200) return;
    expect(page.headers['Content-Security-Policy']).toContain("script-src 'self'");
    expect(await text(page.open())).toBe('<!doctype html>');
    const file = await answerFileRequest(renderer, deck, '/deck/notes.txt');
    if (file.status !== 200) throw new Error(file.text);
    expect(file.headers['Content-Security-Policy']).toMatch(/^sandbox/);
    expect(file.headers['Content-Length']).toBe(String(Buffer.byteLength('привет')));
    expect(await text(file.open())).toBe('привет');
  });

  it('refuses what lies outside, smuggled separators and links out of the deck', async () => {
    const { renderer, deck } = await folders();
    for (const p of ['/deck/leak.txt', '/deck/..%2fsecret.txt', '/deck/%2e%2e/secret.txt', '/../secret.txt', '/deck/%E0%A4%A']) {
      expect((await answerFileRequest(renderer, deck, p)).status).toBe(404);
    }
    expect(relativePathOf('/deck/a%5Cb')).toBeNull();
  });

  it('never blocks on a FIFO planted in the deck: it is not a regular file', async () => {
    const { renderer, deck } = await folders();
    execFileSync('mkfifo', [path.join(deck, 'img', 'pipe.png')]);
    const started = Date.now();
    const answer = await answerFileRequest(renderer, deck, '/deck/img/pipe.png');
    expect(answer.status).toBe(404);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('refuses a file larger than the cap without reading it', async () => {
    const { renderer, deck } = await folders();
    const big = path.join(deck, 'huge.mp4');
    await writeFile(big, '');
    execFileSync('truncate', ['-s', `${1024 * 1024 * 1024 + 1}`, big]);
    const answer = await answerFileRequest(renderer, deck, '/deck/huge.mp4');
    expect(answer.status).toBe(413);
  });
});
