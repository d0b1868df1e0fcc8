import { diagnostic } from './diagnostic-text';
import { renderJob, resolveDeckUrl, type RenderedMarkdown, type RenderOptions } from './markdown';
import type { Background } from './marp-images';
import { scopeCss } from './deck-css';
import { directiveCascade, frameSlide, type SlideLook } from './slide-frame';
import type { SlideChunk } from './split-slides';
import type { Dialect } from './split-rules';
import type { Diagnostic } from './types';
import { parseYamlMap } from './yaml-map';

/** Marp theme names and the Lectern look each maps to (see styles/dialects.css). */
const MARP_THEMES = ['default', 'gaia', 'uncover'];

/** Renders Markdown (through the host's limited worker); null: too complex. */
type Render = (job: string) => RenderedMarkdown | null;

/** What one slide of a dialect deck turns into before and after rendering. */
export interface DialectSlide {
  /** Markdown to render (Slidev's columns and clicks rewritten). */
  job: string;
  /** Slidev's `hide: true` / `disabled: true`: skipped when presenting and left out of PDFs. */
  hidden: boolean;
  /** Turns the rendered body into the slide's HTML (frame, backgrounds, header, footer). */
  finish(body: RenderedMarkdown, render: Render): { html: string; assets: string[]; css: string };
}

/** Reads a file's dialect settings once; returns what prepares each of its slides (call it once per slide, in order). */
export function dialectFile(dialect: Dialect, data: Record<string, unknown>, file: string, diagnostics: Diagnostic[], chunks: SlideChunk[], deckCss: string): (chunk: SlideChunk) => DialectSlide {
  const scope = `lx-css-${hashName(file)}`;
  const global = [deckCss, typeof data.style === 'string' ? data.style : ''];
  // Marp's `<style>` is global to the file; Slidev's belongs to its slide. Other decks' `<style>`
  // stays raw HTML, which the sanitizer drops with its content (as it always did).
  const takesStyles = dialect === 'marp' || dialect === 'slidev';
  if (dialect === 'marp')
    for (const c of chunks)
      global.push(
        ...stylesOf(c.body)
          .filter((s) => !s.scoped)
          .map((s) => s.css),
      );
  const css = global.filter((c) => c.trim()).join('\n');
  /** The file's own CSS (Marp `style:` and global `<style>`, the deck's style.css), scoped to its slides. */
  const fileCss = css ? scopeCss(css, `.lx-frame.${scope}`, deckCssUrl) : '';
  const cascade = directiveCascade(dialect === 'slidev' ? {} : data);
  const options: RenderOptions = { breaks: dialect === 'marp' ? true : undefined, math: data.math === false ? false : undefined };
  const theme = typeof data.theme === 'string' ? data.theme : '';
  const themeClass = dialect === 'marp' ? `lx-theme-${MARP_THEMES.includes(theme) ? theme : 'default'}` : '';
  const components = new Set<string>();
  let index = 0;

  /** A background named by a URL Lectern never loads (offline): left out, with a warning. */
  const remote = (url: string, line: number): void => {
    diagnostics.push(diagnostic({ severity: 'warning', code: 'image-remote', file, line, params: { reason: 'background', url } }));
  };

  /** Slidev's per-slide front matter (the headmatter counts for the first slide). */
  const slideMeta = (chunk: SlideChunk, first: boolean): Record<string, unknown> => {
    if (dialect !== 'slidev') return {};
    if (!chunk.meta) return first ? data : {};
    return parseYamlMap(chunk.meta.yaml, file, chunk.meta.line - 1, diagnostics).data;
  };

  /** Vue components Lectern cannot run: reported once per name, their text is shown. */
  const noteComponents = (body: string, line: number): void => {
    for (const m of body.matchAll(/<([A-Z][A-Za-z0-9]*|[a-z]+(?:-[a-z0-9]+)+)\b/g)) {
      const name = m[1]!;
      if (/^v-clicks?$/.test(name) || components.has(name)) continue;
      components.add(name);
      const at = body.slice(0, m.index).split('\n').length - 1;
      diagnostics.push(diagnostic({ severity: 'warning', code: 'vue-component', file, line: line + at, params: { name } }));
    }
  };

  return (chunk) => {
    const first = index++ === 0;
    const own = cascade(chunk.directives);
    const meta = slideMeta(chunk, first);
    const scoped = takesStyles ? stylesOf(chunk.body).filter((s) => s.scoped || dialect === 'slidev') : [];
    const slideScope = `${scope}-${index}`;
    const slideCss = scoped.length ? scopeCss(scoped.map((s) => s.css).join('\n'), `.lx-frame.${slideScope}`, deckCssUrl) : '';
    let body = takesStyles ? withoutStyles(chunk.body) : chunk.body;
    let right: string | undefined;
    if (dialect === 'slidev') {
      body = rewriteClicks(body);
      noteComponents(body, chunk.line);
      const cols = /^::right::[ \t]*$/m.exec(body);
      if (cols) {
        right = body.slice(cols.index + cols[0].length);
        body = body.slice(0, cols.index);
      }
      body = body.replace(/^::[a-z-]+::[ \t]*$/gm, '');
    }
    return {
      job: renderJob(body, options),
      hidden: meta.hide === true || meta.disabled === true,
      finish: (rendered, render) => {
        const assets: string[] = [];
        const backgrounds: Background[] = [...rendered.backgrounds];
        for (const raw of [cssUrl(own.backgroundImage), typeof meta.background === 'string' ? meta.background : undefined]) {
          if (!raw) continue;
          const r = resolveDeckUrl(raw);
          if (r?.path) assets.push(r.path);
          else remote(raw, chunk.line);
          if (r?.path) backgrounds.unshift({ url: r.url, fit: own.backgroundSize === 'contain' ? 'contain' : 'cover', size: '', split: '', splitWidth: '50%', vertical: false });
        }
        if (typeof meta.image === 'string' && /^image-(left|right)$/.test(String(meta.layout))) {
          const r = resolveDeckUrl(meta.image);
          if (r?.path) assets.push(r.path);
          if (r?.path) backgrounds.push({ url: r.url, fit: 'cover', size: '', split: String(meta.layout).slice(6) as 'left' | 'right', splitWidth: '50%', vertical: false });
        }
        const inline = (text: string | undefined): string | undefined => (text ? render(renderJob(text, options))?.html : undefined);
        const rightHtml = right !== undefined ? render(renderJob(right, options)) : null;
        if (rightHtml) assets.push(...rightHtml.assets.map((a) => a.path));
        const classes = [
          themeClass,
          fileCss ? scope : '',
          slideCss ? slideScope : '',
          ...(own.class ?? '').split(/\s+/),
          ...String(meta.class ?? '').split(/\s+/),
          meta.layout ? `lx-layout-${String(meta.layout).replace(/[^a-z0-9-]/gi, '')}` : '',
        ].filter(Boolean);
        const look: SlideLook = { classes, backgroundColor: own.backgroundColor, color: own.color, backgrounds, header: inline(own.header), footer: inline(own.footer) };
        if (right !== undefined) look.right = rightHtml?.html ?? '';
        let html = frameSlide(rendered.html, look);
        if (dialect === 'slidev')
          html = html.replace(/<div class="lx-clicks">([\s\S]*?)<\/div>/g, (_, inner: string) => `<div class="lx-clicks">${inner.replace(/<li>/g, '<li class="fragment">')}</div>`);
        return { html, assets, css: [fileCss, slideCss].filter(Boolean).join('\n') };
      },
    };
  };
}

/** A short stable name for a file's CSS scope class. */
function hashName(name: string): string {
  let h = 5381;
  for (const ch of name) h = ((h * 33) ^ ch.charCodeAt(0)) >>> 0;
  return h.toString(36);
}

/** Deck CSS may load only files inside the deck (and inline images): never the network. */
function deckCssUrl(raw: string): string | null {
  const r = resolveDeckUrl(raw);
  return r && (r.path || /^data:image\//i.test(r.url)) ? r.url : null;
}

const FENCED = /^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?^ {0,3}\1[^\n]*$/gm;
const STYLE_BLOCK = /<style(\s[^>]*)?>([\s\S]*?)<\/style>/gi;

/** `<style>` blocks of a slide outside code, with whether they are `scoped`. */
function stylesOf(body: string): { css: string; scoped: boolean }[] {
  return [...body.replace(FENCED, '').matchAll(STYLE_BLOCK)].map((m) => ({ css: m[2]!, scoped: /\bscoped\b/.test(m[1] ?? '') }));
}

/** The slide without its `<style>` blocks (code keeps them), lines kept. */
function withoutStyles(body: string): string {
  const code: string[] = [];
  const masked = body.replace(FENCED, (m) => `\u0000${code.push(m) - 1}\u0000`);
  return masked.replace(STYLE_BLOCK, (m) => '\n'.repeat((m.match(/\n/g) ?? []).length)).replace(/\u0000(\d+)\u0000/g, (_, i: string) => code[Number(i)]!);
}

/** `url(img.png)` or `url("img.png")` from a CSS value; undefined otherwise. */
function cssUrl(value: string | undefined): string | undefined {
  const m = value ? /^\s*url\(\s*(["']?)([^"')]+)\1\s*\)\s*$/.exec(value) : null;
  return m?.[2];
}

/** Slidev's `<v-click>` and `<v-clicks>` as reveal.js fragments (a block on its own lines, else inline). */
function rewriteClicks(body: string): string {
  return body
    .replace(/^([ \t]*)<v-click\b[^>]*>[ \t]*$/gm, '$1<div class="fragment">')
    .replace(/^([ \t]*)<\/v-click>[ \t]*$/gm, '$1</div>')
    .replace(/<v-click\b[^>]*>/g, '<span class="fragment">')
    .replace(/<\/v-click>/g, '</span>')
    .replace(/^([ \t]*)<v-clicks\b[^>]*>[ \t]*$/gm, '$1<div class="lx-clicks">')
    .replace(/^([ \t]*)<\/v-clicks>[ \t]*$/gm, '$1</div>')
    .replace(/(<[a-z][a-z0-9-]*\b[^>]*?)\sv-click(?:="[^"]*")?(?=[\s/>])/gi, '$1 class="fragment"');
}
