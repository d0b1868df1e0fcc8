import { escapeHtml } from './highlight';
import type { Background } from './marp-images';
import { COLOR_VALUE } from './style-policy';

/** Marp's local directives: set in front matter or a comment, they apply from that slide on. */
const LOCAL = ['paginate', 'header', 'footer', 'class', 'backgroundColor', 'backgroundImage', 'backgroundSize', 'backgroundPosition', 'color'];

/**
 * Marp's directive cascade: a local directive (front matter, or `<!-- paginate: true -->`)
 * holds from its slide to the end of the file; `_paginate: false` only on its own slide.
 * Returns, for each next slide, the directives in force given the ones its comments set.
 */
export function directiveCascade(frontMatter: Record<string, unknown>): (own?: Record<string, string>) => Record<string, string> {
  const carried: Record<string, string> = {};
  for (const key of LOCAL) {
    const v = frontMatter[key];
    if (v !== undefined && v !== null && typeof v !== 'object') carried[key] = String(v);
  }
  return (own = {}) => {
    for (const [k, v] of Object.entries(own)) if (!k.startsWith('_')) carried[k] = v;
    const here = { ...carried };
    for (const [k, v] of Object.entries(own)) if (k.startsWith('_')) here[k.slice(1)] = v;
    return here;
  };
}

/** What a slide looks like beyond its Markdown: classes, colours, backgrounds, header, footer. */
export interface SlideLook {
  /** Theme class (`lx-theme-gaia`) and the author's classes (`lead`, `invert`, `two-cols`). */
  classes: string[];
  backgroundColor?: string;
  color?: string;
  backgrounds: Background[];
  /** Rendered HTML of the header and footer. */
  header?: string;
  footer?: string;
  /** Rendered HTML of a second column (Slidev `::right::`), shown beside the content. */
  right?: string;
}

/** True when the slide needs Lectern's frame around its HTML; plain slides stay as they were. */
function needsFrame(look: SlideLook): boolean {
  return look.classes.length > 0 || look.backgrounds.length > 0 || !!look.backgroundColor || !!look.color || !!look.header || !!look.footer || look.right !== undefined;
}

/** Size, opacity and filters of a background image, as the style policy allows them. */
function imageStyle(b: Background): string {
  const decls = [b.size ? `width:${b.size};height:${b.size}` : '', b.opacity ? `opacity:${b.opacity}` : '', b.filter ? `filter:${b.filter}` : ''].filter(Boolean);
  return decls.length ? ` style="${decls.join(';')}"` : '';
}

function backgroundGroup(list: Background[], extra: string, style: string): string {
  if (!list.length) return '';
  const vertical = list.some((b) => b.vertical) ? ' lx-bg-vertical' : '';
  const items = list
    .map((b) => (b.url ? `<img class="lx-bg-img lx-bg-${b.fit}" src="${escapeHtml(b.url)}" alt=""${imageStyle(b)}>` : `<div class="lx-bg-color" style="background-color:${b.color}"></div>`))
    .join('');
  return `<div class="lx-bg${extra}${vertical}"${style ? ` style="${style}"` : ''}>${items}</div>`;
}

/**
 * Wraps a slide's HTML in Lectern's frame: full-slide backgrounds behind the content, a split
 * background (`left`/`right`) beside it, header and footer. Marp's `paginate` adds nothing:
 * Lectern numbers every slide itself (projector and PDF), so a second number would overlap it. Style values are only
 * colours and percentages the sanitizer's style policy allows; classes go through its class policy.
 */
export function frameSlide(html: string, look: SlideLook): string {
  if (!needsFrame(look)) return html;
  const styles = [
    look.backgroundColor && COLOR_VALUE.test(look.backgroundColor) ? `background-color:${look.backgroundColor}` : '',
    look.color && COLOR_VALUE.test(look.color) ? `color:${look.color}` : '',
  ]
    .filter(Boolean)
    .join(';');
  const colorOnly = look.backgrounds.filter((b) => !b.url && b.color && COLOR_VALUE.test(b.color) && !b.split);
  const images = look.backgrounds.filter((b) => (b.url || (b.color && COLOR_VALUE.test(b.color))) && !colorOnly.includes(b));
  const full = images.filter((b) => !b.split);
  const splitSide = images.find((b) => b.split)?.split ?? '';
  const split = images.filter((b) => b.split === splitSide && splitSide);
  const frameStyle = [styles, colorOnly.length ? `background-color:${colorOnly[colorOnly.length - 1]!.color}` : ''].filter(Boolean).join(';');
  const classes = ['lx-frame', ...look.classes, split.length ? `lx-split-${splitSide}` : ''].filter(Boolean).join(' ');
  const width = split[0]?.splitWidth ?? '50%';
  const content = look.right !== undefined ? `<div class="lx-cols"><div class="lx-col">${html}</div><div class="lx-col">${look.right}</div></div>` : html;
  return [
    `<div class="${escapeHtml(classes)}"${frameStyle ? ` style="${frameStyle}"` : ''}>`,
    backgroundGroup(full, ' lx-bg-full', ''),
    backgroundGroup(split, ` lx-bg-split lx-bg-${splitSide}`, `flex-basis:${width}`),
    `<div class="lx-content">${content}</div>`,
    look.header ? `<div class="lx-header">${look.header}</div>` : '',
    look.footer ? `<div class="lx-footer">${look.footer}</div>` : '',
    '</div>',
  ].join('');
}
