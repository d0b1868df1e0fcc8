import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { lintGutter, setDiagnostics, type Diagnostic as CmDiagnostic } from '@codemirror/lint';
import { highlightSelectionMatches, search, searchKeymap } from '@codemirror/search';
import { Compartment, EditorSelection, EditorState, type Extension } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers, type ViewUpdate } from '@codemirror/view';
import { isTooComplexToHighlight, MAX_HIGHLIGHT_LINE } from '../../core/highlight-guard';
import { markdownShortcuts } from './markdown-keys';
import { editorTheme, markdownLanguageSupport, markdownLook } from './markdown-look';
import { es } from './strings';

/**
 * Markdown highlighting and line wrapping, or neither for a text past the guard's limits: its
 * parse overflowed the stack after minutes, and a wrapped 1 MB line is laid out whole on every
 * change. Unwrapped, CodeMirror draws only the visible part of a long line.
 */
function richEditing(doc: string): Extension[] {
  return isTooComplexToHighlight(doc) ? [] : [markdownLanguageSupport(), EditorView.lineWrapping];
}
import { diagnosticText } from '../../core/diagnostic-text';
import type { Diagnostic } from '../../core/types';
import { uiLanguage } from '../i18n';
import { el } from '../dom';

/** What the page hears from the editor. */
export interface CodeEditorEvents {
  /** The text of the shown file changed by typing (not by `replaceText`). */
  onEdit(id: string, text: string): void;
  /** The cursor moved to another 1-based line. */
  onCursorLine(line: number): void;
  /** The line that starts a new slide in the shown file (Ctrl/Cmd+Enter inserts it). */
  separator(): string;
  /** Ctrl/Cmd+G: go to a slide. */
  gotoSlide(): boolean;
}

/**
 * CodeMirror 6 in a shadow root. style-mod puts CodeMirror's CSS into a `<style>` element in a
 * document (which our CSP `style-src 'self'` blocks), but into constructed stylesheets
 * (`adoptedStyleSheets`, not subject to the inline-style rule) in a shadow root; so the editor
 * lives in one and the page keeps its strict CSP. Each file has its own EditorState, so undo
 * history is per file and survives switching files.
 */
export class CodeEditor {
  readonly view: EditorView;
  private readonly states = new Map<string, EditorState>();
  private current: string | null = null;
  private lastLine = 0;
  /** Set while we replace text ourselves, so it is not reported as typing. */
  private replacing = false;

  constructor(
    host: HTMLElement,
    private readonly events: CodeEditorEvents,
  ) {
    const shadow = host.attachShadow({ mode: 'open' });
    const parent = el('div', { className: 'cm-parent' });
    shadow.append(parent);
    // The shadow root's own sheet for the parent box (a constructed sheet, as style-mod's).
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(':host { display: block; } .cm-parent { height: 100%; }');
    shadow.adoptedStyleSheets = [sheet];
    this.view = new EditorView({ parent, root: shadow, state: EditorState.create({ doc: '', extensions: this.extensions() }) });
  }

  /** Markdown language and line wrapping, left out for texts that would freeze the page (richEditing). */
  private readonly language = new Compartment();

  private extensions(doc = ''): Extension[] {
    return [
      lineNumbers(),
      highlightActiveLineGutter(),
      history(),
      drawSelection(),
      highlightActiveLine(),
      this.language.of(richEditing(doc)),
      markdownLook,
      highlightSelectionMatches(),
      search({ top: true }),
      lintGutter(),
      editorTheme,
      EditorState.phrases.of(es.phrases),
      keymap.of([
        ...markdownShortcuts(
          () => this.events.separator(),
          () => this.events.gotoSlide(),
        ),
        ...searchKeymap,
        ...historyKeymap,
        ...defaultKeymap,
        indentWithTab,
      ]),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) this.guardLanguage(update);
        if (update.docChanged && !this.replacing && this.current) this.events.onEdit(this.current, update.state.doc.toString());
        const line = update.state.doc.lineAt(update.state.selection.main.head).number;
        if (line !== this.lastLine || update.docChanged) {
          this.lastLine = line;
          this.events.onCursorLine(line);
        }
      }),
    ];
  }

  /** After a paste or a reload: highlighting goes off (or back on) when the text crosses the guard's limits. */
  private guardLanguage(update: ViewUpdate): void {
    let inserted = 0;
    update.changes.iterChanges((_a, _b, _c, _d, text) => (inserted += text.length));
    // Typing adds a character at a time; only larger changes can cross a limit at once.
    if (inserted < 1000 && update.startState.doc.length - update.state.doc.length < 1000) return;
    const plain = isTooComplexToHighlight(update.state.doc.toString());
    const wasPlain = (this.language.get(update.startState) as Extension[]).length === 0;
    // Not inside this update (CodeMirror forbids it); only if the same file is still shown.
    if (plain !== wasPlain)
      queueMicrotask(() => this.view.state === update.state && this.view.dispatch({ effects: this.language.reconfigure(richEditing(plain ? 'x'.repeat(MAX_HIGHLIGHT_LINE + 1) : '')) }));
  }

  /** The id of the file shown, or null. */
  get shownId(): string | null {
    return this.current;
  }

  /** Shows file `id`: its own state (text, selection, undo history), created from `text` the first time. */
  show(id: string, text: string): void {
    if (this.current) this.states.set(this.current, this.view.state);
    const state = this.states.get(id) ?? EditorState.create({ doc: text, extensions: this.extensions(text) });
    this.current = id;
    this.lastLine = 0;
    this.view.setState(state);
    this.events.onCursorLine(state.doc.lineAt(state.selection.main.head).number);
  }

  /** The text of the shown file. */
  text(): string {
    return this.view.state.doc.toString();
  }

  /** Replaces the shown file's text (reload, take theirs, restore) as one undoable step. */
  replaceText(text: string): void {
    if (text === this.text()) return;
    this.replacing = true;
    try {
      const head = Math.min(this.view.state.selection.main.head, text.length);
      this.view.dispatch({ changes: { from: 0, to: this.view.state.doc.length, insert: text }, selection: EditorSelection.cursor(head) });
    } finally {
      this.replacing = false;
    }
  }

  /** Forgets a file's state (renamed or deleted). */
  forget(id: string): void {
    this.states.delete(id);
    if (this.current === id) this.current = null;
  }

  /** Renames a file's state, keeping its history. */
  rename(from: string, to: string): void {
    const state = this.current === from ? this.view.state : this.states.get(from);
    this.states.delete(from);
    if (state) this.states.set(to, state);
    if (this.current === from) this.current = to;
  }

  /** Puts the cursor at the start of a 1-based line and scrolls it into view. */
  gotoLine(line: number): void {
    const doc = this.view.state.doc;
    const pos = doc.line(Math.max(1, Math.min(line, doc.lines))).from;
    this.view.dispatch({ selection: EditorSelection.cursor(pos), effects: EditorView.scrollIntoView(pos, { y: 'center' }) });
    this.view.focus();
  }

  /** Runs a command on the shown file (a toolbar button), then gives the editor the focus back. */
  run(command: (target: EditorView) => boolean): void {
    this.view.focus();
    command(this.view);
  }

  /** Underlines problems of the shown file (1-based lines; a problem without a line marks line 1). */
  setProblems(problems: readonly Diagnostic[]): void {
    const doc = this.view.state.doc;
    const marks: CmDiagnostic[] = problems.map((p) => {
      const line = doc.line(Math.max(1, Math.min(p.line ?? 1, doc.lines)));
      return { from: line.from, to: Math.max(line.from, line.to), severity: p.severity === 'error' ? 'error' : p.severity === 'warning' ? 'warning' : 'info', message: diagnosticText(uiLanguage, p) };
    });
    this.view.dispatch(setDiagnostics(this.view.state, marks));
  }
}
