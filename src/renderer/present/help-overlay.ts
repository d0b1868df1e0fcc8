import { helpBox } from '../help-box';
import { getHost } from '../host';
import { t } from '../i18n';

/**
 * The keyboard help of a view (audience or console), in the user's language (reveal.js's own help is
 * English only). `?` (or the app's Help menu) opens and closes it; Esc closes it without also toggling the overview.
 */
export function setupHelpOverlay(shortcuts: [string, string][] = t.shortcuts): { toggle(): void } {
  let overlay: HTMLElement | null = null;
  const close = (): void => {
    overlay?.remove();
    overlay = null;
  };
  const open = (): void => {
    overlay = helpBox(t.helpTitle, shortcuts, close);
    document.body.append(overlay);
  };
  // Help → Keyboard Shortcuts in the app's menu.
  getHost().onCommand?.((command) => {
    if (command !== 'toggleHelp') return;
    if (overlay) close();
    else open();
  });
  // Capture phase on window runs before reveal.js's listener on the document.
  window.addEventListener(
    'keydown',
    (e) => {
      if (e.key === '?') {
        if (overlay) close();
        else open();
      } else if (overlay && e.key === 'Escape') close();
      else return;
      e.preventDefault();
      e.stopImmediatePropagation();
    },
    true,
  );
  return { toggle: () => (overlay ? close() : open()) };
}
