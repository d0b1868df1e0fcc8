import { diagnosticLine } from '../../core/diagnostic-text';
import type { Diagnostic } from '../../core/types';
import { el } from '../dom';
import { uiLanguage } from '../i18n';
import { es } from './strings';

/** The list of problems under the editor, each with file and line; clicking one goes there. */
export class Problems {
  constructor(
    private readonly root: HTMLElement,
    private readonly go: (file: string, line: number) => void,
  ) {}

  /** Shows the problems (info-level notes excluded, as in the audience view's panel). */
  render(diagnostics: readonly Diagnostic[]): void {
    const shown = diagnostics.filter((d) => d.severity !== 'info');
    const list = el('ul');
    for (const d of shown.slice(0, 200)) {
      const li = el('li', { className: d.severity, textContent: diagnosticLine(uiLanguage, d) });
      li.dataset.code = d.code;
      li.addEventListener('click', () => this.go(d.file, d.line ?? 1));
      list.append(li);
    }
    this.root.replaceChildren(el('h2', { textContent: shown.length ? `${es.problems} (${shown.length})` : es.noProblems }), list);
  }
}
