import { el } from './dom';

/**
 * The keyboard help of a presentation view (app and HTML export), in the user's language:
 * `?` opens and closes it, Esc or a click closes it. Its keys are taken in the capture phase,
 * before the view's own (reveal.js's, the presentation keys), so Esc does not also leave the overview.
 */
export function setupHelp(title: string, shortcuts: readonly (readonly [string, string])[]): { toggle(): void } {
  let overlay: HTMLElement | null = null;
  const close = (): void => {
    overlay?.remove();
    overlay = null;
  };
  const open = (): void => {
    const table = el('table');
    for (const [keys, action] of shortcuts) {
      const row = table.insertRow();
      row.insertCell().textContent = keys;
      row.insertCell().textContent = action;
    }
    overlay = el('div', { id: 'lectern-help' }, el('div', { className: 'box' }, el('h2', { textContent: title }), table));
    overlay.setAttribute('role', 'dialog');
    overlay.setAttribute('aria-label', title);
    overlay.addEventListener('click', close);
    document.body.append(overlay);
  };
  const toggle = (): void => (overlay ? close() : open());
  window.addEventListener(
    'keydown',
    (e) => {
      if (e.key === '?') toggle();
      else if (overlay && e.key === 'Escape') close();
      else return;
      e.preventDefault();
      e.stopImmediatePropagation();
    },
    true,
  );
  return { toggle };
}
