import type { Session, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { denyAllPermissions, hardenContents, hardenedWebPreferences, isOwnPage, setDeckLinkHandler, setupAppHardening } from './harden';
import { app, FakeWebContents, resetElectronMock, session, shell } from '../../test/support/electron-mock';

vi.mock('electron', () => import('../../test/support/electron-mock'));

function hardened(url = 'lectern://d1/index.html#/2'): FakeWebContents {
  const contents = new FakeWebContents();
  contents.url = url;
  hardenContents(contents as unknown as WebContents);
  return contents;
}

beforeEach(() => resetElectronMock());

describe('hardenedWebPreferences', () => {
  it('turns off Node and turns on isolation, the sandbox and web security', () => {
    expect(hardenedWebPreferences()).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(hardenedWebPreferences().preload).toMatch(/[/\\]preload[/\\]index\.cjs$/);
  });
});

describe('window.open', () => {
  it.each(['https://example.com/a?b=1', 'http://example.com/', 'mailto:someone@example.com'])('denies %s and opens it externally', (url) => {
    const contents = hardened();
    expect(contents.windowOpenHandler!({ url })).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
    expect(shell.openExternal).toHaveBeenCalledWith(new URL(url).href);
  });

  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'lectern://d1/index.html', 'ms-settings:privacy', 'smb://host/share', 'data:text/html,<b>x</b>', ' vbscript:x'])(
    'denies %s and never hands it to the system',
    (url) => {
      const contents = hardened();
      expect(contents.windowOpenHandler!({ url })).toEqual({ action: 'deny' });
      expect(shell.openExternal).not.toHaveBeenCalled();
    },
  );

  it('hands links to deck files to the deck-file opener, and only those', () => {
    const opened: string[] = [];
    setDeckLinkHandler((url) => opened.push(url));
    const contents = hardened();
    expect(contents.windowOpenHandler!({ url: 'lectern://d1/deck/handout.pdf' })).toEqual({ action: 'deny' });
    contents.windowOpenHandler!({ url: 'https://example.com/' });
    contents.windowOpenHandler!({ url: 'file:///etc/passwd' });
    expect(opened).toEqual(['lectern://d1/deck/handout.pdf']);
    setDeckLinkHandler(() => undefined);
  });
});

describe('navigation', () => {
  it('allows pages of its own deck origin', () => {
    const contents = hardened();
    for (const name of ['will-frame-navigate', 'will-navigate', 'will-redirect'] as const) {
      expect(contents.navigate(name, 'lectern://d1/print.html').defaultPrevented).toBe(false);
    }
  });

  it('prevents other decks, other schemes and the web; opens the web externally once', () => {
    const contents = hardened();
    expect(contents.navigate('will-frame-navigate', 'lectern://d2/index.html').defaultPrevented).toBe(true);
    expect(contents.navigate('will-frame-navigate', 'file:///etc/').defaultPrevented).toBe(true);
    expect(contents.navigate('will-frame-navigate', 'javascript:alert(1)').defaultPrevented).toBe(true);
    expect(shell.openExternal).not.toHaveBeenCalled();
    expect(contents.navigate('will-frame-navigate', 'https://example.com/').defaultPrevented).toBe(true);
    expect(shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://example.com/');
    expect(contents.navigate('will-navigate', 'https://example.com/').defaultPrevented).toBe(true);
    expect(contents.navigate('will-redirect', 'https://example.com/').defaultPrevented).toBe(true);
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
  });

  it('never opens links from subframes', () => {
    const contents = hardened();
    expect(contents.navigate('will-frame-navigate', 'https://example.com/', false).defaultPrevented).toBe(true);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('compares protocol and host, not origin (custom-scheme origins are "null")', () => {
    expect(new URL('lectern://d1/x').origin).toBe('null');
    expect(isOwnPage('lectern://d1/index.html', 'lectern://d1/print.html')).toBe(true);
    expect(isOwnPage('lectern://d1/index.html', 'lectern://d2/index.html')).toBe(false);
    expect(isOwnPage('lectern://d1/index.html', 'evil://d1/index.html')).toBe(false);
    expect(isOwnPage('', 'lectern://d1/index.html')).toBe(false);
    expect(isOwnPage('lectern://d1/index.html', 'lectern://d1/deck/page.html')).toBe(false);
  });

  it('is idempotent: hardening twice does not open links twice', () => {
    const contents = hardened();
    hardenContents(contents as unknown as WebContents);
    contents.navigate('will-frame-navigate', 'https://example.com/');
    contents.windowOpenHandler!({ url: 'https://example.org/' });
    expect(shell.openExternal).toHaveBeenCalledTimes(2);
  });
});

describe('app-wide hardening', () => {
  it('hardens every new WebContents and refuses <webview>', () => {
    setupAppHardening();
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    const attach = { defaultPrevented: false, preventDefault: vi.fn() };
    contents.emit('will-attach-webview', attach, {}, {});
    expect(attach.preventDefault).toHaveBeenCalled();
    expect(contents.windowOpenHandler!({ url: 'lectern://d1/' })).toEqual({ action: 'deny' });
  });

  it('denies every permission request and check but fullscreen for our own pages', () => {
    denyAllPermissions(session.defaultSession as unknown as Session);
    const request = session.defaultSession.setPermissionRequestHandler.mock.calls[0]![0] as (wc: unknown, p: string, cb: (ok: boolean) => void, d: { requestingUrl: string }) => void;
    const check = session.defaultSession.setPermissionCheckHandler.mock.calls[0]![0] as (wc: unknown, p: string, origin: string) => boolean;
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      request(null, permission, callback, { requestingUrl: 'lectern://d1/index.html' });
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
      expect(check(null, permission, 'lectern://d1')).toBe(false);
    }
    const fullscreen = vi.fn();
    request(null, 'fullscreen', fullscreen, { requestingUrl: 'lectern://d1/index.html' });
    expect(fullscreen).toHaveBeenCalledExactlyOnceWith(true);
    const foreign = vi.fn();
    request(null, 'fullscreen', foreign, { requestingUrl: 'https://evil.example/' });
    expect(foreign).toHaveBeenCalledExactlyOnceWith(false);
    expect(check(null, 'fullscreen', 'file:///')).toBe(false);
  });
});
