import type { DeckPayload, DeckUpdate } from './deck-update';
import type { Slide } from './types';

/**
 * How many slides (or sections, diagnostics) a step of the generators below handles before it
 * pauses: a host runs them in time slices (src/node/sliced-build.ts), so comparing two decks of
 * 100,000 slides never holds a presenter's key for the whole comparison.
 */
const STEP = 512;

/** Everything a view shows of a slide: two slides with the same key look the same. */
function contentKey(s: Slide): string {
  return [s.id, s.line, s.title, s.html, s.notesHtml, s.source, s.css ?? ''].join('\u0000');
}

/** The update that takes a receiver from `prev` to `next`, a few hundred slides at a time: slides it already has are referenced by index. */
export function* makeDeckUpdateSteps(prev: DeckPayload | null, next: DeckPayload): Generator<void, DeckUpdate, void> {
  // Unchanged files keep their very Slide objects (the render cache), so identity finds most;
  // content keys (costly: they join each slide's HTML) are built only for the rest.
  const old = prev?.deck.slides ?? [];
  const byIdentity = new Map<Slide, number>();
  for (let i = 0; i < old.length; i++) {
    byIdentity.set(old[i]!, i);
    if (i % STEP === STEP - 1) yield;
  }
  // Slides not found by identity: their content key is looked up among the old slides with the same id.
  let byId: Map<string, number[]> | null = null;
  const slides: (Slide | number)[] = [];
  for (let i = 0; i < next.deck.slides.length; i++) {
    const s = next.deck.slides[i]!;
    let found = byIdentity.get(s);
    if (found === undefined && prev) {
      if (!byId) {
        byId = new Map();
        for (let k = 0; k < old.length; k++) {
          const list = byId.get(old[k]!.id);
          if (list) list.push(k);
          else byId.set(old[k]!.id, [k]);
          if (k % STEP === STEP - 1) yield;
        }
      }
      const candidates = byId.get(s.id);
      if (candidates) {
        const key = contentKey(s);
        found = candidates.find((k) => contentKey(old[k]!) === key);
      }
    }
    slides.push(found ?? s);
    if (i % STEP === STEP - 1) yield;
  }
  return { folderName: next.folderName, revision: next.revision, baseRevision: prev?.revision ?? -1, deck: { ...next.deck, slides } };
}

/** True when two values have the same JSON; arrays are compared element by element, a few hundred per step. */
function* sameJsonSteps(a: unknown, b: unknown): Generator<void, boolean, void> {
  if (!Array.isArray(a) || !Array.isArray(b)) return JSON.stringify(a) === JSON.stringify(b);
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (JSON.stringify(a[i]) !== JSON.stringify(b[i])) return false;
    if (i % STEP === STEP - 1) yield;
  }
  return true;
}

/** `isEmptyUpdate` a few hundred slides, sections or diagnostics at a time. */
export function* isEmptyUpdateSteps(prev: DeckPayload, update: DeckUpdate): Generator<void, boolean, void> {
  const { slides, ...rest } = update.deck;
  const { slides: prevSlides, ...prevRest } = prev.deck;
  if (update.folderName !== prev.folderName || slides.length !== prevSlides.length) return false;
  for (let i = 0; i < slides.length; i++) {
    if (slides[i] !== i) return false;
    if (i % STEP === STEP - 1) yield;
  }
  // Same as comparing JSON.stringify(rest) with JSON.stringify(prevRest): keys with a value, in order.
  const keys = (o: object): string[] => Object.entries(o).flatMap(([k, v]) => (v === undefined ? [] : [k]));
  if (keys(rest).join('\0') !== keys(prevRest).join('\0')) return false;
  for (const key of keys(rest)) if (!(yield* sameJsonSteps(rest[key as keyof typeof rest], prevRest[key as keyof typeof prevRest]))) return false;
  return true;
}

/** Runs a generator of steps to its result at once (the pure, unsliced form). */
export function runSteps<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
