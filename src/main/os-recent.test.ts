import { beforeEach, describe, expect, it, vi } from 'vitest';
import { showRecentInOs } from './os-recent';
import { app, resetElectronMock } from '../../test/support/electron-mock';

vi.mock('electron', () => import('../../test/support/electron-mock'));

beforeEach(() => resetElectronMock());

describe('recent decks in the Dock and the Jump List', () => {
  it('macOS: the Dock lists them, newest on top', () => {
    showRecentInOs(['/d/new', '/d/old'], 'darwin');
    expect(app.clearRecentDocuments).toHaveBeenCalled();
    expect(app.addRecentDocument.mock.calls).toEqual([['/d/old'], ['/d/new']]);
  });

  it('Windows: a Recent decks category whose items start Lectern on the folder', () => {
    showRecentInOs(['C:\\Decks\\Talk'], 'win32', 'C:\\Program Files\\Lectern\\Lectern.exe');
    expect(app.setJumpList).toHaveBeenCalledWith([
      expect.objectContaining({
        type: 'custom',
        name: 'Recent decks',
        items: [expect.objectContaining({ type: 'task', program: 'C:\\Program Files\\Lectern\\Lectern.exe', args: '"C:\\Decks\\Talk"', description: 'C:\\Decks\\Talk' })],
      }),
    ]);
    showRecentInOs([], 'win32');
    expect(app.setJumpList).toHaveBeenLastCalledWith(null);
  });

  it('Linux: nothing to do', () => {
    showRecentInOs(['/d/a'], 'linux');
    expect(app.addRecentDocument).not.toHaveBeenCalled();
    expect(app.setJumpList).not.toHaveBeenCalled();
  });
});
