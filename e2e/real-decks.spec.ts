import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { chromium, expect, test, type Browser } from '@playwright/test';
import { DEFAULT_PRINT_OPTIONS } from '../src/core/print-plan';
import { startBrowserHost } from '../src/node/browser-host';
import { printQuery } from '../src/core/print-query';
import { CORPUS, RAW_SYNTAX } from './fixtures/real-decks/corpus';
import { chromiumLaunchOptions } from './support/browser';
import { RENDERER_DIR, ROOT } from './support/decks';

/**
 * The real-deck corpus printed as PDF (the `slides` layout, through the same print page as
 * `lectern export`), all decks in one Chromium: one page per slide the source tool shows, no
 * raw dialect syntax in the text `pdftotext` extracts (except where the deck shows it as code),
 * the expected words on their pages, and `lectern check` exit 0. Slide counts and notes are checked without a browser
 * in src/node/real-decks.test.ts.
 */

const run = promisify(execFile);
const DECKS = path.join(ROOT, 'e2e/fixtures/real-decks');

test.describe.configure({ mode: 'default', timeout: 300_000 });

let browser: Browser;
let work: string;
test.beforeAll(async () => {
  browser = await chromium.launch(chromiumLaunchOptions());
  work = await mkdtemp(path.join(os.tmpdir(), 'lectern-real-decks-'));
});
test.afterAll(async () => {
  await browser?.close();
  await rm(work, { recursive: true, force: true });
});

/** Code in a deck's source files (fenced blocks and inline spans): raw syntax may appear there as text. */
/** Inline code spans of the deck's Markdown (`v-click` written as code is content, not raw syntax). */
async function inlineCodeOf(deckPath: string): Promise<string[]> {
  const dir = deckPath.endsWith('.md') ? path.dirname(deckPath) : deckPath;
  const { stdout } = await run('find', [dir, '-name', '*.md']);
  const texts = await Promise.all(
    stdout
      .split('\n')
      .filter(Boolean)
      .map((f) => readFile(f, 'utf8')),
  );
  return texts.flatMap((t) => [...t.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!)).filter((span) => span.trim().length > 2);
}

async function codeOf(deckPath: string): Promise<string> {
  const dir = deckPath.endsWith('.md') ? path.dirname(deckPath) : deckPath;
  const { stdout } = await run('find', [dir, '-name', '*.md']);
  const texts = await Promise.all(
    stdout
      .split('\n')
      .filter(Boolean)
      .map((f) => readFile(f, 'utf8')),
  );
  return texts.map((t) => [...t.matchAll(/^ {0,3}(`{3,}|~{3,})[^\n]*\n([\s\S]*?)^ {0,3}\1/gm)].map((m) => m[2]).join('\n') + [...t.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]).join('\n')).join('\n');
}

for (const c of CORPUS) {
  test(`${c.id} (${c.tool}) prints ${c.slides} pages with nothing raw`, async () => {
    const deckPath = path.join(DECKS, c.id, c.open);
    // `lectern check` on the deck as a user runs it exits 0 (warnings allowed).
    const check = await run(process.execPath, [path.join(ROOT, 'bin/lectern.mjs'), 'check', deckPath], { encoding: 'utf8' }).then(
      () => 0,
      (e: { code: number }) => e.code,
    );
    expect(check).toBe(0);
    const host = await startBrowserHost({ deckDir: deckPath, rendererDir: RENDERER_DIR, dataDir: work });
    const page = await browser.newPage();
    try {
      await page.goto(`${host.pageUrl('print.html')}&${printQuery(DEFAULT_PRINT_OPTIONS, 0, 500)}`);
      await page.waitForFunction(() => ['true', 'error'].includes(document.documentElement.dataset.ready ?? ''), undefined, { timeout: 120_000 });
      expect(await page.evaluate(() => document.documentElement.dataset.error ?? '')).toBe('');
      const pdf = await page.pdf({ width: '1280px', height: '720px', printBackground: true, preferCSSPageSize: true, margin: { top: '0', right: '0', bottom: '0', left: '0' } });
      const file = path.join(work, `${c.id}.pdf`);
      await writeFile(file, pdf);
      const { stdout } = await run('pdftotext', ['-layout', file, '-']);
      const pages = stdout.split('\f').slice(0, -1);
      expect(pages).toHaveLength(c.slides);
      // Compared on printable ASCII only: glyphs no installed font has (CJK here) are missing from the text.
      const ascii = (s: string): string => s.replace(/[^\x21-\x7e]/g, '');
      const code = ascii(await codeOf(deckPath));
      const spans = await inlineCodeOf(deckPath);
      for (const line of stdout.split('\n')) {
        const shown = spans.reduce((rest, span) => rest.split(span).join(' '), line).trim();
        if (!shown || code.includes(ascii(shown))) continue;
        for (const re of RAW_SYNTAX) expect(shown, `${c.id}: raw syntax on a page`).not.toMatch(re);
      }
      for (const [i, words] of Object.entries(c.text ?? {})) expect(pages[Number(i)]!.replace(/\s+/g, ' ')).toContain(words);
    } finally {
      await page.close();
      await host.close();
    }
  });
}
