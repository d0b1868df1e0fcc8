import { countFragmentSteps } from '../core/fragments';
import { reloadTarget } from '../core/follow-slide';
import { initialPresentation, reducePresentation, type PresentationAction, type PresentationDeck, type PresentationState } from '../core/presentation';
import { parsePresentationAction } from '../core/presentation-action';
import { makeRehearsalRecord, type RehearsalRecord } from '../core/rehearsal';
import type { Deck, Slide } from '../core/types';
import type { PresentationSnapshot, Result } from '../shared/contract';
import { listenerSet } from './listener-set';
import { TimeSlicer } from './sliced-build';

/** Fragment steps per slide object: an unchanged file keeps its slide objects, so a reload of a 100,000-slide deck counts only the new ones. */
const STEPS = new WeakMap<Slide, number>();
function stepsOf(slide: Slide): number {
  let steps = STEPS.get(slide);
  if (steps === undefined) STEPS.set(slide, (steps = countFragmentSteps(slide.html)));
  return steps;
}

/**
 * Counts the fragment steps of slides not counted yet, in time slices, before the deck reaches
 * `setDeck` (which runs at once, in order with the deck event): the first complete load of a
 * 100,000-slide deck counted them all in one go and held a presenter's key.
 */
export async function countStepsAhead(slides: readonly Slide[], slicer = new TimeSlicer()): Promise<void> {
  for (let i = 0; i < slides.length; i++) {
    stepsOf(slides[i]!);
    if (i % 256 === 255) await slicer.pause();
  }
}

/** What the hub needs from its host. */
export interface PresentationHubOptions {
  now?: () => number;
  /** Saves a finished rehearsal; returns the per-section times to show as "last run". */
  saveRehearsal?: (record: RehearsalRecord) => Promise<Record<string, number> | null>;
  /** Per-section times of the last saved rehearsal, shown next to the plan. */
  lastRun?: Record<string, number> | null;
}

/**
 * The one presentation state of an open deck (see core/presentation.ts). Views send actions; the
 * hub checks them, runs the reducer and tells every listener; views never talk to each other.
 * On a deck reload it follows the current slide by content (core/follow-slide.ts).
 */
export class PresentationHub {
  private state: PresentationState = initialPresentation();
  private deck: Deck | null = null;
  private shape: PresentationDeck = { ids: [], steps: [] };
  private lastRun: Record<string, number> | null;
  private readonly changes = listenerSet<PresentationSnapshot>();
  private readonly now: () => number;

  constructor(private readonly options: PresentationHubOptions = {}) {
    this.now = options.now ?? Date.now;
    this.lastRun = options.lastRun ?? null;
  }

  /** The state as views receive it, with the host's clock so they can show running timers. */
  snapshot(): PresentationSnapshot {
    return { state: this.state, now: this.now(), lastRun: this.lastRun };
  }

  /** Takes a new revision of the deck, keeping the presenter on the same slide. */
  setDeck(deck: Deck): void {
    const previous = this.deck;
    this.deck = deck;
    this.shape = { ids: deck.slides.map((s) => s.id), steps: deck.slides.map(stepsOf), hidden: deck.slides.map((s) => s.hidden === true) };
    if (!previous) return;
    const target = reloadTarget(previous.slides, deck.slides, this.state.position.slide);
    this.apply({ type: 'deckChanged', slide: target.index, sameSlide: target.sameSlide });
  }

  /** An action from a view (untrusted): applied, or refused with a message. */
  dispatch(input: unknown): Result<PresentationSnapshot> {
    const action = parsePresentationAction(input);
    if (!action) return { ok: false, error: 'unknown presentation action' };
    this.apply(action);
    return { ok: true, value: this.snapshot() };
  }

  /** Calls `listener` with every change; returns an unsubscribe function. */
  readonly onChange = this.changes.on;

  private apply(action: PresentationAction): void {
    const before = this.state;
    const now = this.now();
    const after = reducePresentation(before, action, this.shape, now);
    if (after === before) return;
    this.state = after;
    if (before.rehearsal && !after.rehearsal && this.deck) this.finishRehearsal(makeRehearsalRecord(this.deck, before, now));
    this.broadcast();
  }

  private finishRehearsal(record: RehearsalRecord): void {
    const save = this.options.saveRehearsal;
    if (!save) return;
    void save(record).then(
      (times) => {
        this.lastRun = times;
        this.broadcast();
      },
      (err: unknown) => console.error(`lectern: could not save the rehearsal: ${(err as Error).message}`),
    );
  }

  private broadcast(): void {
    this.changes.emit(this.snapshot());
  }
}
