import { dialog, type BrowserWindow } from 'electron';
import { t } from './i18n';

/** More crashes than this within CRASH_WINDOW_MS stop the automatic reloads (a crash loop). */
const MAX_CRASHES = 3;
const CRASH_WINDOW_MS = 60_000;

/**
 * Recovers a deck window whose renderer crashed or hung: tells the presenter, then reloads.
 * The URL keeps the slide in its hash (reveal.js `hash: true`), so the talk resumes where it was.
 */
export function watchForCrashes(win: BrowserWindow): void {
  const contents = win.webContents;
  let crashes: number[] = [];
  let killedByUs = false;

  contents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit' || win.isDestroyed()) return;
    if (killedByUs) {
      // We killed a hung renderer on the presenter's request and reload it ourselves.
      killedByUs = false;
      return;
    }
    const now = Date.now();
    crashes = [...crashes.filter((at) => now - at < CRASH_WINDOW_MS), now];
    const s = t();
    void dialog.showMessageBox(win, { type: 'error', message: s.crashed, detail: `${s.crashedDetail}\n(${details.reason})`, buttons: ['OK'] }).then(() => {
      if (!win.isDestroyed() && crashes.length <= MAX_CRASHES) contents.reload();
    });
  });

  win.on('unresponsive', () => {
    const s = t();
    void dialog
      .showMessageBox(win, { type: 'warning', message: s.unresponsive, detail: s.unresponsiveDetail, buttons: [s.reloadButton, s.waitButton], defaultId: 0, cancelId: 1 })
      .then(({ response }) => {
        if (response !== 0 || win.isDestroyed()) return;
        // A hung renderer does not process a reload; kill it first, as Electron's docs advise
        // (https://www.electronjs.org/docs/latest/api/web-contents#contentsforcefullycrashrenderer).
        killedByUs = true;
        contents.forcefullyCrashRenderer();
        contents.reload();
      });
  });
}
