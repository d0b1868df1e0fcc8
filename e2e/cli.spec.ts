import { execFile, spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { exportPdf } from '../src/node/export-pdf';
import { deckOutline } from '../src/node/pdf-finalize';
import { loadDeck } from '../src/node/read-deck';
import { XSS_PAYLOADS } from './fixtures/xss/payloads';
import { FIXTURES, RENDERER_DIR, ROOT } from './support/decks';
import { pdfFonts, pdfText, readPdf } from '../test/support/pdf-inspect';

const run = promisify(execFile);
const CLI = path.join(ROOT, 'bin/lectern.mjs');

async function lectern(args: string[], env: NodeJS.ProcessEnv = process.env) {
  return run(process.execPath, [CLI, ...args], { env, encoding: 'utf8' }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}

test.describe('lectern CLI: export, check, serve, present', () => {
  test('the bundled deck becomes a 16:9 PDF with selectable Russian text, outline, metadata and embedded fonts', async () => {
    const out = path.join(await mkdtemp(path.join(os.tmpdir(), 'lectern-pdf-')), 'deck.pdf');
    const res = await lectern(['export', 'slides', '-o', out]);
    expect(res.code, res.stderr).toBe(0);
    // Offline: the exporter reports any request outside the app it had to block; none here.
    expect(res.stderr).not.toContain('Blocked');
    const check = JSON.parse((await lectern(['check', 'slides', '--json', '--no-fit'])).stdout) as { slides: { title: string }[] };
    const pdf = await readPdf(out);
    expect(pdf.pageCount).toBe(check.slides.length);
    for (const size of pdf.sizes) expect(size).toEqual({ width: 960, height: 540 });
    expect(pdf.title).toBe('Flask и Django: в чем разница?');
    expect(pdf.creator).toBe('Lectern');
    const text = pdfText(out);
    for (const words of ['Размер и сложность', 'Философия и подход', 'ORM и базы данных', 'Административная панель', 'Расширяемость', 'Flask', 'Django']) {
      expect(text).toContain(words);
    }
    // The outline is exactly one entry per section and per titled slide, each on its own page.
    const expected = deckOutline(await loadDeck(path.join(ROOT, 'slides'))).flatMap((section) => [
      { title: section.title, page: section.page, depth: 0 },
      ...section.children.map((c) => ({ title: c.title, page: c.page, depth: 1 })),
    ]);
    expect(pdf.outline).toEqual(expected);
    for (const [i, s] of check.slides.entries()) if (s.title) expect(pdf.outline.some((o) => o.page === i && (o.title === s.title || o.depth === 0))).toBe(true);
    const fonts = pdfFonts(out);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((f) => f.embedded)).toBe(true);
    expect(fonts.some((f) => f.name.includes('PTSans'))).toBe(true);
    // Only the bundled fonts: nothing may depend on what the system happens to have installed.
    expect(fonts.map((f) => f.name).filter((n) => !/PTSans|JetBrainsMono/.test(n))).toEqual([]);
  });

  test('a fixture deck keeps its links clickable, author and page order', async () => {
    const out = path.join(await mkdtemp(path.join(os.tmpdir(), 'lectern-pdf-')), 'fixture.pdf');
    const res = await lectern(['export', path.join(FIXTURES, 'basic'), '-o', out]);
    expect(res.code, res.stderr).toBe(0);
    const pdf = await readPdf(out);
    expect(pdf.pageCount).toBe(5);
    expect(pdf.author).toBe('Test Author');
    expect(pdf.links.flat()).toContain('https://flask.palletsprojects.com/');
    // A link to a deck file would point at the host that is gone after export: text only.
    expect(pdf.links.flat().filter((u) => u.includes('127.0.0.1'))).toEqual([]);
    expect(pdfText(out, 4)).toContain('файл логотипа');
    expect(pdfText(out, 1)).toContain('Первый слайд');
    expect(pdfText(out, 5)).toContain('Последний слайд');
    expect(pdfText(out)).not.toContain('Черновик');
    expect(pdfText(out)).not.toContain('Заметка ведущего');
  });

  test('with no browser it says how to get one, exits non-zero and leaves an existing file intact', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-pdf-'));
    const out = path.join(dir, 'old.pdf');
    await writeFile(out, 'previous export');
    const res = await lectern(['export', 'slides', '-o', out], { ...process.env, LECTERN_CHROME: path.join(dir, 'no-such-chrome') });
    expect(res.code).not.toBe(0);
    expect(res.stderr).toContain('LECTERN_CHROME');
    expect(res.stderr).not.toMatch(/\n\s+at /);
    expect(await readFile(out, 'utf8')).toBe('previous export');
  });

  test('exporting a hostile deck runs nothing and requests nothing outside the app', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-xss-pdf-'));
    await writeFile(path.join(dir, 'xss.md'), XSS_PAYLOADS.map((p) => `## ${p.name}\n\n${p.markdown}\n`).join('\n---\n\n'));
    const result = await exportPdf({ deckDir: dir, output: path.join(dir, 'out.pdf'), rendererDir: RENDERER_DIR });
    expect(result.blockedRequests).toEqual([]);
    expect((await readPdf(result.output)).pageCount).toBe(XSS_PAYLOADS.length);
    expect(pdfText(result.output)).not.toContain('__xss');
  });

  test('a folder that cannot take the PDF is reported in one line before any work is done', async () => {
    const res = await lectern(['export', 'slides', '-o', '/nonexistent-folder/deck.pdf']);
    expect(res.code).toBe(2);
    expect(res.stderr.trim()).toBe('lectern: cannot write /nonexistent-folder/deck.pdf: its folder does not exist or is not writable');
  });

  test('a deck with no slides: check names the problem, export refuses with one line', async () => {
    const deck = path.join(FIXTURES, 'empty');
    const check = await lectern(['check', deck]);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('error: the deck has no slides');
    const out = path.join(await mkdtemp(path.join(os.tmpdir(), 'lectern-pdf-')), 'empty.pdf');
    const res = await lectern(['export', deck, '-o', out]);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('the deck has no slides to export');
    expect(res.stderr).not.toMatch(/\n\s+at /);
  });

  test('serve prints an address that serves the deck, and stops cleanly on Ctrl+C', async () => {
    const child = spawn(process.execPath, [CLI, 'serve', path.join(FIXTURES, 'basic')], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, LECTERN_DATA_DIR: path.join(os.tmpdir(), 'lectern-cli-serve-data') },
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    await expect.poll(() => /http:\/\/127\.0\.0\.1:\d+\/\?t=[\w-]+/.exec(out)?.[0], { timeout: 15_000 }).toBeTruthy();
    const url = /http:\/\/127\.0\.0\.1:\d+\/\?t=[\w-]+/.exec(out)![0];
    const page = await fetch(url);
    expect(page.status).toBe(200);
    const cookie = page.headers.get('set-cookie')!.split(';')[0]!;
    const key = new URL(url).searchParams.get('t')!;
    const origin = new URL(url).origin;
    const loaded = await fetch(new URL('/api/op/loadDeck', url), {
      method: 'POST',
      headers: { cookie, Origin: origin, 'Content-Type': 'application/json', 'X-Lectern-Key': key },
      body: '{"args":[]}',
    });
    const deck = (await loaded.json()) as { value: { deck: { config: { title: string } } } };
    expect(deck.value.deck.config.title).toBe('Fixture deck');
    // The presenter console is the second view of the same talk.
    const consoleUrl = /http:\/\/127\.0\.0\.1:\d+\/console\.html\?t=[\w-]+/.exec(out)![0];
    expect((await fetch(consoleUrl)).status).toBe(200);
    const exportUrl = /http:\/\/127\.0\.0\.1:\d+\/export\.html\?t=[\w-]+/.exec(out)![0];
    expect(await (await fetch(exportUrl)).text()).toContain('id="range"'); // the Export dialog (its title is set in the UI language)
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
  });

  test('present without an Electron binary explains what to use instead', async () => {
    const res = await lectern(['present', 'slides'], { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent-electron' });
    expect(res.code).toBe(3);
    expect(res.stderr).toContain('No Electron binary');
    expect(res.stderr).toContain('lectern serve');
    expect(res.stderr).toContain('lectern export');
  });

  test('check reports problems with file and line and exits 1 on errors', async () => {
    const res = await lectern(['check', path.join(FIXTURES, 'broken')]);
    expect(res.code).toBe(1);
    expect(res.stdout).toMatch(/1-bad-yaml\.md:2(:\d+)? error: invalid YAML/);
    expect(res.stdout).toMatch(/2-refs\.md:5 error: `\.\.\/\.\.\/secret\.png` points outside the deck/);
    expect(res.stdout).toMatch(/2-refs\.md:\d+ warning: `img\/nope\.png` is missing/);
    expect(res.stdout).toMatch(/deck\.yaml:2 warning: unknown setting `colour`/);
    const json = JSON.parse((await lectern(['check', path.join(FIXTURES, 'broken'), '--json'])).stdout);
    expect(json.errors).toBeGreaterThan(0);
    expect(json.slides.map((s: { title: string }) => s.title)).toContain('After an empty slide');
  });
});
