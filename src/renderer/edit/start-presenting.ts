import type { LecternHost } from '../../shared/contract';

/**
 * The editor's Present button: the presenter gets the console (notes, next slide, timers) and the
 * room gets the audience view. In the browser this tab becomes the console and the audience view
 * opens in its own window; in the app the window shows the audience view and the app opens the
 * console beside it, placing both on their displays.
 */
export function startPresenting(host: LecternHost): void {
  if (host.kind === 'browser') {
    void host.windowCommand('openAudience');
    location.assign('console.html');
    return;
  }
  void host.windowCommand('openConsole');
  location.assign('index.html');
}
