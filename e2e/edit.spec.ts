import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startBrowserHost } from '../src/node/browser-host';
import { RENDERER_DIR, ROOT } from './support/decks';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

async function makeDeck(files: Record<string, string | Buffer>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-edit-e2e-'));
  for (const [name, data] of Object.entries(files)) await writeFile(path.join(dir, name), data);
  return dir;
}

/** A watching host on a deck, with its own data folder for drafts. */
async function serve(files: Record<string, string | Buffer>) {
  const deckDir = await makeDeck(files);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'lectern-edit-data-'));
  const host = await startBrowserHost({ deckDir, rendererDir: RENDERER_DIR, watch: true, dataDir });
  return {
    host,
    deckDir,
    dispose: async () => {
      await host.close();
      await rm(deckDir, { recursive: true, force: true });
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

async function openEditor(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
}

/** Puts the cursor at the end of 1-based `line` in the editor (CodeMirror lives in a shadow root; locators pierce it). */
async function cursorToLineEnd(page: Page, line: number): Promise<void> {
  await page
    .locator('.cm-line')
    .nth(line - 1)
    .click();
  await page.keyboard.press('End');
}

test('typing updates the preview at once; save writes exactly the typed bytes; no CSP violation', async ({ page }) => {
  const original = Buffer.concat([BOM, Buffer.from('# Привет\r\n\r\nТекст\r\n\r\nNote: заметка\r\n\r\n---\r\n\r\n# Второй\r\n')]);
  const { host, deckDir, dispose } = await serve({ '01-intro.md': original, '02-end.md': '# Конец\n' });
  const csp: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) csp.push(m.text());
  });
  try {
    await openEditor(page, host.pageUrl('edit.html'));
    // CodeMirror's own CSS reached its shadow root (constructed sheets): the editor is laid out.
    expect(await page.locator('.cm-editor').evaluate((e) => getComputedStyle(e).display)).toBe('flex');
    await expect(page.locator('.preview-box h1')).toHaveText('Привет');
    await expect(page.locator('.preview-notes')).toContainText('заметка');
    await cursorToLineEnd(page, 1);
    await page.keyboard.type('!');
    await expect(page.locator('.preview-box h1')).toHaveText('Привет!');
    await expect(page.locator('#file-status')).toHaveText(/Unsaved|несохранённые/);
    // The cursor on the second slide previews that slide.
    await cursorToLineEnd(page, 9);
    await expect(page.locator('.preview-box h1')).toHaveText('Второй');
    await page.keyboard.press('Control+s');
    await expect(page.locator('#file-status')).toHaveText(/Saved|Сохранено/);
    const expected = Buffer.concat([BOM, Buffer.from('# Привет!\r\n\r\nТекст\r\n\r\nNote: заметка\r\n\r\n---\r\n\r\n# Второй\r\n')]);
    expect((await readFile(path.join(deckDir, '01-intro.md'))).equals(expected)).toBe(true);
    // Our own save causes no conflict and no reload banner.
    await page.waitForTimeout(500);
    await expect(page.locator('.banner.conflict')).toHaveCount(0);
    // Clicking the preview puts the cursor at the slide's first line.
    await cursorToLineEnd(page, 1);
    await expect(page.locator('.preview-box h1')).toHaveText('Привет!');
    await page.locator('.slides-of-file li').nth(1).click();
    await expect(page.locator('.preview-box h1')).toHaveText('Второй');
    expect(csp).toEqual([]);
  } finally {
    await dispose();
  }
});

test('an external save while dirty shows the conflict and loses neither side', async ({ page }) => {
  const { host, deckDir, dispose } = await serve({ '01-a.md': '# A\n\ntext\n' });
  try {
    await openEditor(page, host.pageUrl('edit.html'));
    await cursorToLineEnd(page, 3);
    await page.keyboard.type(' mine');
    await writeFile(path.join(deckDir, '01-a.md'), '# A\n\ntext theirs\n');
    await expect(page.locator('.banner.conflict')).toBeVisible();
    await page.locator('.banner.conflict button.compare').click();
    await expect(page.locator('.compare-lines .mine')).toHaveText('+ text mine');
    await expect(page.locator('.compare-lines .theirs')).toHaveText('− text theirs');
    // Their text is still on disk; mine still in the editor.
    expect(await readFile(path.join(deckDir, '01-a.md'), 'utf8')).toBe('# A\n\ntext theirs\n');
    await expect(page.locator('.cm-line').nth(2)).toHaveText('text mine');
    await page.locator('.banner.conflict button.keep-mine').click();
    await page.keyboard.press('Control+s');
    await expect(page.locator('#file-status')).toHaveText(/Saved|Сохранено/);
    expect(await readFile(path.join(deckDir, '01-a.md'), 'utf8')).toBe('# A\n\ntext mine\n');
  } finally {
    await dispose();
  }
});

test('a clean file reloads silently on an external save; a deleted file keeps its text and Save recreates it', async ({ page }) => {
  const { host, deckDir, dispose } = await serve({ '01-a.md': '# A\n' });
  try {
    await openEditor(page, host.pageUrl('edit.html'));
    await writeFile(path.join(deckDir, '01-a.md'), '# From vim\n');
    await expect(page.locator('.cm-line').first()).toHaveText('# From vim');
    await expect(page.locator('.preview-box h1')).toHaveText('From vim');
    await expect(page.locator('.banner.conflict')).toHaveCount(0);
    await rm(path.join(deckDir, '01-a.md'));
    await expect(page.locator('.banner.deleted')).toBeVisible();
    await expect(page.locator('.cm-line').first()).toHaveText('# From vim');
    await page.locator('#save').click();
    await expect(page.locator('#file-status')).toHaveText(/Saved|Сохранено/);
    expect(await readFile(path.join(deckDir, '01-a.md'), 'utf8')).toBe('# From vim\n');
  } finally {
    await dispose();
  }
});

/** Starts `lectern serve` as a child process; resolves with it and the URL it prints. */
function startServe(deckDir: string, dataDir: string, port?: number): Promise<{ child: ChildProcess; url: string }> {
  const args = [path.join(ROOT, 'bin/lectern.mjs'), 'serve', deckDir, ...(port ? ['--port', String(port)] : [])];
  const child = spawn(process.execPath, args, { env: { ...process.env, LECTERN_DATA_DIR: dataDir }, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const url = /http:\/\/127\.0\.0\.1:\d+\/\?t=[\w-]+/.exec(out)?.[0];
      if (url) resolve({ child, url });
    });
    child.once('exit', (code) => reject(new Error(`lectern serve exited (${code}): ${out}`)));
  });
}

test('killed after typing: the next start offers the draft and restores it exactly', async ({ page }) => {
  const deckDir = await makeDeck({ '01-a.md': '# A\n\ntext\n' });
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'lectern-edit-data-'));
  let child: ChildProcess | null = null;
  try {
    const first = await startServe(deckDir, dataDir);
    child = first.child;
    const editUrl = (u: string) => u.replace('/?t=', '/edit.html?t=');
    await openEditor(page, editUrl(first.url));
    await cursorToLineEnd(page, 3);
    await page.keyboard.type(' и ещё 😀');
    // The draft is written about a second after typing stops.
    await expect
      .poll(
        async () =>
          (await import('node:fs/promises')).readdir(path.join(dataDir, 'drafts')).then(
            async (dirs) => {
              for (const d of dirs) if ((await (await import('node:fs/promises')).readdir(path.join(dataDir, 'drafts', d))).some((f) => f.endsWith('.json'))) return true;
              return false;
            },
            () => false,
          ),
        { timeout: 5000 },
      )
      .toBe(true);
    child.kill('SIGKILL');
    await new Promise((r) => child!.once('exit', r));
    expect(await readFile(path.join(deckDir, '01-a.md'), 'utf8')).toBe('# A\n\ntext\n');
    const second = await startServe(deckDir, dataDir);
    child = second.child;
    // The next start: the presenter console (never the projector) says drafts are waiting and opens the editor.
    await page.goto(second.url.replace('/?t=', '/console.html?t='));
    await page.locator('#lectern-drafts button', { hasText: /Open the editor|Открыть редактор/ }).click();
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    const offer = page.locator('.banner.draft');
    await expect(offer).toContainText('01-a.md');
    await offer.locator('button.restore').click();
    await expect(page.locator('.cm-line').nth(2)).toHaveText('text и ещё 😀');
    await expect(page.locator('#file-status')).toHaveText(/Unsaved|несохранённые/);
    await page.keyboard.press('Control+s');
    await expect(page.locator('#file-status')).toHaveText(/Saved|Сохранено/);
    expect(await readFile(path.join(deckDir, '01-a.md'), 'utf8')).toBe('# A\n\ntext и ещё 😀\n');
  } finally {
    child?.kill('SIGKILL');
    await rm(deckDir, { recursive: true, force: true });
    await rm(dataDir, { recursive: true, force: true });
  }
});

test('E in the audience view opens the editor at that slide; problems are underlined and listed with file and line', async ({ browser }) => {
  const { host, dispose } = await serve({ '01-a.md': '# One\n', '02-b.md': '---\ntitle: B\ncolour: red\n---\n# Two\n\n![x](missing.png)\n\n---\n\n# Three\n' });
  // A window smaller than its display: E works. (Filling the display, as on a projector, it does not.)
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, screen: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  try {
    const projector = await browser.newPage({ viewport: { width: 1280, height: 720 }, screen: { width: 1280, height: 720 } });
    await projector.goto(host.url);
    await expect(projector.locator('html')).toHaveAttribute('data-ready', 'true');
    await projector.keyboard.press('e');
    await projector.waitForTimeout(300);
    expect(projector.url()).not.toMatch(/edit\.html/);
    await projector.close();
    await page.goto(host.url);
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    for (const title of ['Two', 'Three']) {
      await page.keyboard.press('ArrowRight');
      await expect(page.locator('.reveal .slides > section.present h1')).toHaveText(title);
    }
    await page.keyboard.press('e');
    await expect(page).toHaveURL(/edit\.html/);
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    await expect(page.locator('#file-name')).toHaveText('02-b.md');
    await expect(page.locator('.preview-box h1')).toHaveText('Three');
    await expect(page.locator('.cm-activeLine')).toHaveText('# Three');
    // Same checks as `lectern check`: unknown front-matter key (live) and a missing image (from the host).
    await expect(page.locator('#problems li[data-code="front-matter-unknown-key"]')).toHaveText(/^02-b\.md:3 warning: unknown front-matter key `colour`/);
    await expect(page.locator('#problems li[data-code="asset-missing"]')).toHaveText(/^02-b\.md:7 warning: `missing\.png` is missing/);
    await expect(page.locator('.cm-lintRange-warning')).toHaveCount(2);
    // Fixing the key in the editor clears its problem at once, before any save.
    await page.locator('.cm-line').nth(2).click();
    await page.keyboard.press('Home');
    await page.keyboard.press('Shift+End');
    await page.keyboard.type('duration: 2m');
    await expect(page.locator('#problems li[data-code="front-matter-unknown-key"]')).toHaveCount(0);
    // A slide whose content is taller than the slide is reported at the slide's line.
    await page.locator('.cm-line').last().click();
    await page.keyboard.press('End');
    await page.keyboard.insertText(Array.from({ length: 30 }, (_, i) => `\n- point ${i}`).join(''));
    await expect(page.locator('.preview-box h1')).toHaveText('Three');
    await expect(page.locator('#problems li[data-code="slide-overflow"]')).toHaveText(/^02-b\.md:10 warning: /);
  } finally {
    await context.close();
    await dispose();
  }
});

test('the sidebar adds, renames, reorders (renaming prefixes) and deletes files into the deck trash', async ({ page }) => {
  const { host, deckDir, dispose } = await serve({ '1-a.md': '# A\n', '2-b.md': '# B\n' });
  const names = async () => (await import('node:fs/promises')).readdir(deckDir).then((n) => n.filter((x) => !x.startsWith('.')).sort());
  try {
    await openEditor(page, host.pageUrl('edit.html'));
    await page.locator('button.new-file').click();
    await page.locator('.name-field').fill('3-c');
    await page.locator('.name-field').press('Enter');
    await expect(page.locator('#file-name')).toHaveText('3-c.md');
    expect(await names()).toEqual(['1-a.md', '2-b.md', '3-c.md']);
    await page.keyboard.type('# C');
    await page.keyboard.press('Control+s');
    await expect(page.locator('#file-status')).toHaveText(/Saved|Сохранено/);
    await page.locator('li.file[data-id="3-c.md"] .name').dblclick();
    await page.locator('.name-field').fill('3-see.md');
    await page.locator('.name-field').press('Enter');
    await expect(page.locator('li.file[data-id="3-see.md"]')).toBeVisible();
    // Let the watcher's events for the rename arrive (each rebuilds the list) before dragging.
    await page.waitForTimeout(400);
    await page.locator('li.file[data-id="3-see.md"]').dragTo(page.locator('li.file[data-id="1-a.md"]'));
    await expect.poll(names).toEqual(['01-see.md', '02-a.md', '03-b.md']);
    await expect(page.locator('#file-name')).toHaveText('01-see.md');
    expect(await readFile(path.join(deckDir, '01-see.md'), 'utf8')).toBe('# C');
    // Our own renames are not mistaken for the file being deleted or changed elsewhere.
    await page.waitForTimeout(400);
    await expect(page.locator('.banner.deleted, .banner.conflict')).toHaveCount(0);
    await expect(page.locator('#file-status')).toHaveText(/Saved|Сохранено/);
    await page.locator('li.file[data-id="03-b.md"]').hover();
    await page.locator('li.file[data-id="03-b.md"] .trash').click();
    await page.locator('li.file[data-id="03-b.md"] .trash').click();
    await expect(page.locator('li.file[data-id="03-b.md"]')).toHaveCount(0);
    expect(await names()).toEqual(['01-see.md', '02-a.md']);
    const trash = await (await import('node:fs/promises')).readdir(path.join(deckDir, '.lectern', 'trash'));
    expect(trash).toEqual([expect.stringMatching(/-03-b\.md$/)]);
  } finally {
    await dispose();
  }
});

test('a read-only file: the save is refused with the reason, the file stays byte-identical, Save as writes a copy', async ({ page }) => {
  const { host, deckDir, dispose } = await serve({ '01-a.md': '# A\r\n' });
  try {
    await (await import('node:fs/promises')).chmod(path.join(deckDir, '01-a.md'), 0o444);
    await openEditor(page, host.pageUrl('edit.html'));
    await cursorToLineEnd(page, 1);
    await page.keyboard.type(' edited');
    await page.keyboard.press('Control+s');
    await expect(page.locator('.banner.error')).toContainText('01-a.md: the file or its folder is read-only');
    expect(await readFile(path.join(deckDir, '01-a.md'), 'utf8')).toBe('# A\r\n');
    await expect(page.locator('.save-as-name')).toHaveValue('01-a-copy.md');
    await page.locator('.banner.error button.save-as').click();
    await expect(page.locator('#file-name')).toHaveText('01-a-copy.md');
    await expect(page.locator('#file-status')).toHaveText(/Saved|Сохранено/);
    // The copy keeps the original's format (CRLF here).
    expect(await readFile(path.join(deckDir, '01-a-copy.md'), 'utf8')).toBe('# A edited\r\n');
  } finally {
    await dispose();
  }
});

test('search and replace, and undo history kept per file across switching files', async ({ page }) => {
  const { host, dispose } = await serve({ '01-a.md': '# Alpha\n\nword word\n', '02-b.md': '# Beta\n' });
  try {
    await openEditor(page, host.pageUrl('edit.html'));
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+f');
    await page.locator('.cm-search input[name="search"]').fill('word');
    await page.locator('.cm-search input[name="replace"]').fill('слово');
    await page.locator('.cm-search button[name="replaceAll"]').click();
    await expect(page.locator('.cm-line').nth(2)).toHaveText('слово слово');
    await expect(page.locator('.preview-box p')).toHaveText('слово слово');
    // Another file, then back: the first file's undo history is still there.
    await page.locator('li.file[data-id="02-b.md"]').click();
    await expect(page.locator('.preview-box h1')).toHaveText('Beta');
    await page.locator('li.file[data-id="01-a.md"]').click();
    await expect(page.locator('.cm-line').nth(2)).toHaveText('слово слово');
    // Undo goes to the editor, as it does for a user who clicks into the text first.
    await page.locator('.cm-content').focus();
    await page.keyboard.press('Control+z');
    await expect(page.locator('.cm-line').nth(2)).toHaveText('word word');
    await expect(page.locator('#file-status')).toHaveText(/^(Saved|Сохранено)$/);
  } finally {
    await dispose();
  }
});
