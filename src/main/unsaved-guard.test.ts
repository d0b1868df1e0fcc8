import { describe, expect, it, vi } from 'vitest';
import { dialog, FakeBrowserWindow } from '../../test/support/electron-mock';
import { guardUnsavedEdits } from './unsaved-guard';

vi.mock('electron', () => import('../../test/support/electron-mock'));

function tryUnload(win: FakeBrowserWindow): boolean {
  let allowed = false;
  win.webContents.emit('will-prevent-unload', { preventDefault: () => (allowed = true) });
  return allowed;
}

describe('guardUnsavedEdits', () => {
  it('lets the window leave the editor only when the user says Leave', () => {
    const win = new FakeBrowserWindow({});
    guardUnsavedEdits(win as never);
    dialog.showMessageBoxSync.mockReturnValueOnce(0);
    expect(tryUnload(win)).toBe(true);
    dialog.showMessageBoxSync.mockReturnValueOnce(1);
    expect(tryUnload(win)).toBe(false);
    expect(dialog.showMessageBoxSync).toHaveBeenCalledWith(win, expect.objectContaining({ buttons: ['Leave', 'Stay'], cancelId: 1 }));
  });
});
