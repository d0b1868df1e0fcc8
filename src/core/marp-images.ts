/**
 * Marp's image syntax: keywords in the alt text. `![bg …](url)` is a slide background (cover,
 * contain/fit, auto, a size, `left`/`right` split with a percentage, several side by side or
 * `vertical`, or a colour such as `![bg](red)`); `w:300`, `h:200`, `width:300px`, `height:…`
 * size an inline image. Everything else in the alt text stays alt text.
 */

/** One background image (or colour) of a slide. */
export interface Background {
  /** Resolved URL of the image, '' for a colour background. */
  url: string;
  color?: string;
  fit: 'cover' | 'contain' | 'auto' | 'size';
  /** `50%` for the size keyword, else ''. */
  size: string;
  split: 'left' | 'right' | '';
  /** Width of a split background (`left:33%`), default 50%. */
  splitWidth: string;
  vertical: boolean;
  /** Marp's image filters on a background: `opacity`, `blur`, `grayscale`, `sepia`, … as CSS. */
  opacity?: string;
  filter?: string;
}

/** Marp's filter keywords and their defaults when written without a value. */
const FILTERS: Record<string, string> = { blur: '10px', brightness: '1.5', contrast: '2', grayscale: '1', 'hue-rotate': '180deg', invert: '1', saturate: '2', sepia: '1' };
const FILTER_VALUE = /^\d{1,3}(\.\d+)?(px|deg|%)?$/;

const PERCENT = /^\d{1,3}(\.\d+)?%$/;
const LENGTH = /^(\d{1,4})(px)?$/;

/** True when an image's alt text makes it a background (`bg` anywhere among its words, as Marp reads it). */
export function isBackgroundAlt(alt: string): boolean {
  return alt.trim().split(/\s+/).includes('bg');
}

/** Reads a background's keywords; `href` is already resolved (or the raw colour). */
export function readBackground(alt: string, href: string): Background {
  const bg: Background = { url: href, fit: 'cover', size: '', split: '', splitWidth: '50%', vertical: false };
  for (const word of alt
    .trim()
    .split(/\s+/)
    .filter((w) => w !== 'bg')) {
    const [key, value = ''] = word.split(/:(.*)/s, 2) as [string, string?];
    if (key === 'contain' || key === 'fit') bg.fit = 'contain';
    else if (key === 'cover') bg.fit = 'cover';
    else if (key === 'auto') bg.fit = 'auto';
    else if (PERCENT.test(key)) {
      bg.fit = 'size';
      bg.size = key;
    } else if (key === 'left' || key === 'right') {
      bg.split = key;
      if (PERCENT.test(value)) bg.splitWidth = value;
    } else if (key === 'vertical') bg.vertical = true;
    else if (key === 'opacity') bg.opacity = /^(0(\.\d+)?|1(\.0+)?)$/.test(value) ? value : value === '' ? '0.2' : bg.opacity;
    else if (key in FILTERS && (value === '' || FILTER_VALUE.test(value))) bg.filter = `${bg.filter ? `${bg.filter} ` : ''}${key}(${value || FILTERS[key]})`;
  }
  return bg;
}

/** Width and height from `w:300`, `h:200`, `width:300px`, `height:…`; the rest is the alt text. */
export function readImageSize(alt: string): { alt: string; width?: string; height?: string } {
  const rest: string[] = [];
  const out: { alt: string; width?: string; height?: string } = { alt: '' };
  for (const word of alt.split(/\s+/).filter(Boolean)) {
    const m = /^(w|h|width|height):(.+)$/.exec(word);
    const len = m ? LENGTH.exec(m[2]!) : null;
    if (m && len) {
      if (m[1]!.startsWith('w')) out.width = len[1];
      else out.height = len[1];
    } else rest.push(word);
  }
  out.alt = rest.join(' ');
  return out;
}
