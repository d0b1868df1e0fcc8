import { diagnostic } from './diagnostic-text';
import { wrapCompareBlocks } from './compare-cards';
import type { CompareSubject } from './compare-config';
import { placeSummary, readVerdicts, type Verdicts } from './compare-summary';
import { APPLIED_FOREIGN_KEYS, DECK_CONFIG_FILE, FOREIGN_FRONT_MATTER_KEYS, FRONT_MATTER_KEYS, parseDeckConfig } from './deck-config';
import { runSteps } from './deck-update-steps';
import { dialectFile } from './dialect-slide';
import { parseDuration } from './duration';
import { renderMarkdown, type RenderedMarkdown } from './markdown';
import { isSlideFileName, orderFiles } from './natural-sort';
import { splitFrontMatter, splitSlides } from './split-slides';
import { splitRulesOf, SPLIT_KEYS } from './split-rules';
import { expandImports } from './slide-imports';
import type { Deck, DeckConfig, Diagnostic, Section, Slide, SourceFile } from './types';
import { parseYamlMap, quoteReservedScalars } from './yaml-map';
import { lineOf, looksLikeFrontMatter, readFlag } from './front-matter-checks';

/** deck.yaml's settings that shape every file (separators), with their lines. */
type DeckSplit = { data: Record<string, unknown>; lines: Record<string, number>; file: string } | null;

/** Everything the pure builder needs: decoded files, the optional deck.yaml and a fallback title. */
export interface DeckSources {
  files: SourceFile[];
  /** Text of deck.yaml, or null when the deck has none. */
  config: string | null;
  /** Used as the deck title when neither deck.yaml nor the first slide gives one. */
  folderName: string;
  /** Problems found while reading (encodings, unreadable files), merged into the result. */
  diagnostics?: Diagnostic[];
  /** Files that slides import (Slidev `src: pages/x.md`), by deck-relative path; never slides themselves. */
  includes?: SourceFile[];
}

/** What one file contributes, independent of its place in the deck (so it can be reused). */
interface FileResult {
  slides: Slide[];
  diagnostics: Diagnostic[];
  title: string;
  duration: number;
  /** Front matter `summary`: this file is one dimension of the comparison. */
  verdicts?: Verdicts;
}

const cacheKey = (salt: string, file: SourceFile, context: string): string => `${salt}\0${file.name}\0${context}\0${file.text}`;

/** deck.yaml's separator settings (reveal.js's data-separator attributes, Marp's headingDivider). */
const splitSettings = (configData: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(SPLIT_KEYS.filter((k) => configData[k] !== undefined).map((k) => [k, configData[k]]));

/** A file's slides depend on deck.yaml's separators and the included files too: cached per those. */
function cacheSalt(configData: Record<string, unknown>, sources: DeckSources): string {
  const split = splitSettings(configData);
  const includes = sources.includes ?? [];
  return (Object.keys(split).length ? JSON.stringify(split) : '') + (includes.length ? JSON.stringify(includes.map((f) => [f.name, f.text])) : '');
}

/** What every file's result depends on: the declared comparison subjects. */
const cacheContext = (config: DeckConfig): string => JSON.stringify(config.compare);

/**
 * Remembers each file's rendering by name and content, so a reload after editing one file of a
 * large deck re-renders only that file. Entries not used by the latest build are dropped.
 */
export class DeckBuildCache {
  private entries = new Map<string, FileResult>();
  private used = new Set<string>();
  /** What else a file's result depends on (the declared subjects), set by each build. */
  private context = '';

  /** Sets what the next lookups depend on besides the file (a change re-renders every file). */
  setContext(context: string): void {
    this.context = context;
  }

  /** The file's result, computed by `make` unless its exact content was seen before. */
  get(file: SourceFile, make: () => FileResult, salt = ''): FileResult {
    const key = cacheKey(salt, file, this.context);
    this.used.add(key);
    let hit = this.entries.get(key);
    if (!hit) {
      hit = make();
      this.entries.set(key, hit);
    }
    return hit;
  }

  /**
   * The files a build of `sources` would render: those whose result is not cached under the
   * build's own keys (deck.yaml's separators, Slidev includes, comparison subjects). The node
   * layer renders exactly these in its worker first. Looks only; stores nothing.
   */
  missing(sources: DeckSources): SourceFile[] {
    const { config, data } = parseDeckConfig(sources.config, []);
    const salt = cacheSalt(data, sources);
    const context = cacheContext(config);
    return sources.files.filter((file) => !this.entries.has(cacheKey(salt, file, context)));
  }

  /** Forgets what the last build did not use. */
  sweep(): void {
    for (const key of this.entries.keys()) if (!this.used.has(key)) this.entries.delete(key);
    this.used.clear();
  }
}

/**
 * Renders one slide's (or notes') Markdown; null means it was too complex to render within the
 * host's time and memory limits (the node layer renders in a worker and passes its results).
 */
export type SlideRenderer = (markdown: string) => RenderedMarkdown | null;

/** Builds a deck from its sources: never throws, every problem becomes a diagnostic. */
export function buildDeck(sources: DeckSources, cache?: DeckBuildCache, render: SlideRenderer = renderMarkdown): Deck {
  return runSteps(buildDeckSteps(sources, cache, render));
}

/**
 * `buildDeck` one file at a time: pauses after each file, so a host can give its event loop
 * back between files of a 100,000-file deck (src/node/sliced-build.ts).
 */
export function* buildDeckSteps(sources: DeckSources, cache?: DeckBuildCache, render: SlideRenderer = renderMarkdown): Generator<void, Deck, void> {
  const diagnostics: Diagnostic[] = [...(sources.diagnostics ?? [])];
  const { config, lines: configLines, data: configData } = parseDeckConfig(sources.config, diagnostics);
  const splitData = splitSettings(configData);
  const deckSplit: DeckSplit = Object.keys(splitData).length ? { data: splitData, lines: configLines, file: DECK_CONFIG_FILE } : null;
  const includes = new Map((sources.includes ?? []).map((f) => [f.name, f.text]));
  const salt = cacheSalt(configData, sources);
  const byName = new Map(sources.files.filter((f) => isSlideFileName(f.name)).map((f) => [f.name, f]));
  for (const name of config.order) {
    if (!byName.has(name)) diagnostics.push(diagnostic({ severity: 'warning', code: 'order-missing-file', file: DECK_CONFIG_FILE, line: configLines.order, params: { name } }));
  }
  const sections: Section[] = [];
  const slides: Slide[] = [];
  const verdicts = new Map<string, Verdicts>();
  cache?.setContext(cacheContext(config));
  for (const name of orderFiles([...byName.keys()], config.order)) {
    const file = byName.get(name)!;
    const make = (): FileResult => buildFile(file, render, config.compare, deckSplit, includes);
    const result = cache ? cache.get(file, make, salt) : make();
    diagnostics.push(...result.diagnostics);
    if (!result.slides.length) continue;
    sections.push({ file: name, title: result.title, firstSlide: slides.length, slideCount: result.slides.length, duration: result.duration });
    if (result.verdicts) verdicts.set(name, result.verdicts);
    for (const slide of result.slides) slides.push(slide);
    yield;
  }
  cache?.sweep();
  placeSummary(slides, sections, verdicts, config);
  if (!slides.length) diagnostics.push(diagnostic({ severity: 'error', code: 'deck-empty', file: '.' }));
  if (!config.title) config.title = slides[0]?.title || sources.folderName;
  return { config, sections, slides, diagnostics, assetVersions: {} };
}

function buildFile(file: SourceFile, render: SlideRenderer, subjects: readonly CompareSubject[], deckSplit: DeckSplit, includes: ReadonlyMap<string, string>): FileResult {
  const diagnostics: Diagnostic[] = [];
  const slides: Slide[] = [];
  let fm = splitFrontMatter(file.text);
  if (fm.foreignLanguage) {
    diagnostics.push(diagnostic({ severity: 'error', code: 'front-matter-language', file: file.name, line: 1, params: { language: fm.foreignLanguage } }));
  }
  const yamlDiagnostics: Diagnostic[] = [];
  // `---js` blocks are reported above and never parsed: their content is not YAML.
  // Marp reads `footer: @name`; YAML reserves `@` and backticks at the start of a plain value.
  let { data, lines } =
    fm.yaml === null || fm.foreignLanguage
      ? { data: {} as Record<string, unknown>, lines: {} as Record<string, number> }
      : parseYamlMap(quoteReservedScalars(fm.yaml), file.name, fm.yamlLine - 1, yamlDiagnostics);
  if (fm.yaml !== null && !fm.foreignLanguage && !looksLikeFrontMatter(fm.yaml, data, yamlDiagnostics)) {
    // `---` then `Flask: минимализм` is a slide separator followed by text, not settings.
    fm = { yaml: null, yamlLine: 0, body: file.text, bodyLine: 1 };
    data = {};
    lines = {};
  } else diagnostics.push(...yamlDiagnostics);
  for (const key of Object.keys(data)) {
    if (APPLIED_FOREIGN_KEYS.has(key)) continue;
    if ((FOREIGN_FRONT_MATTER_KEYS as readonly string[]).includes(key))
      diagnostics.push(diagnostic({ severity: 'info', code: 'front-matter-foreign-key', file: file.name, line: lines[key], params: { key } }));
    else if (!(FRONT_MATTER_KEYS as readonly string[]).includes(key))
      diagnostics.push(diagnostic({ severity: 'warning', code: 'front-matter-unknown-key', file: file.name, line: lines[key], params: { key, known: FRONT_MATTER_KEYS.join(', ') } }));
  }
  let duration = 0;
  if (data.duration !== undefined) {
    const d = parseDuration(data.duration);
    if (d === null) diagnostics.push(diagnostic({ severity: 'warning', code: 'front-matter-duration', file: file.name, line: lines.duration, params: { value: String(data.duration) } }));
    else duration = d;
  }
  const verdicts = data.summary === undefined ? undefined : readVerdicts(data.summary, subjects, file.name, lines.summary, diagnostics);
  const hideFile = readFlag(data, 'hidden', file.name, lines, diagnostics);
  const printSteps = readFlag(data, 'print-steps', file.name, lines, diagnostics);
  const rules = splitRulesOf(data, lines, fm.body, file.name, diagnostics, deckSplit);
  const split = splitSlides(fm.body, fm.bodyLine, rules);
  const chunks = rules.dialect === 'slidev' ? expandImports(split, includes, rules, file.name, diagnostics) : split;
  const prepareSlide = dialectFile(rules.dialect, data, file.name, diagnostics, chunks, includes.get('style.css') ?? '');
  // A file with no content at all gets one clear message, not one per empty chunk.
  if (chunks.every((c) => c.body.trim() === '' && !c.notes)) {
    const reason = file.text.trim() === '' ? 'empty' : chunks.length > 1 ? 'separators' : 'settings';
    diagnostics.push(diagnostic({ severity: 'warning', code: 'file-empty', file: file.name, line: 1, params: { reason } }));
    return { slides, diagnostics, title: file.name.replace(/\.md$/i, ''), duration };
  }
  chunks.forEach((chunk, i) => {
    const empty = chunk.body.trim() === '';
    // Leading and trailing separators give empty chunks silently; one between slides is reported.
    if (empty) {
      if (chunk.notes || chunks.length === 1 || (i > 0 && i < chunks.length - 1)) {
        diagnostics.push(diagnostic({ severity: 'warning', code: 'slide-empty', file: file.name, line: chunk.line }));
      }
      return;
    }
    const blocks = wrapCompareBlocks(chunk.body, subjects);
    const strayParams = { cards: [...new Set(blocks.cards)].join('/'), subjects: subjects.map((s) => s.name).join(', ') };
    for (const stray of blocks.stray) {
      diagnostics.push(
        diagnostic({ severity: 'warning', code: 'compare-unknown-subject', file: file.name, line: chunk.line + stray.line, params: { reason: 'heading', name: stray.text, ...strayParams } }),
      );
    }
    if (blocks.summarySlot && !subjects.length) diagnostics.push(diagnostic({ severity: 'warning', code: 'compare-undeclared', file: file.name, line: chunk.line, params: { reason: 'block' } }));
    const prepared = prepareSlide({ ...chunk, body: blocks.markdown });
    const body = render(prepared.job);
    const slide: Slide = {
      id: `${file.name}#${slides.length}`,
      file: file.name,
      indexInFile: slides.length,
      line: chunk.line,
      title: '',
      source: chunk.body,
      html: '',
      notes: chunk.notes,
      notesHtml: '',
      assets: [],
    };
    if (!body) {
      diagnostics.push(diagnostic({ severity: 'error', code: 'slide-too-complex', file: file.name, line: chunk.line }));
      slides.push({ ...slide, tooComplex: true });
      return;
    }
    diagnostics.push(...renderDiagnostics(file.name, chunk, body));
    const finished = prepared.finish(body, render);
    slide.title = body.title;
    slide.html = finished.html;
    slide.notesHtml = chunk.notes ? (render(chunk.notes)?.html ?? '') : '';
    slide.assets = [...new Set([...body.assets.map((a) => a.path), ...finished.assets])];
    if (hideFile || chunk.hidden || prepared.hidden) slide.hidden = true;
    if (finished.css) slide.css = finished.css;
    if (printSteps) slide.printSteps = true;
    slides.push(slide);
  });
  const fmTitle = typeof data.title === 'string' ? data.title : '';
  const result: FileResult = { slides, diagnostics, title: fmTitle || slides[0]?.title || file.name.replace(/\.md$/i, ''), duration };
  if (verdicts) result.verdicts = verdicts;
  return result;
}

/** What rendering one slide's Markdown refused or could not do: URLs, links, remote images, formulas, at their lines. */
function renderDiagnostics(file: string, chunk: { line: number; body: string }, body: RenderedMarkdown): Diagnostic[] {
  const at = (text: string): number => chunk.line + lineOf(chunk.body, text);
  return [
    ...body.refused.map((url) => diagnostic({ severity: 'error', code: 'url-refused', file, line: at(url), params: { url } })),
    ...body.refusedLinks.map((url) => diagnostic({ severity: 'warning', code: 'link-refused', file, line: at(url), params: { url } })),
    ...body.remoteImages.map((url) => diagnostic({ severity: 'warning', code: 'image-remote', file, line: at(url), params: { reason: 'image', url } })),
    ...body.math.map((p) => diagnostic({ severity: 'warning', code: 'math-error', file, line: at(p.tex), params: { tex: p.tex.slice(0, 80), error: p.message } })),
  ];
}
