/**
 * Which inline styles slide HTML may keep (the sanitizer drops every other `style`): KaTeX's
 * sizes and colours inside a formula, and the colours, widths and font size Lectern's own frame
 * and fit headings set. Values are lengths, percentages and colours only: no `url()`, no
 * `position`, nothing that loads, escapes the slide or runs.
 */

const LENGTH = /^-?(\d+\.?\d*|\.\d+)(em|ex|px|pt|mu|%)?$/;
const PERCENT = /^\d{1,3}(\.\d+)?%$/;
const PX = /^\d{1,4}px$/;
/** Colours as CSS (and Marp's `![bg](red)`) writes them, without functions that could nest anything else. */
export const COLOR_VALUE = /^(#[0-9a-f]{3,8}|[a-z]{3,20}|(rgb|rgba|hsl|hsla)\(\s*[\d.%\s,/-]+\))$/i;

const MATH_PROPS: Record<string, RegExp> = Object.fromEntries([
  ...[
    'height',
    'width',
    'min-width',
    'vertical-align',
    'top',
    'bottom',
    'margin-left',
    'margin-right',
    'margin-top',
    'margin-bottom',
    'padding-left',
    'padding-right',
    'border-bottom-width',
    'border-top-width',
    'border-right-width',
    'border-left-width',
    'border-width',
  ].map((p) => [p, LENGTH] as const),
  ['color', COLOR_VALUE],
  ['background-color', COLOR_VALUE],
  ['border-color', COLOR_VALUE],
  ['border-style', /^(solid|dashed|dotted|none)$/],
]);
/** Marp's background filters: known functions with plain numeric arguments only. */
const FILTER = /^((blur|brightness|contrast|grayscale|hue-rotate|invert|saturate|sepia)\(\d{1,3}(\.\d+)?(px|deg|%)?\)\s*)+$/;
const FRAME_PROPS: Record<string, RegExp> = {
  'background-color': COLOR_VALUE,
  color: COLOR_VALUE,
  'flex-basis': PERCENT,
  width: PERCENT,
  height: PERCENT,
  'font-size': PX,
  opacity: /^(0(\.\d+)?|1(\.0+)?)$/,
  filter: FILTER,
};

/** Where a style attribute sits: inside a KaTeX formula, on Lectern's frame parts, or elsewhere (dropped). */
export type StyleContext = 'math' | 'frame' | 'none';

/** The declarations of `style` allowed in `context`, re-serialized; '' when none is. */
export function cleanStyle(style: string, context: StyleContext): string {
  if (context === 'none' || /[\\<>]|url\(|expression|@|\/\*/i.test(style)) return '';
  const props = context === 'math' ? MATH_PROPS : FRAME_PROPS;
  const kept: string[] = [];
  for (const decl of style.split(';')) {
    const at = decl.indexOf(':');
    if (at < 0) continue;
    const name = decl.slice(0, at).trim().toLowerCase();
    const value = decl.slice(at + 1).trim();
    if (props[name]?.test(value)) kept.push(`${name}:${value}`);
  }
  return kept.join(';');
}
