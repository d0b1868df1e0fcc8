import type { LecternHost } from '../../shared/contract';
import { button, el } from '../dom';
import { uiLanguage } from '../i18n';
import { isFullScreen } from './edit-shortcut';

/** Menu strings in both languages (kept in step by a unit test). @internal */
export const MENU_STRINGS = {
  en: { menu: 'Lectern menu', console: 'Presenter console (S)', editor: 'Edit this slide (E)', export: 'Export PDF or HTML…', keys: 'Keys (?)', fullscreen: 'Full screen (F)' },
  ru: { menu: 'Меню Lectern', console: 'Режим докладчика (S)', editor: 'Править этот слайд (E)', export: 'Экспорт в PDF или HTML…', keys: 'Сочетания клавиш (?)', fullscreen: 'Полный экран (F)' },
} as const;

/** What the menu's items do; each is also a key on the audience view. */
export interface ViewMenuActions {
  editUrl(): string;
  help(): void;
  fullscreen(): void;
}

/**
 * A small menu in the audience view's corner: the way to the console, the editor, Export and the
 * keys for someone who does not know S, E and ?. Never on the projector: hidden while the view
 * fills its screen, and faded out when the mouse rests.
 */
export function setupViewMenu(host: LecternHost, actions: ViewMenuActions): void {
  const s = MENU_STRINGS[uiLanguage];
  const menu = el('details', { id: 'lectern-menu' });
  const summary = el('summary', { textContent: '☰', title: s.menu });
  summary.setAttribute('aria-label', s.menu);
  const item = (label: string, action: string, run: () => void): HTMLButtonElement =>
    button(
      label,
      () => {
        menu.open = false;
        run();
      },
      action,
    );
  const list = el(
    'div',
    { className: 'items' },
    item(s.console, 'console', () => void host.windowCommand('openConsole')),
    item(s.editor, 'editor', () => location.assign(actions.editUrl())),
    // The Export dialog is a page of its own in the browser; the app has File > Export PDF or HTML….
    ...(host.kind === 'browser' ? [item(s.export, 'export', () => void window.open('export.html', 'lectern-export'))] : []),
    item(s.keys, 'keys', actions.help),
    item(s.fullscreen, 'fullscreen', actions.fullscreen),
  );
  summary.addEventListener('mousedown', (e) => e.preventDefault());
  menu.append(summary, list);
  document.body.append(menu);
  let idle: number | undefined;
  const update = (): void => {
    const full = isFullScreen(window);
    menu.hidden = full;
    if (full) menu.open = false;
  };
  const wake = (): void => {
    document.documentElement.toggleAttribute('data-mouse-idle', false);
    window.clearTimeout(idle);
    idle = window.setTimeout(() => {
      if (!menu.open) document.documentElement.toggleAttribute('data-mouse-idle', true);
    }, 3000);
  };
  window.addEventListener('resize', update);
  document.addEventListener('fullscreenchange', update);
  window.addEventListener('mousemove', wake, { passive: true });
  update();
  wake();
}
