import { readPrintOptions, type PrintOptions } from './print-plan';
import { decodeOrNull } from './url-policy';

/**
 * The print page's address query for a set of options and a batch of pages
 * (`layout=handout-3&paper=letter&notes=1&range=3-7&from=0&to=150`), as both printers build it.
 */
export function printQuery(print: PrintOptions, from: number, to: number): string {
  const q: [string, string][] = [
    ['layout', print.layout],
    ['from', String(from)],
    ['to', String(to)],
  ];
  if (print.layout !== 'slides') q.push(['paper', print.paper]);
  if (print.notes) q.push(['notes', '1']);
  if (print.range) q.push(['range', print.range]);
  if (print.date) q.push(['date', print.date]);
  if (print.notesOverflow) q.push(['overflow', print.notesOverflow]);
  return q.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
}

/** The parameters of a query string (`a=1&b=x%20y`); core has no URLSearchParams (no DOM or Node types). */
function queryParams(search: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const part of search.replace(/^\?/, '').split('&')) {
    if (!part) continue;
    const at = part.indexOf('=');
    const decode = (s: string): string => decodeOrNull(s.replace(/\+/g, ' ')) ?? s;
    const key = decode(at < 0 ? part : part.slice(0, at));
    if (!params.has(key)) params.set(key, decode(at < 0 ? '' : part.slice(at + 1)));
  }
  return params;
}

/**
 * Print options and the first batch from the print page's address, as `printQuery` wrote them;
 * bad values fall back to the defaults in `readPrintOptions`.
 */
export function readPrintQuery(search: string): { options: PrintOptions; from: number; to: number } {
  const q = queryParams(search);
  const layout = q.get('layout') ?? undefined;
  const raw: Parameters<typeof readPrintOptions>[0] = { layout, notes: q.get('notes') === '1' };
  if (layout && layout !== 'slides') raw.paper = q.get('paper') ?? 'a4';
  const range = q.get('range');
  if (range) raw.range = range;
  const date = q.get('date');
  if (date) raw.date = date;
  const overflow = q.get('overflow');
  if (overflow === 'continue' || overflow === 'cut') raw.notesOverflow = overflow;
  const from = Number(q.get('from') ?? 0);
  const to = q.has('to') ? Number(q.get('to')) : Infinity;
  return { options: readPrintOptions(raw), from: Number.isFinite(from) ? from : 0, to };
}
