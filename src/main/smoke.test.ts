import { writeFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppRegistry } from './app-registry';
import type { DeckRegistry } from './deck-registry';
import { PresenterWindows } from './presenter-windows';
import { runSmoke, SMOKE_FLAG } from './smoke';
import { FakeBrowserWindow, resetElectronMock, screen } from '../../test/support/electron-mock';
import { makeFixtureDeck } from '../../test/support/fixture-deck';
import { DEFAULT_SETTINGS } from '../core/settings';

vi.mock('electron', () => import('../../test/support/electron-mock'));

const laptop = { id: 1, internal: true, bounds: { x: 0, y: 0, width: 1440, height: 900 }, workArea: { x: 0, y: 25, width: 1440, height: 875 } };

let fixture: Awaited<ReturnType<typeof makeFixtureDeck>>;
let registry: DeckRegistry;
let lines: string[];

/**
 * Makes every new fake window behave like a rendered Lectern view: ready once loaded, showing
 * the hub's position unless `lagging`, and Right in the console dispatching `next` to the hub.
 */
function renderViews(options: { lagging?: 'index.html' | 'console.html'; deafConsole?: boolean } = {}): void {
  const original = FakeBrowserWindow.prototype.setTitle;
  vi.spyOn(FakeBrowserWindow.prototype, 'setTitle').mockImplementation(function (this: FakeBrowserWindow, title: string) {
    original.call(this, title);
    const contents = this.webContents;
    contents.executeJavaScript.mockImplementation(async (code: string) => {
      const entry = registry.get('d1');
      if (code.includes('dataset.ready')) return contents.url ? 'true' : '';
      const p = (await entry!.runtime.presentation()).snapshot().state.position;
      const lag = options.lagging && contents.url.endsWith(options.lagging);
      return lag ? '0.0' : `${p.slide}.${p.step}`;
    });
    contents.sendInputEvent.mockImplementation((event: { type: string; keyCode: string }) => {
      if (!options.deafConsole && contents.url.endsWith('console.html') && event.type === 'keyDown' && event.keyCode === 'Right')
        void registry
          .get('d1')!
          .runtime.presentation()
          .then((hub) => hub.dispatch({ type: 'next' }));
    });
  });
}

async function smoke(exportPdf = vi.fn(async (_key: string, output: string) => (await writeFile(output, '%PDF-1.7\n'), { pages: 3 }))) {
  const presenter = new PresenterWindows(registry, async () => DEFAULT_SETTINGS);
  return runSmoke({ registry, deckDir: fixture.dir, adopt: (w) => presenter.adopt(w), exportPdf, log: (l) => lines.push(l), timeoutMs: 1500, pollMs: 5 });
}

beforeEach(async () => {
  resetElectronMock();
  screen.displays = [laptop];
  fixture = await makeFixtureDeck();
  registry = createAppRegistry();
  lines = [];
});
afterEach(async () => {
  vi.restoreAllMocks();
  await registry.closeAll();
  await fixture.cleanup();
});

describe('smoke mode (lectern present --smoke <deck>)', () => {
  it('is asked for by the flag the launcher adds', () => {
    // src/cli/present.ts appends this very argument for `lectern present --smoke`.
    expect(SMOKE_FLAG).toBe('--lectern-smoke');
  });

  it('passes when both views open, follow one move, and a PDF prints; closes everything', async () => {
    renderViews();
    const exportPdf = vi.fn(async (_key: string, output: string) => (await writeFile(output, '%PDF-1.7\n'), { pages: 3 }));
    expect(await smoke(exportPdf)).toBe(0);
    expect(lines).toEqual([expect.stringMatching(/^lectern smoke: PASS: audience view and console opened, both followed to (0\.1|1\.0), PDF of 3 page/)]);
    expect(exportPdf).toHaveBeenCalledWith('d1', expect.stringMatching(/smoke\.pdf$/));
    expect(FakeBrowserWindow.instances.every((w) => w.destroyed)).toBe(true);
    expect(registry.get('d1')).toBeUndefined();
  });

  it('fails, naming the step, when a view does not follow the move', async () => {
    renderViews({ lagging: 'index.html' });
    expect(await smoke()).toBe(1);
    expect(lines).toEqual([expect.stringMatching(/^lectern smoke: FAIL at "move one slide": timed out waiting for the audience view to show/)]);
  });

  it('fails when keys in the console do not move the talk', async () => {
    renderViews({ deafConsole: true });
    expect(await smoke()).toBe(1);
    expect(lines[0]).toMatch(/FAIL at "move one slide": timed out waiting for the slide to change/);
  });

  it('fails when the export writes no PDF', async () => {
    renderViews();
    expect(await smoke(vi.fn(async (_key: string, output: string) => (await writeFile(output, '<html>'), { pages: 1 })))).toBe(1);
    expect(lines[0]).toMatch(/FAIL at "export a PDF": the PDF is not valid/);
  });

  it('fails clearly without a deck', async () => {
    expect(await runSmoke({ registry, deckDir: null, adopt: vi.fn(), exportPdf: vi.fn(), log: (l) => lines.push(l) })).toBe(1);
    expect(lines[0]).toMatch(/no deck folder given/);
  });
});
