import type { Result } from '../shared/contract';
import { DESKTOP_GLOBAL, type DesktopBridge } from '../shared/desktop-contract';

/** The desktop app's bridge, or undefined in a browser (`lectern serve`). */
export function desktopBridge(): DesktopBridge | undefined {
  return (window as unknown as Record<string, DesktopBridge | undefined>)[DESKTOP_GLOBAL];
}

/** True when a drag carries files from the system (not text or a link from the page). */
function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

/**
 * Lets the presenter drop a deck folder on the window to open it (desktop app only). The page
 * must take the drop itself: Chromium hands an unhandled drop to the window-open handler, which
 * refuses file:// URLs. `report` shows a refusal (not a folder) to the presenter.
 */
export function acceptFolderDrops(target: Window, bridge: DesktopBridge | undefined = desktopBridge(), report: (message: string) => void = (m) => target.alert(m)): () => void {
  if (!bridge) return () => undefined;
  const over = (event: DragEvent): void => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
  };
  const drop = (event: DragEvent): void => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    void bridge.openDropped(file).then(
      (result: Result<true>) => {
        if (!result.ok) report(result.error);
      },
      (err: unknown) => report((err as Error).message),
    );
  };
  target.addEventListener('dragover', over);
  target.addEventListener('drop', drop);
  return () => {
    target.removeEventListener('dragover', over);
    target.removeEventListener('drop', drop);
  };
}
