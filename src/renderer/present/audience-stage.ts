import type { RevealApi } from 'reveal.js';
import { audiencePosition } from '../../core/presentation';
import { UNNUMBERED_KINDS } from '../../core/slide-kind';
import type { DeckPayload } from '../../shared/contract';
import { el } from '../dom';
import { applyFragmentStep } from '../fragment-steps';
import { t } from '../i18n';
import { kindOfSlide } from '../slide-dom';
import { slideMessage } from '../slide-message';
import { mark, markTime } from '../test-probes';
import { targetSlide, type AudienceState } from './audience-state';
import { MountedSlides } from './mounted-slides';
import { OverviewGrid } from './overview-grid';
import { setupStageChrome, showProgress } from './stage-chrome';
import { startReveal } from './reveal-setup';

/**
 * The audience view's drawing: reveal.js, the window of mounted slides, the overview grid and the
 * fragment steps. It reads the page's state (audience-state.ts) and never changes it; moves it
 * makes itself are not reported back as jumps.
 */
export class AudienceStage {
  private reveal: RevealApi | null = null;
  /** The window of slides mounted in reveal.js's DOM (all of them in a small deck). */
  private readonly mounted: MountedSlides;
  /** The overview (O): our own grid of every slide, not reveal.js's strip of the mounted window. */
  private readonly overview: OverviewGrid;
  /** True while this view moves reveal.js itself. */
  private applying = false;
  /** The section whose fragments were last set to a step, and its index. */
  private stepped: { section: HTMLElement; index: number } | null = null;

  constructor(
    private readonly slidesEl: HTMLElement,
    private readonly state: () => AudienceState,
    /** A slide picked in the overview, or reached by reveal.js by itself (a click, a link). */
    private readonly goto: (slide: number, fromOverview: boolean) => void,
  ) {
    this.mounted = new MountedSlides(slidesEl);
    this.overview = new OverviewGrid({
      slides: () => this.state().slides,
      versions: () => this.state().versions,
      numberOf: (index) => this.mounted.numberOf(index),
      pick: (slide) => goto(slide, true),
    });
  }

  /** The slide reveal.js shows now, if it runs. */
  currentSlide(): AudienceState['slides'][number] | undefined {
    return this.reveal ? this.state().slides[this.mounted.start + this.reveal.getIndices().h] : undefined;
  }

  showMessage(text: string): void {
    this.slidesEl.replaceChildren(el('section', {}, slideMessage(text)));
    this.mounted.clear();
  }

  /** The first deck: mounts it, starts reveal.js, shows the position. */
  async start(payload: DeckPayload): Promise<void> {
    const { deck } = payload;
    this.mounted.setDeck(deck.slides, deck.assetVersions);
    if (deck.slides.length) this.mounted.mount(targetSlide(this.state()), false, true);
    else this.showMessage(t.noSlides);
    const reveal = await startReveal((index) => this.mounted.numberOf(index));
    this.reveal = reveal;
    setupStageChrome(reveal);
    // reveal.js still moves by itself when a slide is clicked in the overview or a `#/3` link is
    // followed; such moves are sent to the host as a jump, so every view follows.
    reveal.on('slidechanged', () => {
      const state = this.state().presentation;
      if (this.applying || !state || state.frozen) return;
      const h = this.mounted.start + reveal.getIndices().h;
      if (h !== state.position.slide) this.goto(h, false);
    });
    this.showPosition(true);
  }

  /** Puts a reloaded deck into reveal.js, touching only what changed, and shows the position. */
  showDeck(payload: DeckPayload, forceNavigation = false): void {
    const { deck } = payload;
    const changed = this.mounted.setDeck(deck.slides, deck.assetVersions);
    if (!deck.slides.length) this.showMessage(t.noSlides);
    else if (!changed) this.mounted.mount(targetSlide(this.state()), false, true);
    this.overview.invalidate();
    // A full sync walks every mounted slide; when only contents changed, refreshing those is enough.
    this.moving(() => {
      // A slide hidden or shown renumbers the others: sync() redraws the slide number too.
      if (changed && !this.mounted.numbersChanged) changed.forEach((section) => this.reveal!.syncSlide(section));
      else this.reveal!.sync();
    });
    this.showPosition(forceNavigation || !changed || changed.some((section) => section.querySelector('.fragment')));
    mark({ revision: payload.revision });
  }

  /**
   * Brings reveal.js to the audience position of the presentation state: slide, fragment step,
   * overview, and a black or white screen over everything. `force` re-navigates even when the
   * indices match (after a structural deck change).
   */
  showPosition(force = false): void {
    const { presentation, slides, progress } = this.state();
    const reveal = this.reveal;
    if (!presentation) return;
    document.documentElement.dataset.screen = presentation.screen;
    mark({ frozen: presentation.frozen !== null });
    if (!reveal || !slides.length) return;
    const target = audiencePosition(presentation);
    this.moving(() => {
      // Slides that came into the window must be known to reveal.js before it moves to them.
      const remounted = this.mounted.mount(target.slide, false);
      if (remounted) reveal.sync();
      this.overview.show(presentation.overview, target.slide);
      const local = target.slide - this.mounted.start;
      if (force || remounted || reveal.getIndices().h !== local) reveal.slide(local, 0);
      this.showSteps(target.slide, target.step);
    });
    mark({ position: `${this.mounted.start + reveal.getIndices().h}.${target.step}` });
    // Title and closing slides carry no number; the progress line (deck.yaml `progress: true`) follows.
    const kind = kindOfSlide(slides[target.slide]);
    mark({ slideKind: kind });
    document.documentElement.toggleAttribute('data-unnumbered', UNNUMBERED_KINDS.includes(kind));
    showProgress(progress, target.slide, slides.length);
    markTime('shownAt');
  }

  private moving(move: () => void): void {
    this.applying = true;
    try {
      move();
    } finally {
      this.applying = false;
    }
  }

  /**
   * Shows fragment steps ourselves (reveal.js runs with `fragments: false`): reveal.js would query
   * the fragments of every slide on every move, which at 500 slides cost more than the move itself.
   * Only the slide left and the slide shown are touched: the one left keeps all its steps when
   * the talk went forward and none when it went back, as reveal.js shows them.
   */
  private showSteps(index: number, step: number): void {
    const section = this.mounted.sectionAt(index);
    const left = this.stepped;
    if (left && left.section !== section && left.section.isConnected) applyFragmentStep(left.section, left.index < index ? Infinity : 0);
    if (section) applyFragmentStep(section, step);
    this.stepped = section ? { section, index } : null;
  }
}
