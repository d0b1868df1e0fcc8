import '../styles/theme.css';
import '../styles/console.css';
import '../styles/problems.css';
import { countFragmentSteps } from '../../core/fragments';
import type { KeyMap } from '../../core/keymap';
import { sectionOfSlide } from '../../core/pacing';
import { audiencePosition } from '../../core/presentation';
import { NOTES_FONT_RANGE } from '../../core/settings';
import type { Deck } from '../../core/types';
import type { PresentationSnapshot } from '../../shared/contract';
import { followDeck } from '../deck-feed';
import { windowTitle } from '../../core/window-title';
import { acceptFolderDrops } from '../folder-drop';
import { showDiagnostics } from '../diagnostics-panel';
import { getHost } from '../host';
import { t } from '../i18n';
import { noticeDrafts } from '../present/edit-shortcut';
import { setupHelpOverlay } from '../present/help-overlay';
import { setupPresentationKeys } from '../presentation-keys';
import { followPresentation } from '../presentation-feed';
import { applyInlineStyles } from '../inline-style';
import { sanitizeNotesHtml } from '../sanitize';
import { ConsoleFitWarnings } from '../fit/console-fit';
import { applyDeckLook, kindOfSlide } from '../slide-dom';
import { ClickerSetup } from './clicker-setup';
import { button } from './button';
import { JumpGrid } from './grid';
import { setupNotesCue, setupSplitter } from './notes-layout';
import { SlidePreview } from './preview';
import { showRoomState } from './room-view';
import { ct } from './strings';
import { renderTimers } from './timers';
import { buildToolbar, type Toolbar } from './toolbar';

const host = getHost();
acceptFolderDrops(window);
const $ = (id: string): HTMLElement => document.getElementById(id)!;
let deck: Deck | null = null;
let snapshot: PresentationSnapshot | null = null;
let clockOffset = 0;
let keymap: KeyMap = {};
let notesSize = 30;
let notesKey = '';

const current = new SlidePreview($('lx-current'));
const next = new SlidePreview($('lx-next'), 'start');
const updateNotesCue = setupNotesCue($('lx-notes-wrap'), $('lx-notes'), $('lx-notes-more'));
const fitWarnings = new ConsoleFitWarnings($('lx-current'));
const grid = new JumpGrid({
  slides: () => deck?.slides ?? [],
  versions: () => deck?.assetVersions ?? {},
  audienceSlide: () => snapshot?.state.position.slide ?? 0,
  go: (slide) => void host.dispatch({ type: 'goto', slide }),
});
const clicker = new ClickerSetup(
  () => keymap,
  (map) => {
    keymap = map;
    void host.saveSettings({ keymap: map });
  },
);
const toolbar: Toolbar = buildToolbar($('lx-toolbar'), host, { openGrid: () => grid.open(), openClicker: () => clicker.open() });

function setNotesSize(size: number, save: boolean): void {
  notesSize = Math.max(NOTES_FONT_RANGE.min, Math.min(NOTES_FONT_RANGE.max, size));
  $('lx-notes').style.fontSize = `${notesSize}px`;
  $('lx-notes-size').dataset.size = String(notesSize);
  updateNotesCue();
  if (save) void host.saveSettings({ notesFontSize: notesSize });
}

function renderNotes(html: string): void {
  if (html === notesKey) return;
  notesKey = html;
  const notes = $('lx-notes');
  if (html) {
    notes.innerHTML = sanitizeNotesHtml(html);
    applyInlineStyles(notes); // formulas in notes (KaTeX sizes)
  } else {
    const empty = document.createElement('p');
    empty.className = 'lx-muted';
    empty.textContent = ct.noNotes;
    notes.replaceChildren(empty);
  }
  notes.scrollTop = 0;
  updateNotesCue();
}

function renderBadges(s: PresentationSnapshot['state']): void {
  const badges: [string, string][] = [];
  if (s.screen !== 'normal') badges.push([s.screen, s.screen === 'black' ? ct.badges.black : ct.badges.white]);
  if (s.frozen) badges.push(['frozen', `${ct.badges.frozen} (${s.frozen.slide + 1})`]);
  if (s.overview) badges.push(['overview', ct.badges.overview]);
  if (s.clock.status === 'paused') badges.push(['paused', ct.badges.paused]);
  if (s.rehearsal) badges.push(['rehearsal', ct.badges.rehearsal]);
  $('lx-badges').replaceChildren(
    ...badges.map(([kind, text]) => {
      const b = document.createElement('span');
      b.className = `lx-badge ${kind}`;
      b.textContent = text;
      return b;
    }),
  );
}

/** Draws the console from the deck and the presentation state; cheap when nothing changed. */
function render(): void {
  if (!deck || !snapshot) return;
  const { state } = snapshot;
  const slides = deck.slides;
  const root = document.documentElement;
  root.dataset.position = `${state.position.slide}.${state.position.step}`;
  root.dataset.screen = state.screen;
  renderBadges(state);
  toolbar.update(state);
  if (!slides.length) {
    current.show(undefined, 0, {}, t.noSlides);
    next.show(undefined, 0, {}, '');
    return;
  }
  const slide = slides[Math.min(state.position.slide, slides.length - 1)]!;
  fitWarnings.setCurrent(state.position.slide);
  const steps = countFragmentSteps(slide.html);
  // "Now on screen" is what the room sees: the frozen slide while frozen, covered when black or white.
  const room = audiencePosition(state);
  const roomSlide = slides[Math.min(room.slide, slides.length - 1)]!;
  current.show(roomSlide, room.step, deck.assetVersions, '', kindOfSlide(roomSlide));
  showRoomState($('lx-room'), state);
  if (state.position.step < steps) next.show(slide, state.position.step + 1, deck.assetVersions, '', kindOfSlide(slide));
  else {
    // Next/previous skip hidden slides (core/presentation.ts), so the preview does too.
    const coming = slides.find((x, i) => i > state.position.slide && !x.hidden);
    next.show(coming, 0, deck.assetVersions, ct.endOfDeck, kindOfSlide(coming));
  }
  const sectionIndex = sectionOfSlide(deck.sections, state.position.slide);
  const section = deck.sections[sectionIndex];
  $('lx-topic').textContent = section ? ct.topic(sectionIndex + 1, deck.sections.length, section.title) : '';
  $('lx-slide').textContent =
    ct.slide(state.position.slide + 1, slides.length) +
    (steps ? `, ${ct.step(state.position.step, steps)}` : '') +
    (slide.hidden ? ` (${ct.hidden})` : '') +
    (deck.loading ? ` (${ct.loading(deck.loading.files, deck.loading.total)})` : '');
  renderNotes(slide.notesHtml);
  renderTimers($('lx-timers'), snapshot, clockOffset, deck);
}

function setupStaticText(): void {
  document.title = windowTitle(undefined, ct.title);
  $('lx-current-title').textContent = ct.current;
  $('lx-next-title').textContent = ct.next;
  $('lx-notes-title').textContent = ct.notes;
  const size = $('lx-notes-size');
  for (const [label, delta] of [
    [ct.buttons.smaller, -2],
    [ct.buttons.larger, 2],
  ] as const)
    size.append(button(label, () => setNotesSize(notesSize + delta, true)));
}

async function start(): Promise<void> {
  setupStaticText();
  setupSplitter($('lx-main'), $('lx-splitter'));
  void noticeDrafts(host);
  setupHelpOverlay(ct.shortcuts);
  setupPresentationKeys({
    host,
    state: () => snapshot?.state ?? null,
    keymap: () => keymap,
    active: () => !grid.isOpen && !clicker.isOpen,
    local: {
      goto: () => grid.open(),
      fullscreen: () => void (document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen().catch(() => undefined)),
      swap: () => void host.windowCommand('swapDisplays'),
      console: () => undefined,
    },
  });
  window.addEventListener('keydown', (e) => {
    if (grid.isOpen || clicker.isOpen || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === '+' || e.key === '=') setNotesSize(notesSize + 2, true);
    else if (e.key === '-' || e.key === '_') setNotesSize(notesSize - 2, true);
  });
  const settings = await host.loadSettings();
  if (settings.ok) {
    keymap = settings.value.keymap;
    setNotesSize(settings.value.notesFontSize, false);
  } else setNotesSize(notesSize, false);
  const loaded = await followDeck(host, (payload) => {
    deck = payload.deck;
    document.title = windowTitle(deck.config.title, ct.title);
    applyDeckLook(deck);
    // Problems in the deck are the presenter's business, never the room's (not on the audience view).
    showDiagnostics(deck.diagnostics);
    fitWarnings.setDeck(deck);
    render();
  });
  if (!loaded.ok) {
    $('lx-topic').textContent = `${t.loadFailed}: ${loaded.error}`;
    document.documentElement.dataset.ready = 'error';
    return;
  }
  await followPresentation(host, (s, offset) => {
    snapshot = s;
    clockOffset = offset;
    render();
  });
  setInterval(() => {
    if (deck && snapshot) renderTimers($('lx-timers'), snapshot, clockOffset, deck);
  }, 250);
  document.documentElement.dataset.ready = 'true';
}

void start();
