import { diagnosticLine } from '../core/diagnostic-text';
import type { Diagnostic } from '../core/types';
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
  panel = document.createElement('aside');
  panel.id = 'lectern-problems';
  panel.dataset.key = key;
  panel.setAttribute('role', 'status');
  const head = document.createElement('div');
  head.className = 'head';
  const title = document.createElement('strong');
  title.textContent = t.problems(visible.length);
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = '×';
  close.title = t.close;
  close.addEventListener('click', () => panel!.remove());
  head.append(title, close);
  const list = document.createElement('ul');
  for (const d of visible.slice(0, 50)) {
    const li = document.createElement('li');
    li.className = d.severity;
    li.textContent = diagnosticLine(uiLanguage, d);
    list.append(li);
  }
  panel.append(head, list);
  document.body.append(panel);
}
