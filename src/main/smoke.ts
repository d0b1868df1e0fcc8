import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BrowserWindow, WebContents } from 'electron';
import type { DeckRegistry } from './deck-registry';
import { htmlData, waitFor } from './print-window-backend';
import { createDeckWindow, deckKeyOfWindow, listDeckWindows } from './windows';

/** The app argument `lectern present --smoke` adds (after the deck): this run is a smoke test. */
export const SMOKE_FLAG = '--lectern-smoke';

/** What the smoke run uses; the export and timings are injectable for tests. */
export interface SmokeDeps {
  registry: DeckRegistry;
  deckDir: string | null;
  /** Opens the console beside the audience window and places both (PresenterWindows.adopt). */
  adopt(audience: BrowserWindow): Promise<void>;
  /** Prints the deck to a PDF through printToPDF (exportDeckToPdf). */
  exportPdf(key: string, output: string): Promise<{ pages: number }>;
  log?: (line: string) => void;
  timeoutMs?: number;
  pollMs?: number;
}

/**
 * `lectern present --smoke <deck>`: proves on a real machine that the app works end to end.
 * Opens the deck (audience view and console), waits until both have rendered, presses Right in
 * the console and checks that both views follow to the same new position, exports the deck to
 * a PDF through printToPDF, and prints one result line. Resolves to the exit code (0 = passed).
 */
export async function runSmoke(deps: SmokeDeps): Promise<number> {
  const log = deps.log ?? ((line: string) => console.log(line));
  const pollMs = deps.pollMs ?? 100;
  const deadline = Date.now() + (deps.timeoutMs ?? 120_000);
  const started = Date.now();
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'lectern-smoke-'));
  let step = 'open the deck';
  try {
    if (!deps.deckDir) throw new Error('no deck folder given (lectern present --smoke <deck>)');
    const audience = await createDeckWindow(deps.registry, deps.deckDir, true);
    await deps.adopt(audience);
    const key = deckKeyOfWindow(deps.registry, audience)!;
    step = 'show the audience view and the console';
    const consoleWin = listDeckWindows().find((w) => w !== audience && deckKeyOfWindow(deps.registry, w) === key && w.webContents.getURL().includes('/console.html'));
    if (!consoleWin) throw new Error('the presenter console did not open');
    const views = [audience.webContents, consoleWin.webContents];
    // A view may still be navigating: its readiness then reads as not set yet.
    const data = (view: WebContents, name: string): Promise<string> => htmlData(view, name).catch(() => '');
    for (const view of views) {
      await waitFor(deadline, pollMs, 'timed out waiting for a view to render', async () => {
        const ready = await data(view, 'ready');
        if (ready === 'error') throw new Error(`${view.getURL()} could not show the deck`);
        return ready === 'true' ? true : null;
      });
    }
    step = 'move one slide';
    const hub = await deps.registry.get(key)!.runtime.presentation();
    const before = JSON.stringify(hub.snapshot().state.position);
    for (const type of ['keyDown', 'keyUp'] as const) consoleWin.webContents.sendInputEvent({ type, keyCode: 'Right' });
    const position = await waitFor(deadline, pollMs, 'timed out waiting for the slide to change after Right in the console', async () => {
      const now = hub.snapshot().state.position;
      return JSON.stringify(now) === before ? null : `${now.slide}.${now.step}`;
    });
    for (const [name, view] of [
      ['audience view', views[0]!],
      ['console', views[1]!],
    ] as const) {
      await waitFor(deadline, pollMs, `timed out waiting for the ${name} to show ${position}`, async () => ((await data(view, 'position')) === position ? true : null));
    }
    step = 'export a PDF';
    const output = path.join(tmp, 'smoke.pdf');
    const { pages } = await deps.exportPdf(key, output);
    const head = (await readFile(output)).subarray(0, 5).toString('latin1');
    if (head !== '%PDF-' || pages < 1) throw new Error(`the PDF is not valid (${pages} pages, starts with ${JSON.stringify(head)})`);
    log(`lectern smoke: PASS: audience view and console opened, both followed to ${position}, PDF of ${pages} page(s) printed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    return 0;
  } catch (err) {
    log(`lectern smoke: FAIL at "${step}": ${(err as Error).message}`);
    return 1;
  } finally {
    for (const win of listDeckWindows()) if (!win.isDestroyed()) win.destroy();
    await deps.registry.closeAll().catch(() => undefined);
    await rm(tmp, { recursive: true, force: true });
  }
}
