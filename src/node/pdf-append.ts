import type { OutlineEntry } from '../core/print-plan';
import { readPdfLayout, type PdfLayout } from './pdf-objects';

/** The document information Lectern writes into every PDF. */
export interface PdfMetadata {
  title: string;
  author?: string;
  subject: string;
  keywords: string[];
  creator: string;
  producer: string;
  lang: string;
  date: Date;
}

/** A text string as PDF writes Unicode: UTF-16BE with a byte order mark, in hex. */
function pdfText(text: string): string {
  return `<FEFF${Buffer.from(text, 'utf16le').swap16().toString('hex').toUpperCase()}>`;
}

/** A PDF date string, in UTC. */
function pdfDate(date: Date): string {
  return `(D:${date.toISOString().slice(0, 19).replace(/\D/g, '')}Z)`;
}

/**
 * Adds metadata and the outline to a PDF printed by Chromium as an incremental update: the
 * printed bytes stay as they are (pages, fonts, links, tags) and a few new objects, a new
 * catalog and a cross-reference section are appended. Throws UnsupportedPdfError for a file
 * it cannot read (the caller re-writes the whole file instead).
 */
export function appendOutlineAndMetadata(bytes: Uint8Array, meta: PdfMetadata, outline: OutlineEntry[]): Uint8Array {
  const layout = readPdfLayout(bytes);
  const objects: string[] = [];
  const next = (): number => layout.size + objects.push('') - 1;
  const set = (num: number, body: string): void => void (objects[num - layout.size] = body);

  const info = next();
  set(info, infoDict(meta));
  const outlinesRef = writeOutline(layout, outline, next, set);
  return appendObjects(bytes, layout, catalogDict(layout, meta, outlinesRef), objects, info);
}

function infoDict(meta: PdfMetadata): string {
  const date = pdfDate(meta.date);
  const entries = [
    `/Title ${pdfText(meta.title)}`,
    meta.author ? `/Author ${pdfText(meta.author)}` : '',
    `/Subject ${pdfText(meta.subject)}`,
    `/Keywords ${pdfText(meta.keywords.join(' '))}`,
    `/Creator ${pdfText(meta.creator)}`,
    `/Producer ${pdfText(meta.producer)}`,
    `/CreationDate ${date}`,
    `/ModDate ${date}`,
  ];
  return `<<${entries.filter(Boolean).join('\n')}>>`;
}

/** The catalog again, with the outline, the document language and the title shown in the window bar. */
function catalogDict(layout: PdfLayout, meta: PdfMetadata, outlinesRef: number | null): string {
  const replaced = new Set(['Lang', ...(outlinesRef === null ? [] : ['Outlines', 'PageMode'])]);
  const kept = [...layout.catalog].filter(([key]) => !replaced.has(key)).map(([key, value]) => `/${key} ${value.raw}`);
  if (!layout.catalog.has('ViewerPreferences')) kept.push('/ViewerPreferences <</DisplayDocTitle true>>');
  kept.push(`/Lang ${pdfText(meta.lang)}`);
  if (outlinesRef !== null) kept.push(`/Outlines ${outlinesRef} 0 R`, '/PageMode /UseOutlines');
  return `<<${kept.join('\n')}>>`;
}

/** Writes the outline tree (sections collapsed); null when no entry points at a page of this file. */
function writeOutline(layout: PdfLayout, entries: OutlineEntry[], next: () => number, set: (num: number, body: string) => void): number | null {
  const { pages } = layout;
  const valid = (list: OutlineEntry[]): OutlineEntry[] => list.filter((e) => e.page >= 0 && e.page < pages.length).map((e) => ({ ...e, children: valid(e.children) }));
  const top = valid(entries);
  if (!top.length) return null;
  const count = (list: OutlineEntry[]): number => list.reduce((n, e) => n + 1 + count(e.children), 0);
  const root = next();
  const build = (list: OutlineEntry[], parent: number): number[] => {
    const refs = list.map(() => next());
    list.forEach((e, i) => {
      const page = pages[e.page]!;
      const parts = [`/Title ${pdfText(e.title)}`, `/Parent ${parent} 0 R`, `/Dest [${page.num} ${page.gen} R /Fit]`];
      if (i > 0) parts.push(`/Prev ${refs[i - 1]} 0 R`);
      if (i < list.length - 1) parts.push(`/Next ${refs[i + 1]} 0 R`);
      const kids = build(e.children, refs[i]!);
      // Negative count: sections start collapsed in viewers' bookmark panes.
      if (kids.length) parts.push(`/First ${kids[0]} 0 R`, `/Last ${kids[kids.length - 1]} 0 R`, `/Count ${-count(e.children)}`);
      set(refs[i]!, `<<${parts.join('\n')}>>`);
    });
    return refs;
  };
  const topRefs = build(top, root);
  set(root, `<</Type /Outlines\n/First ${topRefs[0]} 0 R\n/Last ${topRefs[topRefs.length - 1]} 0 R\n/Count ${top.length}>>`);
  return root;
}

/** The original bytes, then the new catalog and the new objects, their cross-reference section and trailer. */
function appendObjects(bytes: Uint8Array, layout: PdfLayout, catalog: string, objects: string[], info: number): Uint8Array {
  const base = bytes.byteLength;
  let body = layout.text.endsWith('\n') ? '' : '\n';
  const rows = new Map<number, number>();
  const add = (num: number, gen: number, text: string): void => {
    rows.set(num, base + Buffer.byteLength(body, 'latin1'));
    body += `${num} ${gen} obj\n${text}\nendobj\n`;
  };
  add(layout.catalogRef.num, layout.catalogRef.gen, catalog);
  objects.forEach((text, i) => add(layout.size + i, 0, text));
  const xrefAt = base + Buffer.byteLength(body, 'latin1');
  // Subsections of consecutive object numbers, each row exactly 20 bytes.
  const nums = [...rows.keys()].sort((a, b) => a - b);
  let xref = 'xref\n';
  for (let i = 0; i < nums.length;) {
    let j = i + 1;
    while (j < nums.length && nums[j] === nums[j - 1]! + 1) j++;
    xref += `${nums[i]} ${j - i}\n`;
    for (const num of nums.slice(i, j)) xref += `${String(rows.get(num)).padStart(10, '0')} ${String(num === layout.catalogRef.num ? layout.catalogRef.gen : 0).padStart(5, '0')} n \n`;
    i = j;
  }
  const size = layout.size + objects.length;
  const id = layout.trailer.get('ID');
  const trailer = `trailer\n<</Size ${size}\n/Root ${layout.catalogRef.num} ${layout.catalogRef.gen} R\n/Info ${info} 0 R${id ? `\n/ID ${id.raw}` : ''}\n/Prev ${layout.startxref}>>\nstartxref\n${xrefAt}\n%%EOF\n`;
  const tail = Buffer.from(body + xref + trailer, 'latin1');
  const out = new Uint8Array(base + tail.byteLength);
  out.set(bytes, 0);
  out.set(tail, base);
  return out;
}
