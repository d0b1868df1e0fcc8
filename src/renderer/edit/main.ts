import '../styles/theme.css';
import '../styles/edit.css';
import { hasUnsavedText } from '../../core/edit-state';
import { slideAtLine, type FilePreview } from '../../core/file-preview';
import type { TextEncodingName } from '../../core/text-encoding';
import type { DeckPayload } from '../../shared/contract';
import type { DeckFileEntry, Draft, EditHost } from '../../shared/edit-contract';
import { followDeck } from '../deck-feed';
import { windowTitle } from '../../core/window-title';
import { getHost } from '../host';
import { startPresenting } from './start-presenting';
import { applyDeckLook } from '../slide-dom';
import { Banners } from './banners';
import { CodeEditor } from './code-editor';
import { draftRow, freshDrafts, onSaveShortcut } from './draft-row';
import { EncodingMenu } from './encoding-menu';
import { OpenFiles } from './open-files';
import { GuardedPreview } from './guarded-preview';
import { Preview } from './preview';
import { FitProblems } from './fit-problems';
import { Problems } from './problems';
import { Sidebar } from './sidebar';
import { es } from './strings';

const $ = (sel: string): HTMLElement => document.querySelector<HTMLElement>(sel)!;
const host = getHost();
let deck: DeckPayload | null = null;
let fileList: DeckFileEntry[] = [];
let preview: FilePreview = { slides: [], diagnostics: [] };
let cursorLine = 1;
/** Diagnostic codes only the host can find (they need the disk); all others come from the live buffer. */
const HOST_ONLY_CHECKS = /^(asset-missing|file-[a-z-]+|order-missing-file)$/;
/** A preview build slower than this waits for a pause in typing (TYPING_PAUSE_MS). */
const SLOW_BUILD_MS = 30;
const TYPING_PAUSE_MS = 200;

function start(edit: EditHost): void {
  const files = new OpenFiles(edit, (id) => onFileState(id));
  const editor = new CodeEditor($('#editor'), {
    onEdit: (id, text) => files.edit(id, text),
    onCursorLine: (line) => {
      cursorLine = line;
      schedulePreview();
    },
  });
  const banners = new Banners($('#banners'), {
    keepMine: (id) => files.resolve(id, 'keep-mine'),
    takeTheirs: (id) => files.resolve(id, 'take-theirs'),
    saveAs: (id, name) => void saveAs(id, name),
    saveDamaged: (id) => void files.save(id, { replaceDamaged: true }),
    reopenDiscarding: (id, encoding) => void reopen(id, encoding, true),
    dismiss: (id) => files.dismiss(id),
  });
  const encodingMenu = new EncodingMenu($('#encoding-menu'), (id, encoding) => void reopen(id, encoding, false));

  /** Reopens a file in another encoding (asks first when it has unsaved edits); the host reloads the deck. */
  async function reopen(id: string, encoding: TextEncodingName | null, discardEdits: boolean): Promise<void> {
    const error = await files.reopen(id, encoding, { discardEdits });
    $('#status-message').textContent = error ?? '';
  }
  const sidebar = new Sidebar($('#sidebar'), {
    open: (id) => void openFile(id).then(() => editor.view.focus()),
    create: (name) =>
      void run(async () => {
        const made = await edit.createFile(name);
        if (!made.ok) return made.error;
        files.adopt(made.value);
        await refreshList();
        await openFile(name);
        editor.view.focus();
      }),
    rename: (from, to) =>
      void run(async () => {
        const r = await edit.renameFile(from, to);
        if (!r.ok) return r.error;
        // The editor first: the file's state change then finds it shown under its new name.
        editor.rename(from, to);
        files.rename(from, to);
        await refreshList();
      }),
    trash: (id) =>
      void run(async () => {
        const r = await edit.trashFile(id);
        if (!r.ok) return r.error;
        files.close(id);
        editor.forget(id);
        await refreshList();
        const next = fileList.find((f) => f.kind === 'slide')?.id;
        if (next) await openFile(next);
        return es.trashed(r.value);
      }),
    reorder: (ids) =>
      void run(async () => {
        const r = await edit.reorderFiles(ids);
        if (!r.ok) return r.error;
        for (const [from, to] of r.value) {
          editor.rename(from, to);
          files.rename(from, to);
        }
        await refreshList();
      }),
    gotoLine: (line) => editor.gotoLine(line),
  });
  const view = new Preview($('#preview'), (line) => editor.gotoLine(line));
  const guard = new GuardedPreview(() => new Worker(new URL('./preview-worker.ts', import.meta.url), { type: 'module' }));
  const problems = new Problems($('#problems'), (file, line) => void openFile(file).then(() => editor.gotoLine(line)));
  const fits = new FitProblems(() => schedulePreview());

  /** Runs a sidebar action; a returned string is shown to the user. */
  async function run(action: () => Promise<string | void>): Promise<void> {
    const message = await action();
    $('#status-message').textContent = message ?? '';
  }

  async function refreshList(): Promise<void> {
    const listed = await edit.listFiles();
    if (listed.ok) fileList = listed.value;
    renderSidebar();
  }

  function renderSidebar(): void {
    const unsaved = new Set(
      files
        .all()
        .filter((m) => hasUnsavedText(m.state))
        .map((m) => m.id),
    );
    sidebar.setFiles(fileList, editor.shownId, unsaved);
  }

  async function openFile(id: string): Promise<void> {
    if (editor.shownId === id) return;
    const opened = await files.open(id);
    if (!opened.ok) {
      $('#status-message').textContent = opened.error;
      return;
    }
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
      document.documentElement.dataset.fileStatus = s.status;
      schedulePreview();
    }
    renderSidebar();
  }

  /**
   * One preview build per frame at most, so fast typing coalesces into one render. A file large
   * enough that a build is slow (200 slides: ~140 ms) is rebuilt only when typing pauses, so the
   * keystrokes themselves never wait for the preview.
   */
  let previewPending = false;
  let previewTimer: ReturnType<typeof setTimeout> | undefined;
  let lastBuildMs = 0;
  function schedulePreview(): void {
    if (lastBuildMs > SLOW_BUILD_MS) {
      clearTimeout(previewTimer);
      previewTimer = setTimeout(showPreview, TYPING_PAUSE_MS);
      return;
    }
    if (previewPending) return;
    previewPending = true;
    requestAnimationFrame(() => {
      previewPending = false;
      showPreview();
    });
  }

  /** Built in a worker with a time limit per slide (guarded-preview.ts): a hostile file never freezes typing. */
  function showPreview(): void {
    const [id, text, started] = [editor.shownId, editor.text(), performance.now()];
    if (id)
      void guard.build(id, text).then((built) => {
        if (built && editor.shownId === id) buildPreview(id, built, performance.now() - started);
      });
  }

  function buildPreview(id: string, built: FilePreview, tookMs: number): void {
    [lastBuildMs, preview] = [tookMs, built];
    const slide = slideAtLine(preview.slides, cursorLine);
    view.show(slide, deck?.deck.assetVersions ?? {}, id === 'deck.yaml' ? es.settingsFile : undefined);
    fits.watchBuffer(id, preview.slides, deck?.deck.assetVersions ?? {});
    sidebar.setSlides(preview.slides, slide);
    // The text's own checks (and fit) run live on the buffer; checks that need the disk (missing
    // images, unreadable files, `order`) come from the host's last load.
    const live = [...preview.diagnostics.filter((d) => !HOST_ONLY_CHECKS.test(d.code)), ...fits.forFile(id)];
    const fromHost = (deck?.deck.diagnostics ?? []).filter((d) => d.file !== id || HOST_ONLY_CHECKS.test(d.code));
    editor.setProblems([...live, ...fromHost.filter((d) => d.file === id)]);
    problems.render([...live, ...fromHost, ...fits.otherFiles(id)]);
  }

  async function save(): Promise<void> {
    const id = editor.shownId;
    if (!id) return;
    files.edit(id, editor.text());
    await files.save(id);
  }

  async function saveAs(id: string, name: string): Promise<void> {
    const model = files.get(id);
    if (!model) return;
    const made = await edit.createFile(name);
    if (!made.ok) return void ($('#status-message').textContent = made.error);
    const copy = files.adopt(made.value);
    copy.format = model.format;
    copy.eol = model.eol;
    files.edit(name, model.state.mine);
    await files.save(name);
    // A copy of a file read in a chosen encoding is read back the same way (it holds the same kind of bytes).
    if (model.chosen && files.get(name)?.state.status === 'clean') await files.reopen(name, model.format.encoding);
    await refreshList();
    await openFile(name);
  }

  function offerDrafts(drafts: Draft[]): void {
    const box = $('#drafts');
    for (const draft of drafts) {
      const restore = async (row: HTMLElement): Promise<void> => {
        const disk = await edit.readFile(draft.id);
        editor.forget(draft.id);
        files.close(draft.id);
        files.restore(draft, disk.ok ? disk.value : null);
        row.remove();
        if (editor.shownId !== draft.id) await openFile(draft.id);
        else onFileState(draft.id);
      };
      box.append(
        draftRow(
          draft,
          (row) => void restore(row),
          (row) => {
            void edit.deleteDraft(draft.id);
            row.remove();
          },
        ),
      );
    }
  }

  $('#save').addEventListener('click', () => void save());
  onSaveShortcut(() => void save());
  $('#save').textContent = es.save;
  $('#present').textContent = es.present;
  $('#present').addEventListener('click', () => startPresenting(host));
  window.addEventListener('beforeunload', (e) => {
    files.flushDrafts();
    if (files.hasUnsaved()) e.preventDefault();
  });
  // Slides preview with the deck's settings (separators, comparison subjects), as on the projector.
  const useDeckYaml = (text: string | null): void => {
    guard.deckYaml = text;
    schedulePreview();
  };
  void edit.readFile('deck.yaml').then((read) => useDeckYaml(read.ok ? read.value.text : null));
  edit.onFileChanged((change) => {
    if (change.id === 'deck.yaml') useDeckYaml(change.text);
    files.external(change);
    if (change.hash === null || !fileList.some((f) => f.id === change.id)) void refreshList();
  });

  void (async () => {
    const followed = await followDeck(host, (payload) => {
      deck = payload;
      document.title = windowTitle(payload.deck.config.title, es.title);
      applyDeckLook(payload.deck);
      fits.watchDeck(payload.deck);
      schedulePreview();
    });
    if (!followed.ok) $('#status-message').textContent = followed.error;
    await refreshList();
    const drafts = await edit.listDrafts();
    const wanted = new URLSearchParams(location.hash.slice(1));
    const first = wanted.get('file') ?? fileList.find((f) => f.kind === 'slide')?.id ?? fileList[0]?.id;
    if (first) await openFile(first);
    const line = Number(wanted.get('line'));
    if (line > 0) editor.gotoLine(line);
    if (drafts.ok) offerDrafts(await freshDrafts(edit, drafts.value));
    document.documentElement.dataset.ready = 'true';
  })();
}

document.title = windowTitle(undefined, es.title);
if (host.edit) start(host.edit);
else $('#status-message').textContent = 'This host cannot edit files.';
