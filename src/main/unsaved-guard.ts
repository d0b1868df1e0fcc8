import { dialog, type BrowserWindow } from 'electron';
import { t } from './i18n';

/**
 * Asks before a window leaves the editor with unsaved changes. The edit page cancels unloading
 * (`beforeunload`) while it has unsaved text; Electron shows no dialog for that by itself and
 * would silently keep the window open, so main asks (electron docs: `will-prevent-unload`).
 * The text is safe either way: the page has already written it as drafts.
 */
export function guardUnsavedEdits(win: BrowserWindow): void {
  win.webContents.on('will-prevent-unload', (event) => {
    const s = t();
    const choice = dialog.showMessageBoxSync(win, { type: 'question', buttons: [s.leaveButton, s.stayButton], defaultId: 1, cancelId: 1, message: s.unsavedTitle, detail: s.unsavedDetail });
    if (choice === 0) event.preventDefault();
  });
}
