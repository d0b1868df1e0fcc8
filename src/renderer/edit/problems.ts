import { diagnosticLine } from '../../core/diagnostic-text';
import type { Diagnostic } from '../../core/types';
import { el } from '../dom';
import { uiLanguage } from '../i18n';
import { es } from './strings';

/**
 * The list of problems under the editor, each with file and line; clicking one goes there.
 * The returned function shows the problems (info-level notes excluded, as in the audience view's panel).
 */
export function problemsList(root: HTMLElement, go: (file: string, line: number) => void): (diagnostics: readonly Diagnostic[]) => void {
  return (diagnostics) => {
    const shown = diagnostics.filter((d) => d.severity !== 'info');
    const list = el('ul');
    for (const d of shown.slice(0, 200)) {
      const li = el('li', { className: d.severity, textContent: diagnosticLine(uiLanguage, d) });
      li.dataset.code = d.code;
      li.addEventListener('click', () => go(d.file, d.line ?? 1));
      list.append(li);
    }
    root.replaceChildren(el('h2', { textContent: shown.length ? `${es.problems} (${shown.length})` : es.noProblems }), list);
  };
}
