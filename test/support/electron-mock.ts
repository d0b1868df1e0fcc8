/**
 * Hand-written fakes of the Electron APIs the main process uses, for `vi.mock('electron', () =>
 * import('../../test/support/electron-mock'))` (in the manner of electron/fiddle's tests/mocks/electron.ts).
 * They record calls and emit events the way Electron does; they do not simulate Chromium, except
 * where real Electron behaves in ways bugs hide behind (`windowSystem`, `FakeWebContents.dropFile`).
 */
import { EventEmitter } from 'node:events';
import { pathToFileURL } from 'node:url';
import { vi } from 'vitest';

/**
 * How the fake windowing system behaves, like the real ones: macOS animates full screen (the
 * change lands later, with `enter-full-screen` / `leave-full-screen`, and `setBounds` is ignored
 * meanwhile); Wayland does not let an app move its windows (only sizes apply).
 */
export const windowSystem = { macFullScreen: false, ignoresMoves: false };

let nextContentsId = 1;

/** A navigation event as Electron passes it: details with preventDefault/defaultPrevented. */
export interface FakeNavigationEvent {
  url: string;
  isMainFrame: boolean;
  isSameDocument: boolean;
  frame: null;
  defaultPrevented: boolean;
  preventDefault(): void;
}

/** Fake WebContents: an event emitter with spies for what main calls. */
export class FakeWebContents extends EventEmitter {
  readonly id = nextContentsId++;
  url = '';
  destroyed = false;
  windowOpenHandler: ((details: { url: string; disposition?: string }) => { action: 'allow' | 'deny' }) | null = null;
  readonly send = vi.fn();
  readonly executeJavaScript = vi.fn(async (_code: string): Promise<unknown> => undefined);
  readonly printToPDF = vi.fn(async (_options: unknown): Promise<Uint8Array> => new Uint8Array());
  readonly sendInputEvent = vi.fn();
  readonly reload = vi.fn();
  readonly forcefullyCrashRenderer = vi.fn();

  getURL(): string {
    return this.url;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'allow' | 'deny' }): void {
    this.windowOpenHandler = handler;
  }

  /**
   * A file or folder dropped on a page that does not handle the drop itself: current Chromium
   * hands it to the window-open handler as a file:// URL (not to navigation); no handler = opened.
   */
  dropFile(filePath: string): 'allow' | 'deny' {
    return this.windowOpenHandler?.({ url: pathToFileURL(filePath).href, disposition: 'foreground-tab' }).action ?? 'allow';
  }

  /** Emits `name` like Electron's navigation throttle; returns the event to inspect `defaultPrevented`. */
  navigate(name: 'will-navigate' | 'will-frame-navigate' | 'will-redirect', url: string, isMainFrame = true): FakeNavigationEvent {
    const event: FakeNavigationEvent = {
      url,
      isMainFrame,
      isSameDocument: false,
      frame: null,
      defaultPrevented: false,
      preventDefault() {
        this.defaultPrevented = true;
      },
    };
    this.emit(name, event);
    return event;
  }
}

/** Fake BrowserWindow with a FakeWebContents; `destroy()` emits `closed` like a real close. */
export class FakeBrowserWindow extends EventEmitter {
  static readonly instances: FakeBrowserWindow[] = [];
  static focused: FakeBrowserWindow | null = null;
  static getFocusedWindow(): FakeBrowserWindow | null {
    return FakeBrowserWindow.focused;
  }
  static fromWebContents(contents: unknown): FakeBrowserWindow | null {
    return FakeBrowserWindow.instances.find((w) => w.webContents === contents) ?? null;
  }
  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.instances.filter((w) => !w.destroyed);
  }

  readonly webContents = new FakeWebContents();
  destroyed = false;
  visible = false;
  title: string;
  readonly loadURL = vi.fn(async (url: string) => {
    this.webContents.url = url;
  });
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  readonly setMenuBarVisibility = vi.fn();
  /** Every show/showInactive/setBounds, in order, to check that nothing is shown before it is placed. */
  readonly calls: string[] = [];
  /** True while a macOS full-screen animation runs. */
  transitioning = false;

  constructor(readonly options: Record<string, unknown> & { webPreferences?: Record<string, unknown> }) {
    super();
    this.title = String(options.title ?? '');
    FakeBrowserWindow.instances.push(this);
  }

  fullScreen = false;
  bounds = { x: 0, y: 0, width: 800, height: 600 };
  setTitle(title: string): void {
    this.title = title;
  }
  show(): void {
    this.calls.push('show');
    this.visible = true;
  }
  showInactive(): void {
    this.calls.push('showInactive');
    this.visible = true;
  }
  hide(): void {
    this.visible = false;
  }
  isFullScreen(): boolean {
    return this.fullScreen;
  }
  setFullScreen(on: boolean): void {
    if (on === this.fullScreen || this.transitioning) return;
    const finish = (): void => {
      this.transitioning = false;
      this.fullScreen = on;
      this.emit(on ? 'enter-full-screen' : 'leave-full-screen');
    };
    if (!windowSystem.macFullScreen) return finish();
    // macOS: the animation takes its time; the state and the event come at its end.
    this.transitioning = true;
    setTimeout(finish, 5);
  }
  getBounds(): { x: number; y: number; width: number; height: number } {
    return { ...this.bounds };
  }
  setBounds(bounds: { x: number; y: number; width: number; height: number }): void {
    this.calls.push(`setBounds ${bounds.x},${bounds.y}`);
    // Like a real window: the bounds land on a display; full screen keeps the display's, and a
    // macOS window in its full-screen animation ignores them. Wayland keeps the position.
    if (this.fullScreen || this.transitioning) return;
    this.bounds = windowSystem.ignoresMoves ? { ...this.bounds, width: bounds.width, height: bounds.height } : { ...bounds };
  }
  isVisible(): boolean {
    return this.visible;
  }
  isMinimized(): boolean {
    return false;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /** Like a user closing the window (no beforeunload here). */
  close(): void {
    this.destroy();
  }
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  locale = 'en-US';
  userData = '/tmp/lectern-test-user-data';
  readonly quit = vi.fn();
  readonly enableSandbox = vi.fn();
  readonly requestSingleInstanceLock = vi.fn((_data?: unknown) => true);
  readonly whenReady = vi.fn(async () => undefined);
  readonly setPath = vi.fn();
  readonly exit = vi.fn();
  readonly addRecentDocument = vi.fn();
  readonly clearRecentDocuments = vi.fn();
  readonly setJumpList = vi.fn();
  appPath = '/opt/Lectern/resources/app.asar';
  getAppPath(): string {
    return this.appPath;
  }
  getLocale(): string {
    return this.locale;
  }
  /** Like Electron: the OS's language list (here the one locale the test set). */
  getPreferredSystemLanguages(): string[] {
    return [this.locale];
  }
  getPath(name: string): string {
    return name === 'userData' ? this.userData : `/tmp/lectern-test-${name}`;
  }
}

/** Fake `app`. */
export const app = new FakeApp();
/** Fake `BrowserWindow`. */
export const BrowserWindow = FakeBrowserWindow;
/** Fake `protocol`: `handle` records handlers by scheme. */
export const protocol = {
  handlers: new Map<string, (request: Request) => Promise<Response>>(),
  registerSchemesAsPrivileged: vi.fn(),
  handle: vi.fn((scheme: string, handler: (request: Request) => Promise<Response>) => {
    protocol.handlers.set(scheme, handler);
  }),
};
/** Fake `ipcMain`: `handle` records handlers by channel. */
/** Fake `screen`: tests set `displays` and emit display-added/removed. */
class FakeScreen extends EventEmitter {
  displays: { id: number; bounds: { x: number; y: number; width: number; height: number }; workArea: { x: number; y: number; width: number; height: number }; internal?: boolean }[] = [];
  primaryId = 1;
  getAllDisplays() {
    return this.displays;
  }
  getPrimaryDisplay() {
    return this.displays.find((d) => d.id === this.primaryId) ?? this.displays[0]!;
  }
}
export const screen = new FakeScreen();

export const ipcMain = {
  handlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
  handle: vi.fn((channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) => {
    ipcMain.handlers.set(channel, handler);
  }),
};
/** Fake `webUtils` (preload side). */
export const webUtils = { getPathForFile: vi.fn((file: { path?: string }) => file.path ?? '') };
/** Fake `shell`. */
export const shell = {
  openExternal: vi.fn(async (_url: string) => undefined),
  openPath: vi.fn(async (_path: string) => ''),
  showItemInFolder: vi.fn(),
  trashItem: vi.fn(async (_path: string) => undefined),
};
/** Fake `dialog`; tests set resolved values per case. */
export const dialog = {
  showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
  showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: '' })),
  showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 0, checkboxChecked: false })),
  showErrorBox: vi.fn(),
  showMessageBoxSync: vi.fn((..._args: unknown[]) => 0),
};
/** Fake `Menu`: `buildFromTemplate` returns the template so tests can inspect it. */
export const Menu = {
  setApplicationMenu: vi.fn(),
  buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
};
/** Fake `session` with a default session whose permission handlers are recorded. */
export const session = {
  defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() },
};

/** Forgets windows, handlers and calls between tests. */
export function resetElectronMock(): void {
  vi.clearAllMocks();
  FakeBrowserWindow.instances.length = 0;
  FakeBrowserWindow.focused = null;
  protocol.handlers.clear();
  ipcMain.handlers.clear();
  app.removeAllListeners();
  app.isPackaged = false;
  app.locale = 'en-US';
  screen.removeAllListeners();
  screen.displays = [];
  screen.primaryId = 1;
  windowSystem.macFullScreen = false;
  windowSystem.ignoresMoves = false;
}

export default { app, BrowserWindow, protocol, ipcMain, shell, dialog, Menu, session, screen, webUtils };
