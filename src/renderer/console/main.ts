import '../styles/theme.css';
import '../styles/console.css';
import '../styles/problems.css';
import { followDeck } from '../deck-feed';
import { button } from '../dom';
import { windowTitle } from '../../core/window-title';
import { showDiagnostics } from '../diagnostics-panel';
import { acceptFolderDrops } from '../folder-drop';
import { toggleFullScreen } from '../fullscreen';
import { getHost } from '../host';
import { t } from '../i18n';
import { noticeDrafts } from '../present/edit-shortcut';
import { setupHelpOverlay } from '../present/help-overlay';
import { setupPresentationKeys } from '../presentation-keys';
import { followPresentation } from '../presentation-feed';
import { applyDeckLook } from '../slide-dom';
import { mark } from '../test-probes';
import { ClickerSetup } from './clicker-setup';
import { ConsoleDraw } from './console-draw';
import { initialConsole, withNotesSize, type ConsoleState } from './console-state';
import { JumpGrid } from './grid';
import { setupSplitter } from './notes-layout';
import { NotesPanel } from './notes-panel';
import { ct } from './strings';
import { renderTimers } from './timers';
import { buildToolbar } from './toolbar';

/** The presenter console: wires the host's deck and presentation state to the drawing. */
const host = getHost();
acceptFolderDrops(window);
const $ = (id: string): HTMLElement => document.getElementById(id)!;
/** The page's one state; changed only through console-state.ts's transitions. */
let state: ConsoleState = initialConsole;

const grid = new JumpGrid({
  slides: () => state.deck?.slides ?? [],
  versions: () => state.deck?.assetVersions ?? {},
  audienceSlide: () => state.snapshot?.state.position.slide ?? 0,
  go: (slide) => void host.dispatch({ type: 'goto', slide }),
});
const clicker = new ClickerSetup(
  () => state.keymap,
  (keymap) => {
    state = { ...state, keymap };
    void host.saveSettings({ keymap });
  },
);
const notes = new NotesPanel();
const drawing = new ConsoleDraw(buildToolbar($('lx-toolbar'), host, { openGrid: () => grid.open(), openClicker: () => clicker.open() }), notes);

function draw(): void {
  if (state.deck && state.snapshot) drawing.draw(state.deck, state.snapshot, state.clockOffset);
}

function setNotesSize(size: number, save: boolean): void {
  state = withNotesSize(state, size);
  notes.setSize(state.notesSize);
  if (save) void host.saveSettings({ notesFontSize: state.notesSize });
}

function setupStaticText(): void {
  document.title = windowTitle(undefined, ct.title);
  $('lx-current-title').textContent = ct.current;
  $('lx-next-title').textContent = ct.next;
  $('lx-notes-title').textContent = ct.notes;
  $('lx-notes-size').append(
    button(ct.buttons.smaller, () => setNotesSize(state.notesSize - 2, true)),
    button(ct.buttons.larger, () => setNotesSize(state.notesSize + 2, true)),
  );
}

async function start(): Promise<void> {
  setupStaticText();
  setupSplitter($('lx-main'), $('lx-splitter'));
  void noticeDrafts(host);
  setupHelpOverlay(ct.shortcuts);
  setupPresentationKeys({
    dispatch: (action) => void host.dispatch(action),
    state: () => state.snapshot?.state ?? null,
    keymap: () => state.keymap,
    active: () => !grid.isOpen && !clicker.isOpen,
    local: { goto: () => grid.open(), fullscreen: toggleFullScreen, swap: () => void host.windowCommand('swapDisplays'), console: () => undefined },
  });
  window.addEventListener('keydown', (e) => {
    if (grid.isOpen || clicker.isOpen || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === '+' || e.key === '=') setNotesSize(state.notesSize + 2, true);
    else if (e.key === '-' || e.key === '_') setNotesSize(state.notesSize - 2, true);
  });
  const settings = await host.loadSettings();
  if (settings.ok) state = { ...state, keymap: settings.value.keymap };
  setNotesSize(settings.ok ? settings.value.notesFontSize : state.notesSize, false);
  const loaded = await followDeck(host, (payload) => {
    const { deck } = payload;
    state = { ...state, deck };
    document.title = windowTitle(deck.config.title, ct.title);
    applyDeckLook(deck);
    // Problems in the deck are the presenter's business, never the room's (not on the audience view).
    showDiagnostics(deck.diagnostics);
    drawing.fitWarnings.setDeck(deck);
    draw();
  });
  if (!loaded.ok) {
    $('lx-topic').textContent = `${t.loadFailed}: ${loaded.error}`;
    mark({ ready: 'error' });
    return;
  }
  await followPresentation(host, (snapshot, clockOffset) => {
    state = { ...state, snapshot, clockOffset };
    draw();
  });
  // The talk clock, wall clock, pace and end time run between state changes.
  setInterval(() => {
    if (state.deck && state.snapshot) renderTimers($('lx-timers'), state.snapshot, state.clockOffset, state.deck);
  }, 250);
  mark({ ready: 'true' });
}

void start();
