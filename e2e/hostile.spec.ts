import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Page } from '@playwright/test';
import type { CheckReport } from '../src/cli/check-report';
import { startBrowserHost, type BrowserHost } from '../src/node/browser-host';
import { readPdf } from '../test/support/pdf-inspect';
import { hashTree, HOSTILE_CASES, PWNED_FILE, unlockHostileCorpus, writeHostileCorpus, type HostileCase } from '../test/support/hostile-corpus';
import { formatCorpusTable, replaceCorpusTable, type CorpusRow } from './support/corpus-table';
import { RENDERER_DIR, ROOT } from './support/decks';

/**
 * Every case of the hostile corpus through the real command line: `lectern check` and
 * `lectern export` name the file, exit with a sensible code and never print a stack trace; the
 * corpus is byte-identical afterwards and no payload ran. The table in docs/hostile-input.md is
 * made from this run (`LECTERN_UPDATE_TABLE=1` rewrites it; otherwise the test fails when it is stale).
 */

const run = promisify(execFile);
const CLI = path.join(ROOT, 'bin/lectern.mjs');
const AS_ROOT = process.getuid?.() === 0;
/** A stack frame line as Node prints it: the thing a user must never see. */
const STACK = /^\s+at .+(:\d+:\d+\)?|\(native\))$/m;

test.describe.configure({ mode: 'default', timeout: 600_000 });

let root: string;
let out: string;
let dirs: Map<string, string>;
let before: string;
const rows = new Map<string, CorpusRow>();

/** Runs the CLI; as root, the permission case runs in a user namespace where file modes apply. */
async function lectern(args: string[], c: HostileCase): Promise<{ code: number; stdout: string; stderr: string }> {
  const [cmd, argv] = c.needsUnprivileged && AS_ROOT ? ['unshare', ['--user', process.execPath, CLI, ...args]] : [process.execPath, [CLI, ...args]];
  return run(cmd, argv, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 480_000 }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}

test.beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'lectern-corpus-'));
  out = await mkdtemp(path.join(os.tmpdir(), 'lectern-corpus-out-'));
  dirs = await writeHostileCorpus(root);
  before = await hashTree(root);
});

test.afterAll(async () => {
  await unlockHostileCorpus(root);
  await rm(root, { recursive: true, force: true });
  await rm(out, { recursive: true, force: true });
});

for (const c of HOSTILE_CASES) {
  test(`corpus ${c.id}: check and export name the file, no stack trace`, async () => {
    const dir = dirs.get(c.id)!;
    // --no-fit: these cases test reading, not layout; laying a huge file out in Chromium takes minutes (e2e/fit.spec.ts tests fit).
    const check = await lectern(['check', dir, '--json', '--no-fit'], c);
    expect(check.stderr).not.toMatch(STACK);
    const report = JSON.parse(check.stdout) as CheckReport;
    for (const p of c.problems) expect(report.diagnostics).toContainEqual(expect.objectContaining({ ...p }));
    expect(check.code).toBe(report.errors ? 1 : 0);
    const text = await lectern(['check', dir, '--no-fit'], c);
    expect(text.stdout + text.stderr).not.toMatch(STACK);
    for (const p of c.problems) expect(text.stdout).toContain(`${p.file}${p.line ? `:${p.line}` : ''}`);

    if (c.skipExport) {
      rows.set(c.id, { id: c.id, title: c.title, report, exportCode: null, pages: 0, note: c.skipExport });
      return;
    }
    const pdf = path.join(out, `${c.id}.pdf`);
    const exported = await lectern(['export', dir, '-o', pdf], c);
    expect(exported.stdout + exported.stderr).not.toMatch(STACK);
    if (report.slides.length) {
      expect(exported.code, exported.stderr).toBe(0);
      expect((await readPdf(pdf)).pageCount).toBe(report.slides.length);
      // Problems are printed during export too, each with its file.
      for (const p of c.problems.filter((x) => x.severity !== 'info')) expect(exported.stderr).toContain(p.file);
      expect(exported.stderr).not.toContain('Blocked');
    } else {
      expect(exported.code).toBe(2);
      expect(exported.stderr).toMatch(/^lectern: .*no slides/m);
      expect(existsSync(pdf)).toBe(false);
    }
    rows.set(c.id, { id: c.id, title: c.title, report, exportCode: exported.code, pages: report.slides.length ? (await readPdf(pdf)).pageCount : 0 });
  });
}

test('corpus: nothing on disk changed, nothing ran, and the table in docs/hostile-input.md is this run', async () => {
  test.skip(rows.size !== HOSTILE_CASES.length, 'runs after every corpus case passed');
  const unchanged = (await hashTree(root)) === before;
  const ran = [root, ...dirs.values(), ROOT, out].some((d) => existsSync(path.join(d, PWNED_FILE)));
  expect(unchanged).toBe(true);
  expect(ran).toBe(false);
  const table = formatCorpusTable(
    HOSTILE_CASES.map((c) => rows.get(c.id)!),
    { unchanged, ran },
  );
  const docPath = path.join(ROOT, 'docs/hostile-input.md');
  const doc = await readFile(docPath, 'utf8');
  const updated = replaceCorpusTable(doc, table);
  if (process.env.LECTERN_UPDATE_TABLE) await writeFile(docPath, updated);
  else expect(updated, 'The corpus table in docs/hostile-input.md is stale: run LECTERN_UPDATE_TABLE=1 npx playwright test e2e/hostile.spec.ts').toBe(doc);
});

/** Opens a corpus deck in the audience view through a browser host, runs `check`, closes the host. */
async function inView(page: Page, id: string, check: (host: BrowserHost) => Promise<void>, { whole = true } = {}): Promise<void> {
  const host = await startBrowserHost({ deckDir: dirs.get(id)!, rendererDir: RENDERER_DIR });
  try {
    await page.goto(host.url);
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true', { timeout: 120_000 });
    // A large deck first shows its first files (data-loading); most checks are about all of it.
    if (whole) await expect(page.locator('html')).not.toHaveAttribute('data-loading', /.*/, { timeout: 120_000 });
    await check(host);
  } finally {
    await host.close();
  }
}

test('the views show placeholders, "too complex" slides and the guessed encoding, and load nothing refused', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await inView(page, 'images', async (host) => {
    const placeholders = page.locator('.lectern-image-placeholder');
    await expect(placeholders).toHaveText(['Image not shown: img/missing.png', 'Image not shown: img/corrupt.png', 'Image not shown: img/bomb.png', 'Image not shown: img/bomb.jpg']);
    // The scripted SVG is an <img>: shown, never run.
    await expect(page.locator('img[src*="scripted.svg"]')).toHaveJSProperty('complete', true);
    expect(await page.evaluate(() => !!(window as unknown as { __xss?: unknown }).__xss)).toBe(false);
    expect(requests.filter((u) => /bomb|corrupt|missing|evil/.test(u))).toEqual([]);
    // Problems are the presenter's: the console lists them, the projector never does.
    await expect(page.locator('#lectern-problems')).toHaveCount(0);
    await page.goto(host.pageUrl('console.html'));
    await expect(page.locator('#lectern-problems')).toContainText('img/bomb.png');
    // Direct requests for a bomb are refused by the host too.
    expect((await page.request.get(`${host.origin}deck/img/bomb.png`)).status()).toBe(403);
  });
  await inView(page, 'pathological', async () => {
    await expect(page.locator('.lectern-too-complex')).toHaveText(['01-quotes.md', '02-deep-list.md', '03-storm.md'].map((f) => `This slide is too complex to render (${f}, line 1)`));
    await expect(page.locator('.reveal .slides')).toContainText('Unclosed comment');
  });
  await inView(page, 'windows-1251', async (host) => {
    await expect(page.locator('.reveal .slides')).toContainText('Введение');
    await page.goto(host.pageUrl('console.html'));
    await expect(page.locator('#lectern-problems')).toContainText('01-cp1251.md');
    await expect(page.locator('#lectern-problems')).toContainText('Windows-1251');
  });
});

test('a 10,000-slide deck and a 10 MB file open in the audience view', async ({ page }) => {
  for (const id of ['many-slides', 'huge-file']) {
    const started = Date.now();
    await inView(
      page,
      id,
      async () => {
        const part = (await page.locator('html').getAttribute('data-loading')) !== null;
        console.log(`${id}: first slide shown after ${Date.now() - started} ms${part ? ' while the rest was loading' : ''} (informational)`);
        // A large deck may first show its first slides (data-loading); the rest follows as a reload.
        await expect(page.locator('html')).toHaveAttribute('data-slide-count', String(HOSTILE_CASES.find((c) => c.id === id)!.slideCount!), { timeout: 60_000 });
        await expect(page.locator('html')).not.toHaveAttribute('data-loading', /.*/);
        // Only a window around the current slide is rendered, however large the deck.
        expect(await page.locator('.reveal .slides > section').count()).toBeLessThanOrEqual(25);
        // Keys act once the page knows the presentation's position (it follows the deck on the same stream).
        await expect(page.locator('html')).toHaveAttribute('data-position', /\d/);
        await page.keyboard.press('End');
        await expect(page.locator('.reveal .slides > section.present')).toContainText(id === 'many-slides' ? 'Slide 100.100' : 'Big 1000');
      },
      { whole: false },
    );
  }
});
