import { EditorSelection, type StateCommand } from '@codemirror/state';
import type { KeyBinding } from '@codemirror/view';

/**
 * Wraps each selection in `mark` (`**` bold, `*` italic), or unwraps it when it is already
 * wrapped; an empty selection gets an empty pair with the cursor inside, ready to type.
 */
export function toggleWrap(mark: string): StateCommand {
  return ({ state, dispatch }) => {
    const n = mark.length;
    const tr = state.changeByRange((range) => {
      const before = state.sliceDoc(range.from - n, range.from);
      const after = state.sliceDoc(range.to, range.to + n);
      const inner = state.sliceDoc(range.from, range.to);
      if (before === mark && after === mark)
        return {
          changes: [
            { from: range.from - n, to: range.from },
            { from: range.to, to: range.to + n },
          ],
          range: EditorSelection.range(range.from - n, range.to - n),
        };
      if (inner.length >= 2 * n && inner.startsWith(mark) && inner.endsWith(mark))
        return { changes: { from: range.from, to: range.to, insert: inner.slice(n, -n) }, range: EditorSelection.range(range.from, range.to - 2 * n) };
      return {
        changes: [
          { from: range.from, insert: mark },
          { from: range.to, insert: mark },
        ],
        range: EditorSelection.range(range.from + n, range.to + n),
      };
    });
    dispatch(state.update(tr, { scrollIntoView: true, userEvent: 'input' }));
    return true;
  };
}

/** `[selection](…)` with the cursor where the address goes; a selected address becomes `[…](address)` with the cursor in the text. */
export const insertLink: StateCommand = ({ state, dispatch }) => {
  const tr = state.changeByRange((range) => {
    const text = state.sliceDoc(range.from, range.to);
    if (/^(https?:\/\/|mailto:)\S+$/.test(text)) return { changes: { from: range.from, to: range.to, insert: `[](${text})` }, range: EditorSelection.cursor(range.from + 1) };
    const insert = `[${text}]()`;
    return { changes: { from: range.from, to: range.to, insert }, range: EditorSelection.cursor(range.from + insert.length - 1) };
  });
  dispatch(state.update(tr, { scrollIntoView: true, userEvent: 'input' }));
  return true;
};

/**
 * Starts a new slide at the cursor: the separator on its own line with a blank line before it
 * (added only where missing) and after it, the cursor on the new slide's first line.
 */
export function insertSeparator(separator: () => string): StateCommand {
  return ({ state, dispatch }) => {
    const { from, to } = state.selection.main;
    const head = state.sliceDoc(0, from);
    const lead = head === '' || head.endsWith('\n\n') ? '' : head.endsWith('\n') ? '\n' : '\n\n';
    const insert = `${lead}${separator()}\n\n`;
    dispatch(state.update({ changes: { from, to, insert }, selection: EditorSelection.cursor(from + insert.length), scrollIntoView: true, userEvent: 'input' }));
    return true;
  };
}

/** The writing shortcuts; they come before CodeMirror's defaults (Mod-i, Mod-Enter there mean something else). */
export function markdownShortcuts(separator: () => string, gotoSlide: () => boolean): KeyBinding[] {
  return [
    { key: 'Mod-b', run: toggleWrap('**'), preventDefault: true },
    { key: 'Mod-i', run: toggleWrap('*'), preventDefault: true },
    { key: 'Mod-k', run: insertLink, preventDefault: true },
    { key: 'Mod-Enter', run: insertSeparator(separator), preventDefault: true },
    { key: 'Mod-g', run: () => gotoSlide(), preventDefault: true },
  ];
}
