import { markdown, markdownLanguage } from '@codemirror/lang-markdown';
import { yamlFrontmatter } from '@codemirror/lang-yaml';
import { HighlightStyle, syntaxHighlighting, syntaxTree } from '@codemirror/language';
import type { EditorState, Extension, Range } from '@codemirror/state';
import { cursorLineEnd, cursorLineStart, selectLineEnd, selectLineStart } from '@codemirror/commands';
import { Decoration, type DecorationSet, EditorView, keymap, ViewPlugin, type ViewUpdate } from '@codemirror/view';
import { tags as t } from '@lezer/highlight';

/**
 * Markdown as a writing tool shows it: GitHub-flavoured Markdown (tables, strikethrough, task
 * lists) with an optional YAML front matter at the top, so `title: x` between `---` lines is
 * settings in YAML colours, not a setext heading. Enter continues lists and quotes, Backspace
 * removes their markup (lang-markdown's keymap).
 */
export function markdownLanguageSupport(): Extension {
  // No setext headings: a `---` line under text is a slide separator in a deck (split-rules.ts),
  // so the text above it is not shown as a heading.
  return yamlFrontmatter({ content: markdown({ base: markdownLanguage, extensions: [{ remove: ['SetextHeading'] }] }) });
}

const INK = '#1c2430';
const MUTED = '#8a94a3';
const HEADING = '#0b3d91';

/** Headings by weight and colour (never underlined), markup marks muted, code on a tint, links blue. */
const markdownStyle = HighlightStyle.define([
  { tag: t.heading1, fontWeight: '700', color: HEADING, fontSize: '1.15em' },
  { tag: [t.heading2, t.heading3], fontWeight: '700', color: HEADING },
  { tag: [t.heading4, t.heading5, t.heading6], fontWeight: '600', color: HEADING },
  { tag: t.heading, fontWeight: '700' },
  { tag: t.emphasis, fontStyle: 'italic' },
  { tag: t.strong, fontWeight: '700' },
  { tag: t.strikethrough, textDecoration: 'line-through', color: MUTED },
  { tag: t.processingInstruction, color: MUTED },
  { tag: t.contentSeparator, color: '#c0560f', fontWeight: '700' },
  { tag: t.link, color: '#1f6feb' },
  { tag: t.url, color: '#5b6675' },
  { tag: t.monospace, color: '#9a2d1f', backgroundColor: '#f1f3f6', borderRadius: '3px' },
  { tag: t.quote, color: '#4a5565', fontStyle: 'italic' },
  { tag: t.labelName, color: '#8a5a00' },
  { tag: [t.escape, t.character, t.atom], color: '#8a5a00' },
  { tag: [t.comment, t.lineComment], color: MUTED, fontStyle: 'italic' },
  // Front matter: the `---` lines, keys, quoted and plain values, `:` and `-`.
  { tag: t.meta, color: MUTED },
  { tag: t.definition(t.propertyName), color: '#7a3ea8' },
  { tag: t.string, color: '#0a7d39' },
  { tag: [t.separator, t.punctuation, t.squareBracket, t.brace], color: MUTED },
  { tag: [t.typeName, t.keyword], color: '#8a5a00' },
  { tag: t.content, color: INK },
]);

/** Table rows are not wrapped (a wrapped row is unreadable pipes): a wide one scrolls sideways. */
function tableLines(view: EditorView): DecorationSet {
  const marks: Range<Decoration>[] = [];
  const state: EditorState = view.state;
  let last = -1;
  for (const { from, to } of view.visibleRanges)
    syntaxTree(state).iterate({
      from,
      to,
      enter: (node) => {
        if (node.name !== 'Table') return;
        for (let pos = node.from; pos <= node.to;) {
          const line = state.doc.lineAt(pos);
          if (line.from > last) marks.push(tableLine.range(line.from));
          last = line.from;
          pos = line.to + 1;
        }
        return false;
      },
    });
  return Decoration.set(marks, true);
}
const tableLine = Decoration.line({ class: 'cm-table-line' });

const tableRows = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    constructor(view: EditorView) {
      this.decorations = tableLines(view);
    }
    update(u: ViewUpdate): void {
      if (u.docChanged || u.viewportChanged || syntaxTree(u.startState) !== syntaxTree(u.state)) this.decorations = tableLines(u.view);
    }
  },
  { decorations: (p) => p.decorations },
);

/** True when the cursor is in a table row. */
function inTable(view: EditorView): boolean {
  for (let node: { name: string; parent: unknown } | null = syntaxTree(view.state).resolveInner(view.state.selection.main.head, 1); node; node = node.parent as typeof node)
    if (node.name === 'Table') return true;
  return false;
}

/** In an unwrapped table row, Home and End go to the row's real start and end (not to the pane's edge). */
const tableKeys = keymap.of(
  (
    [
      ['Home', cursorLineStart, selectLineStart],
      ['End', cursorLineEnd, selectLineEnd],
    ] as const
  ).map(([key, move, select]) => ({ key, run: (v: EditorView) => inTable(v) && move(v), shift: (v: EditorView) => inTable(v) && select(v) })),
);

/** Everything of the Markdown look that needs the language: colours and unwrapped table rows. */
export const markdownLook: Extension = [syntaxHighlighting(markdownStyle), tableRows, tableKeys];

/** The editor's frame in the app's look (fonts, gutter, active line, search panel, lint tooltips). */
export const editorTheme = EditorView.theme({
  '&': { height: '100%', fontSize: '15px', backgroundColor: '#fff', color: INK },
  '.cm-scroller': { fontFamily: "'JetBrains Mono', monospace", lineHeight: '1.55' },
  // Wrapped lines wrap at the pane's width even when a table row is wider (it overflows and scrolls).
  '.cm-content': { paddingBottom: '40vh', minWidth: '0' },
  '.cm-table-line': { whiteSpace: 'pre' },
  '&.cm-focused': { outline: 'none' },
  '.cm-gutters': { backgroundColor: '#f7f8fa', color: '#9aa3af', borderRight: '1px solid #e4e8ee' },
  '.cm-activeLine': { backgroundColor: '#f5f8ff' },
  '.cm-activeLineGutter': { backgroundColor: '#e8effc', color: '#33415c' },
  '&.cm-focused .cm-selectionBackground, .cm-selectionBackground': { backgroundColor: '#cfe0fc !important' },
  '.cm-searchMatch': { backgroundColor: '#fff3b0', outline: '1px solid #e0c050' },
  '.cm-searchMatch.cm-searchMatch-selected': { backgroundColor: '#ffd75e' },
  '.cm-panels': { backgroundColor: '#f7f8fa', color: INK, fontFamily: "'PT Sans', system-ui, sans-serif" },
  '.cm-panels.cm-panels-top': { borderBottom: '1px solid #d5dbe3' },
  '.cm-panel.cm-search': { padding: '6px 28px 6px 10px', fontSize: '14px' },
  '.cm-panel.cm-search label': { fontSize: '13px', marginRight: '8px' },
  '.cm-textfield': { font: "14px 'PT Sans', system-ui, sans-serif", padding: '4px 8px', border: '1px solid #c5ccd6', borderRadius: '5px', margin: '2px 6px 2px 0' },
  '.cm-button': {
    font: "13px 'PT Sans', system-ui, sans-serif",
    padding: '4px 10px',
    margin: '2px 4px 2px 0',
    border: '1px solid #c5ccd6',
    borderRadius: '5px',
    backgroundImage: 'none',
    backgroundColor: '#fff',
    color: INK,
    cursor: 'pointer',
  },
  '.cm-button:hover': { backgroundColor: '#eef1f5' },
  '.cm-panel.cm-search [name=close]': { fontSize: '18px', color: '#5b6675', cursor: 'pointer' },
  '.cm-tooltip.cm-tooltip-lint': { fontFamily: "'PT Sans', system-ui, sans-serif", fontSize: '14px' },
});
