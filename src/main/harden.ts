import { app, shell, type Session, type WebContents, type WebPreferences } from 'electron';
import { isExternalUrl } from '../core/url-policy';
import { APP_PAGES } from '../node/http-util';
import { APP_LAYOUT, parseUrl, SCHEME } from './app-paths';

/**
 * The only webPreferences any Lectern window gets: no Node anywhere, the OS sandbox on, the
 * page's world isolated from the preload's, and no <webview>.
 */
export function hardenedWebPreferences(): WebPreferences {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInSubFrames: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    webviewTag: false,
    allowRunningInsecureContent: false,
    // The spellchecker fetches Hunspell dictionaries from Google's CDN: no network for an offline app.
    spellcheck: false,
    preload: APP_LAYOUT.preload,
  };
}

/** Hands http(s)/mailto URLs to the system browser or mail client; never anything else. */
function openExternally(url: string): boolean {
  const parsed = isExternalUrl(url) ? parseUrl(url.trim()) : null;
  if (!parsed || !['http:', 'https:', 'mailto:'].includes(parsed.protocol)) return false;
  void shell.openExternal(parsed.href).catch(() => undefined);
  return true;
}

/**
 * True when `target` is a page of the same deck as `current`. Protocol and host are compared,
 * never `origin`: for custom schemes Node's URL gives origin "null" (docs/pitfalls.md).
 * @internal
 */
export function isOwnPage(current: string, target: string): boolean {
  const from = parseUrl(current);
  const to = parseUrl(target);
  // Only the app's pages: a deck file (`/deck/…`) is content, never a place to navigate to.
  return !!from && !!to && from.protocol === `${SCHEME}:` && to.protocol === `${SCHEME}:` && from.host === to.host && to.host !== '' && APP_PAGES.includes(to.pathname);
}

const hardened = new WeakSet<WebContents>();

/** Opens a link to a file inside a deck (`lectern://<key>/deck/…`) with the system's viewer. */
let deckLinkHandler: (url: string) => void = () => undefined;

/** Sets what happens to links to deck files (they never navigate a Lectern window). */
export function setDeckLinkHandler(handler: (url: string) => void): void {
  deckLinkHandler = handler;
}

/**
 * Locks down one WebContents: no new windows, no navigation away from its own deck origin,
 * links to the web open in the system browser. Idempotent, because the app-wide hook and
 * the window factories both call it and a second set of listeners would open links twice.
 */
export function hardenContents(contents: WebContents): void {
  if (hardened.has(contents)) return;
  hardened.add(contents);
  contents.setWindowOpenHandler(({ url }) => {
    if (!openExternally(url) && parseUrl(url)?.protocol === `${SCHEME}:`) deckLinkHandler(url);
    return { action: 'deny' };
  });
  // will-frame-navigate fires first, for every frame, and a preventDefault there suppresses
  // will-navigate (electron shell/browser/electron_navigation_throttle.cc); so links are opened
  // here, for the main frame only, and will-navigate just repeats the check.
  contents.on('will-frame-navigate', (event) => {
    if (isOwnPage(contents.getURL(), event.url)) return;
    event.preventDefault();
    if (event.isMainFrame) openExternally(event.url);
  });
  contents.on('will-navigate', (event) => {
    if (!isOwnPage(contents.getURL(), event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isOwnPage(contents.getURL(), event.url)) event.preventDefault();
  });
}

/**
 * Refuses every permission (camera, notifications, clipboard, …) except the fullscreen API for
 * our own pages: reveal.js's F key needs it, and a presenter expects it.
 */
export function denyAllPermissions(session: Session): void {
  const allowed = (permission: string, url: string | undefined): boolean => permission === 'fullscreen' && parseUrl(url ?? '')?.protocol === `${SCHEME}:`;
  session.setPermissionRequestHandler((_contents, permission, callback, details) => callback(allowed(permission, details.requestingUrl)));
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => allowed(permission, requestingOrigin));
}

/** Hardens every WebContents the app ever creates, including ones we did not create ourselves. */
export function setupAppHardening(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
    hardenContents(contents);
  });
}
