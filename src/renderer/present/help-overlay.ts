import { setupHelp } from '../help-box';
import { getHost } from '../host';
import { t } from '../i18n';

/** The keyboard help of the audience view or the console (help-box.ts), also opened by the app's Help menu. */
export function setupHelpOverlay(shortcuts: [string, string][] = t.shortcuts): { toggle(): void } {
  const help = setupHelp(t.helpTitle, shortcuts);
  // Help → Keyboard Shortcuts in the app's menu.
  getHost().onCommand?.((command) => {
    if (command === 'toggleHelp') help.toggle();
  });
  return help;
}
