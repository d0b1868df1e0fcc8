import path from 'node:path';
import { app } from 'electron';

/**
 * Shows the recent decks where the OS shows an app's recent documents: the Dock menu on macOS
 * (addRecentDocument; the packaged app declares folders as documents it views) and a "Recent
 * decks" category of the taskbar Jump List on Windows (each item starts Lectern on the folder,
 * which a running Lectern receives as a second instance). Linux has no such list.
 */
export function showRecentInOs(list: readonly string[], platform: NodeJS.Platform = process.platform, exe: string = process.execPath): void {
  if (platform === 'darwin') {
    app.clearRecentDocuments();
    // Oldest first: the last one added is shown on top.
    for (const dir of [...list].reverse()) app.addRecentDocument(dir);
  } else if (platform === 'win32') {
    app.setJumpList(
      list.length
        ? [
            {
              type: 'custom',
              name: 'Recent decks',
              items: list.map((dir) => ({ type: 'task' as const, title: path.basename(dir), description: dir, program: exe, args: `"${dir}"`, iconPath: exe, iconIndex: 0 })),
            },
          ]
        : null,
    );
  }
}
