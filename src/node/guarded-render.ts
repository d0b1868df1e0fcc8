import { buildDeckSteps, type DeckBuildCache, type DeckSources, type SlideRenderer } from '../core/build-deck';
import type { RenderedMarkdown } from '../core/markdown';
import { findRenderWorker, RenderPool, renderOrNull } from './render-pool';
import { runSliced } from './sliced-build';

const NOTHING: RenderedMarkdown = { html: '', title: '', assets: [], refused: [], refusedLinks: [], remoteImages: [], backgrounds: [], math: [] };
let pool: RenderPool | null | undefined;

/**
 * Renders, in the limited worker, every slide text of the files the cache has not seen, and
 * returns the renderer the pure builder then uses (null for texts over a limit: "too complex").
 * Without a built worker (running from sources) it renders in-process: no time limit, but a throw still only costs its slide.
 */
export async function prepareSlideRenderer(sources: DeckSources, cache?: DeckBuildCache): Promise<SlideRenderer> {
  const workers = warmSlideRenderer();
  if (!workers) return renderOrNull;
  const texts = new Set<string>();
  // A dry build with a recording renderer over the files the cache lacks (under the real
  // build's keys) finds exactly the texts the real build will render (with deck.yaml: its
  // comparison subjects decide how a slide's Markdown is laid out). In slices: on a
  // 100,000-file deck this pass alone takes seconds.
  await runSliced(
    buildDeckSteps({ ...sources, diagnostics: [], files: cache ? cache.missing(sources) : sources.files }, undefined, (markdown) => {
      texts.add(markdown);
      return NOTHING;
    }),
  );
  const list = [...texts];
  const results = await workers.render(list);
  const rendered = new Map(list.map((text, i) => [text, results[i] ?? null]));
  return (markdown) => (rendered.has(markdown) ? rendered.get(markdown)! : renderOrNull(markdown));
}

/**
 * Starts the rendering worker if it is not running: its start (loading marked, highlight.js,
 * KaTeX: about 0.15 s) then overlaps reading the files and the dry build instead of following
 * them. Null when there is no built worker (running from sources).
 */
export function warmSlideRenderer(): RenderPool | null {
  pool ??= ((script) => (script ? new RenderPool(script) : null))(findRenderWorker());
  pool?.warm();
  return pool;
}
