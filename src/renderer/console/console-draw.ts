import type { Deck } from '../../core/types';
import type { PresentationSnapshot } from '../../shared/contract';
import { el } from '../dom';
import { ConsoleFitWarnings } from '../fit/console-fit';
import { kindOfSlide } from '../slide-dom';
import { mark } from '../test-probes';
import { consoleView, type PreviewView } from './console-state';
import type { NotesPanel } from './notes-panel';
import { SlidePreview } from './preview';
import { showRoomState } from './room-view';
import { renderTimers } from './timers';
import type { Toolbar } from './toolbar';

const $ = (id: string): HTMLElement => document.getElementById(id)!;

/** Draws the console from the deck and the presentation state; cheap when nothing changed. */
export class ConsoleDraw {
  private readonly current = new SlidePreview($('lx-current'));
  private readonly next = new SlidePreview($('lx-next'), 'start');
  readonly fitWarnings = new ConsoleFitWarnings($('lx-current'));

  constructor(
    private readonly toolbar: Toolbar,
    private readonly notes: NotesPanel,
  ) {}

  draw(deck: Deck, snapshot: PresentationSnapshot, clockOffset: number): void {
    const { state } = snapshot;
    const view = consoleView(deck, state);
    mark({ position: `${state.position.slide}.${state.position.step}`, screen: state.screen });
    $('lx-badges').replaceChildren(...view.badges.map(([kind, text]) => el('span', { className: `lx-badge ${kind}`, textContent: text })));
    this.toolbar.update(state);
    this.preview(this.current, view.current, deck);
    this.preview(this.next, view.next, deck);
    // An empty deck: the previews say so; the rest keeps what it showed.
    if (view.slide < 0) return;
    this.fitWarnings.setCurrent(view.slide);
    showRoomState($('lx-room'), state);
    $('lx-topic').textContent = view.topic;
    $('lx-slide').textContent = view.line;
    this.notes.show(view.notesHtml);
    renderTimers($('lx-timers'), snapshot, clockOffset, deck);
  }

  private preview(preview: SlidePreview, view: PreviewView, deck: Deck): void {
    if (view.slide) preview.show(view.slide, view.step, deck.assetVersions, '', kindOfSlide(view.slide));
    else preview.show(undefined, 0, {}, view.empty);
  }
}
