import { diagnosticLine } from '../../core/diagnostic-text';
import type { Diagnostic } from '../../core/types';
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
    const title = document.createElement('h2');
    title.textContent = shown.length ? `${es.problems} (${shown.length})` : es.noProblems;
    const list = document.createElement('ul');
    for (const d of shown.slice(0, 200)) {
      const li = document.createElement('li');
      li.className = d.severity;
      li.textContent = diagnosticLine(uiLanguage, d);
      li.dataset.code = d.code;
      li.addEventListener('click', () => this.go(d.file, d.line ?? 1));
      list.append(li);
    }
    this.root.replaceChildren(title, list);
  }
}
