import '../styles/theme.css';
import '../styles/edit.css';
import '../styles/edit-tools.css';
import { openSearchPanel } from '@codemirror/search';
import { separatorLine } from '../../core/separator-line';
import type { TextEncodingName } from '../../core/text-encoding';
import type { EditHost } from '../../shared/edit-contract';
import { followDeck } from '../deck-feed';
import { windowTitle } from '../../core/window-title';
import { getHost } from '../host';
import { applyDeckLook } from '../slide-dom';
import { Banners } from './banners';
import { CodeEditor } from './code-editor';
import { freshDrafts, onSaveShortcut } from './draft-row';
import { offerDrafts } from './drafts-offer';
import { formatTools, saveButton, showSaveState } from './edit-toolbar';
import { EncodingMenu } from './encoding-menu';
import { saveAs, saveShown, sidebarActions, type FileActionDeps } from './file-actions';
import { FitProblems } from './fit-problems';
import { deckSlides, GotoSlide } from './goto-slide';
import { GuardedPreview } from './guarded-preview';
import { LivePreview } from './live-preview';
import { insertLink, insertSeparator, toggleWrap } from './markdown-keys';
import { OpenFiles } from './open-files';
import { createPageState, showStatus } from './page-state';
import { Preview } from './preview';
import { problemsList } from './problems';
import { Sidebar } from './sidebar';
import { startPresenting } from './start-presenting';
import { es } from './strings';

const $ = (sel: string): HTMLElement => document.querySelector<HTMLElement>(sel)!;
const host = getHost();

/** Wires the editor page: its units share one PageState and talk through the callbacks below. */
function start(edit: EditHost): void {
  const page = createPageState();
  const files = new OpenFiles(edit, (id) => onFileState(id));
  const editor = new CodeEditor($('#editor'), {
    onEdit: (id, text) => files.edit(id, text),
    onCursorLine: (line) => {
      page.cursorLine = line;
      live.schedule();
    },
    separator: () => separatorLine(guard.deckYaml, editor.text()),
    gotoSlide: () => goto.open(),
  });
  const deps: FileActionDeps = { edit, files, editor, page, refreshList, openFile };
  const banners = new Banners($('#banners'), {
    keepMine: (id) => files.resolve(id, 'keep-mine'),
    takeTheirs: (id) => files.resolve(id, 'take-theirs'),
    saveAs: (id, name) => void saveAs(deps, id, name),
    saveDamaged: (id) => void files.save(id, { replaceDamaged: true }),
    reopenDiscarding: (id, encoding) => void reopen(id, encoding, true),
    dismiss: (id) => files.dismiss(id),
  });
  const encodingMenu = new EncodingMenu($('#encoding-menu'), (id, encoding) => void reopen(id, encoding, false));

  /** Reopens a file in another encoding (asks first when it has unsaved edits); the host reloads the deck. */
  async function reopen(id: string, encoding: TextEncodingName | null, discardEdits: boolean): Promise<void> {
    showStatus((await files.reopen(id, encoding, { discardEdits })) ?? '');
  }
  const sidebar = new Sidebar($('#sidebar'), sidebarActions(deps));
  const fits = new FitProblems(() => live.schedule());
  // The worker that builds previews; it also takes the deck's settings (deck.yaml).
  const guard = new GuardedPreview(() => new Worker(new URL('./preview-worker.ts', import.meta.url), { type: 'module' }));
  const live = new LivePreview(page, {
    editor,
    sidebar,
    fits,
    view: new Preview($('#preview'), (line) => editor.gotoLine(line)),
    guard,
    showProblems: problemsList($('#problems'), (file, line) => void openFile(file).then(() => editor.gotoLine(line))),
  });
  const goto = new GotoSlide(
    $('#main'),
    () => deckSlides(page.deck?.deck.slides ?? [], editor.shownId, page.preview.slides),
    (file, line) => void openFile(file).then(() => editor.gotoLine(line)),
  );
  formatTools($('#format-tools'), {
    bold: () => editor.run(toggleWrap('**')),
    italic: () => editor.run(toggleWrap('*')),
    link: () => editor.run(insertLink),
    newSlide: () => editor.run(insertSeparator(() => separatorLine(guard.deckYaml, editor.text()))),
    gotoSlide: () => goto.open(),
    find: () => editor.run(openSearchPanel),
  });

  async function refreshList(): Promise<void> {
    const listed = await edit.listFiles();
    if (listed.ok) page.fileList = listed.value;
    sidebar.setFiles(page.fileList, editor.shownId, files.unsaved());
  }

  async function openFile(id: string): Promise<void> {
    if (editor.shownId === id) return;
    const opened = await files.open(id);
    if (!opened.ok) return showStatus(opened.error);
    editor.show(id, opened.value.state.mine);
    // A file changed while not shown (reloaded, restored): its editor state catches up.
    if (editor.text() !== opened.value.state.mine) editor.replaceText(opened.value.state.mine);
    onFileState(id);
  }

  function onFileState(id: string): void {
    const model = files.get(id);
    if (model && id === editor.shownId) {
      if (editor.text() !== model.state.mine) editor.replaceText(model.state.mine);
      banners.render(model);
      encodingMenu.render(model);
      const s = model.state;
      const label = s.saving !== null ? es.saving : s.status === 'clean' ? es.saved : es.unsaved;
      $('#file-name').textContent = id;
      // The address names the shown file, so a reload (or a crash recovery) comes back to it.
      history.replaceState(null, '', `#file=${encodeURIComponent(id)}`);
      $('#file-status').textContent = label;
      $('#file-status').title = label;
      document.documentElement.dataset.fileStatus = s.status;
      showSaveState($('#save') as HTMLButtonElement, s.status, s.saving !== null);
      live.schedule();
    }
    sidebar.setFiles(page.fileList, editor.shownId, files.unsaved());
  }

  saveButton($('#save') as HTMLButtonElement, es.save, () => void saveShown(deps));
  onSaveShortcut(() => void saveShown(deps));
  $('#present').textContent = es.present;
  $('#present').addEventListener('click', () => startPresenting(host));
  window.addEventListener('beforeunload', (e) => {
    files.flushDrafts();
    if (files.unsaved().size) e.preventDefault();
  });
  // Slides preview with the deck's settings (separators, comparison subjects), as on the projector.
  const useDeckYaml = (text: string | null): void => {
    guard.deckYaml = text;
    live.schedule();
  };
  void edit.readFile('deck.yaml').then((read) => useDeckYaml(read.ok ? read.value.text : null));
  edit.onFileChanged((change) => {
    if (change.id === 'deck.yaml') useDeckYaml(change.text);
    files.external(change);
    if (change.hash === null || !page.fileList.some((f) => f.id === change.id)) void refreshList();
  });

  void (async () => {
    const followed = await followDeck(host, (payload) => {
      page.deck = payload;
      document.title = windowTitle(payload.deck.config.title, es.title);
      applyDeckLook(payload.deck);
      fits.watchDeck(payload.deck);
      live.schedule();
    });
    if (!followed.ok) showStatus(followed.error);
    await refreshList();
    const drafts = await edit.listDrafts();
    const wanted = new URLSearchParams(location.hash.slice(1));
    const first = wanted.get('file') ?? page.fileList.find((f) => f.kind === 'slide')?.id ?? page.fileList[0]?.id;
    if (first) await openFile(first);
    const line = Number(wanted.get('line'));
    if (line > 0) editor.gotoLine(line);
    if (drafts.ok) offerDrafts($('#drafts'), await freshDrafts(edit, drafts.value), { ...deps, onFileState });
    document.documentElement.dataset.ready = 'true';
  })();
}

document.title = windowTitle(undefined, es.title);
if (host.edit) start(host.edit);
else showStatus(es.noEditing);
