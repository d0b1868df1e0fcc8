import slideCss from './styles/slide.css?inline';
import { el } from './dom';

/**
 * A slide frame: a shadow root that adopts the same slide stylesheet as the audience view, so the
 * page around a preview (console, editor, Export dialog, jump grid) can never restyle a slide:
 * `#lx-main h3` or `#preview h2` do not reach inside. Only inherited custom properties (the
 * theme's colour tokens) and the document's fonts cross the boundary. Constructed stylesheets are
 * not inline styles, so the strict CSP (`style-src 'self'`) allows them.
 */
let sheets: CSSStyleSheet[] | null = null;

/** The frame's own rules: a 1280x720 stage scaled by its owner, fragments hidden until shown. */
const FRAME_CSS = `
:host { display: block; }
.lectern-stage { all: initial; display: block; position: absolute; left: 0; top: 0; width: 1280px; height: 720px; transform-origin: 0 0; background: var(--lx-bg); }
:host([data-edge]) .lectern-stage::after { content: ''; position: absolute; inset: 0; pointer-events: none; border: calc(2px / var(--lx-frame-scale, 1)) solid #4a5566; }
.lectern-stage .fragment { opacity: 0; visibility: hidden; }
.lectern-stage .fragment.visible, :host([data-all-steps]) .fragment { opacity: 1; visibility: inherit; }
`;

function makeSheet(css: string): CSSStyleSheet | null {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    return sheet;
  } catch {
    return null; // a DOM without constructable stylesheets (unit tests): frames stay unstyled
  }
}

/** The slide sheets shared by every frame (one parse per page). */
export function slideSheets(): CSSStyleSheet[] {
  sheets ??= [makeSheet(slideCss), makeSheet(FRAME_CSS)].filter((s): s is CSSStyleSheet => s !== null);
  return sheets;
}

/** A sheet from CSS text for a frame that needs more than slides (the print page model). */
export function extraSheet(css: string): CSSStyleSheet[] {
  const sheet = makeSheet(css);
  return sheet ? [sheet] : [];
}

/**
 * Turns `host` into a slide frame and returns the stage inside it: a 1280x720 box that the
 * caller fills (renderSlideInto) and scales with a CSS transform.
 */
export function createSlideFrame(host: HTMLElement): HTMLElement {
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  if ('adoptedStyleSheets' in root) root.adoptedStyleSheets = [...slideSheets()];
  const stage = el('div', { className: 'lectern-stage' });
  root.replaceChildren(stage);
  return stage;
}
