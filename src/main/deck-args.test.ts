import type { BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { deckArgFromArgv, deckOfSecondInstance, openInitialDeck, setupSingleInstance } from './deck-args';
import type { DeckOpener } from './deck-opener';
import type { RecentDecks } from './recent';
import { app, resetElectronMock } from '../../test/support/electron-mock';

vi.mock('electron', () => import('../../test/support/electron-mock'));

const cwd = '/home/me/talks';
beforeEach(() => resetElectronMock());

describe('deckArgFromArgv', () => {
  it('takes the first argument of a packaged app', () => {
    expect(deckArgFromArgv(['/opt/Lectern/lectern', 'flask-vs-django'], cwd, false)).toBe('/home/me/talks/flask-vs-django');
  });

  it('skips the app path of a dev run (`electron . <dir>`, `electron out/main/index.js <dir>`)', () => {
    expect(deckArgFromArgv(['/x/electron', '.', 'slides'], cwd, true)).toBe('/home/me/talks/slides');
    expect(deckArgFromArgv(['/x/electron', 'out/main/index.js', '/abs/deck'], cwd, true)).toBe('/abs/deck');
  });

  it('skips flags wherever they are, including Chromium and Playwright ones', () => {
    const argv = ['/x/electron', '--inspect=0', '--remote-debugging-port=0', 'out/main/index.js', '--no-sandbox', 'deck', '--original-process-start-time=1'];
    expect(deckArgFromArgv(argv, cwd, true)).toBe('/home/me/talks/deck');
    expect(deckArgFromArgv(['/opt/lectern', '--', '-deck-with-dash'], cwd, false)).toBe('/home/me/talks/-deck-with-dash');
  });

  it('is null without a deck argument', () => {
    expect(deckArgFromArgv(['/opt/lectern'], cwd, false)).toBeNull();
    expect(deckArgFromArgv(['/x/electron', '.', '--enable-logging'], cwd, true)).toBeNull();
  });
});

describe('start-up deck', () => {
  function fakes(openResult: unknown, chosen: unknown, recentList: string[]) {
    const opener = { open: vi.fn(async () => openResult), chooseAndOpen: vi.fn(async () => chosen) };
    const recent = { list: vi.fn(async () => recentList) };
    return { opener, recent, run: (arg: string | null) => openInitialDeck(opener as unknown as DeckOpener, arg, recent as unknown as RecentDecks) };
  }

  it('opens the argv deck, else the recent one, else asks; quits when nothing opens', async () => {
    const win = {} as BrowserWindow;
    let f = fakes(win, null, ['/recent']);
    await f.run('/arg');
    expect(f.opener.open).toHaveBeenCalledWith('/arg');
    f = fakes(win, null, ['/recent']);
    await f.run(null);
    expect(f.opener.open).toHaveBeenCalledWith('/recent');
    f = fakes(null, win, []);
    await f.run(null);
    expect(f.opener.chooseAndOpen).toHaveBeenCalled();
    expect(app.quit).not.toHaveBeenCalled();
    f = fakes(null, null, ['/broken']);
    await f.run(null);
    expect(f.opener.chooseAndOpen).toHaveBeenCalled();
    expect(app.quit).toHaveBeenCalled();
  });
});

describe('single instance', () => {
  it('quits a second instance after handing over its resolved deck', () => {
    app.requestSingleInstanceLock.mockReturnValueOnce(false);
    expect(setupSingleInstance('/talks/deck', vi.fn())).toBe(false);
    expect(app.requestSingleInstanceLock).toHaveBeenCalledWith({ deck: '/talks/deck' });
    expect(app.quit).toHaveBeenCalled();
  });

  it('opens the deck a second instance asks for', () => {
    const onDeck = vi.fn();
    expect(setupSingleInstance(null, onDeck)).toBe(true);
    app.emit('second-instance', {}, ['/opt/lectern', 'ignored'], '/elsewhere', { deck: '/talks/deck' });
    expect(onDeck).toHaveBeenLastCalledWith('/talks/deck');
    app.emit('second-instance', {}, ['/opt/lectern', 'rel-deck'], '/elsewhere', null);
    expect(onDeck).toHaveBeenLastCalledWith(process.defaultApp ? null : '/elsewhere/rel-deck');
  });

  it('falls back to argv when additionalData carries no absolute deck', () => {
    expect(deckOfSecondInstance(['/opt/lectern', 'd'], '/w', { deck: 'relative' }, false)).toBe('/w/d');
    expect(deckOfSecondInstance(['/opt/lectern'], '/w', undefined, false)).toBeNull();
  });
});
