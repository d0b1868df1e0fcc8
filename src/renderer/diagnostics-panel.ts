import { diagnosticLine } from '../core/diagnostic-text';
import type { Diagnostic } from '../core/types';
import { el } from './dom';
import { t, uiLanguage } from './i18n';

/**
 * Shows the deck's problems in a corner panel (text only, never HTML). Hidden when there are
 * none; the presenter can close it and it comes back when the problems change.
 */
export function showDiagnostics(diagnostics: Diagnostic[]): void {
  let panel = document.getElementById('lectern-problems');
  const visible = diagnostics.filter((d) => d.severity !== 'info');
  const key = JSON.stringify(visible);
  if (!visible.length) {
    panel?.remove();
    return;
  }
  if (panel?.dataset.key === key) return;
  panel?.remove();
  panel = el('aside', { id: 'lectern-problems' });
  panel.dataset.key = key;
  panel.setAttribute('role', 'status');
  const close = el('button', { type: 'button', textContent: '×', title: t.close });
  close.addEventListener('click', () => panel!.remove());
  const list = el('ul', {}, ...visible.slice(0, 50).map((d) => el('li', { className: d.severity, textContent: diagnosticLine(uiLanguage, d) })));
  panel.append(el('div', { className: 'head' }, el('strong', { textContent: t.problems(visible.length) }), close), list);
  document.body.append(panel);
}
