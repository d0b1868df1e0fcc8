import { objectAt, readPdfLayout, UnsupportedPdfError, type PdfLayout, type PdfValue } from './pdf-objects';

/**
 * Joins PDFs printed by Chromium in batches into one file without a PDF library: every object
 * of every batch is copied with its number shifted past the batches before it (content streams,
 * fonts and images byte for byte), the batches' page trees hang under one new root, and their
 * named destinations (links between slides) are gathered into one table. The result is a plain
 * Chromium-like file: `appendOutlineAndMetadata` then adds the outline and metadata as for a
 * single batch. Throws UnsupportedPdfError for anything but Chromium's simple files (cross-
 * reference streams, a tagged structure tree, forms, name trees): the caller merges those with
 * pdf-lib instead.
 */

/** Catalog entries this merge knows how to carry over (the rest would need real merging). */
const CATALOG_KEYS = new Set(['Type', 'Pages', 'Dests', 'ViewerPreferences', 'Lang']);

/** `value` written out again with every reference renumbered by `map`; unchanged text where there is no reference. */
function renumbered(value: PdfValue, map: (num: number) => number): string {
  if (!/\d\s+\d+\s+R/.test(value.raw)) return value.raw;
  switch (value.kind) {
    case 'dict':
      return `<<${[...value.entries].map(([key, v]) => `/${key} ${renumbered(v, map)}`).join('\n')}>>`;
    case 'array':
      return `[${value.items.map((v) => renumbered(v, map)).join(' ')}]`;
    case 'ref':
      return `${map(value.num)} ${value.gen} R`;
    default:
      return value.raw;
  }
}

/** The named destination a link annotation leads to (`/Dest /name`, or a GoTo action to a name). */
function linkTarget(value: PdfValue): string | undefined {
  if (value.kind !== 'dict') return undefined;
  const action = value.entries.get('A');
  const dest = value.entries.get('Dest') ?? (action?.kind === 'dict' ? action.entries.get('D') : undefined);
  return dest?.kind === 'name' ? dest.name : undefined;
}

interface Batch {
  bytes: Uint8Array;
  layout: PdfLayout;
  /** Added to every object number of this batch. */
  shift: number;
  /** Global index of its first page. */
  firstPage: number;
  /** Objects not copied: the catalog, the document info, the destination table. */
  skipped: Set<number>;
  /** Its named destinations (entries verbatim, not yet renumbered). */
  dests: Map<string, PdfValue>;
}

function readBatch(bytes: Uint8Array, shift: number, firstPage: number): Batch {
  const layout = readPdfLayout(bytes);
  for (const key of layout.catalog.keys()) if (!CATALOG_KEYS.has(key)) throw new UnsupportedPdfError(`the catalog has /${key}`);
  const skipped = new Set([layout.catalogRef.num]);
  const info = layout.trailer.get('Info');
  if (info?.kind === 'ref') skipped.add(info.num);
  let dests = layout.catalog.get('Dests');
  if (dests?.kind === 'ref') {
    skipped.add(dests.num);
    dests = objectAt(layout.text, layout.offsets, dests.num).value;
  }
  if (dests && dests.kind !== 'dict') throw new UnsupportedPdfError('the destination table is not a dictionary');
  return { bytes, layout, shift, firstPage, skipped, dests: dests?.entries ?? new Map() };
}

/**
 * One PDF of the batches' pages in order. `destPage` tells on which page (0-based, in the
 * merged file) a named destination really is: a batch that links to a slide printed by another
 * batch holds a stand-in for that name, and the batch holding the page wins.
 */
export function mergePrintedPdfs(parts: Uint8Array[], destPage: (name: string) => number | undefined = () => undefined): Uint8Array {
  const batches: Batch[] = [];
  let shift = 0;
  let pageCount = 0;
  for (const bytes of parts) {
    const batch = readBatch(bytes, shift, pageCount);
    batches.push(batch);
    // Object 0 is the free list head of every file: batch numbers 1.. follow the previous batch's last.
    shift += batch.layout.size - 1;
    pageCount += batch.layout.pages.length;
  }
  const rootNum = shift + 1;
  const catalogNum = shift + 2;
  const destsNum = shift + 3;
  const size = shift + 4;
  const first = batches[0]!;
  const headerEnd = Math.min(...first.layout.offsets.values());
  const chunks: Uint8Array[] = [first.bytes.subarray(0, headerEnd)];
  let position = headerEnd;
  const offsets = new Map<number, number>();
  const write = (chunk: Uint8Array | string): void => {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : chunk;
    chunks.push(bytes);
    position += bytes.byteLength;
  };
  const pageRef = (page: number): string => {
    const batch = batches.findLast((b) => b.firstPage <= page)!;
    const ref = batch.layout.pages[page - batch.firstPage]!;
    return `${ref.num + batch.shift} ${ref.gen} R`;
  };
  const kids: string[] = [];
  // Names links lead to: a batch may hold a link whose stand-in target Chromium left out.
  const linked = new Set<string>();
  for (const batch of batches) {
    const { layout } = batch;
    const map = (num: number): number => num + batch.shift;
    const pagesRef = layout.catalog.get('Pages');
    if (pagesRef?.kind !== 'ref') throw new UnsupportedPdfError('the catalog has no page tree');
    kids.push(`${map(pagesRef.num)} ${pagesRef.gen} R`);
    // In file order, each object's text runs to the next one (or to the cross-reference table).
    const order = [...layout.offsets].sort((a, b) => a[1] - b[1]);
    order.forEach(([num], i) => {
      if (batch.skipped.has(num)) return;
      const end = i + 1 < order.length ? order[i + 1]![1] : layout.startxref;
      // Chromium writes generation 0 only; the merged table does too.
      const { value, end: valueEnd } = objectAt(layout.text, layout.offsets, num);
      const target = linkTarget(value);
      if (target) linked.add(target);
      let text = renumbered(value, map);
      // The batch's page tree root becomes a node under the merged root.
      if (num === pagesRef.num) {
        if (value.kind !== 'dict' || value.entries.has('Parent')) throw new UnsupportedPdfError('bad page tree root');
        text = `${text.slice(0, -2)}\n/Parent ${rootNum} 0 R>>`;
      }
      offsets.set(map(num), position);
      write(`${map(num)} 0 obj\n${text}`);
      write(batch.bytes.subarray(valueEnd, end));
    });
  }
  const dests: string[] = [];
  for (const name of new Set([...batches.flatMap((b) => [...b.dests.keys()]), ...linked])) {
    const page = destPage(name);
    if (page === undefined && !batches.some((b) => b.dests.has(name))) continue;
    const holder = page === undefined ? undefined : batches.findLast((b) => b.firstPage <= page);
    const source = holder?.dests.has(name) ? holder : page === undefined ? batches.find((b) => b.dests.has(name)) : undefined;
    const entry = source ? renumbered(source.dests.get(name)!, (num) => num + source.shift) : `[${pageRef(page!)} /Fit]`;
    dests.push(`/${name} ${entry}`);
  }
  const object = (num: number, text: string): void => {
    offsets.set(num, position);
    write(`${num} 0 obj\n${text}\nendobj\n`);
  };
  object(rootNum, `<</Type /Pages\n/Count ${pageCount}\n/Kids [${kids.join(' ')}]>>`);
  const viewer = first.layout.catalog.get('ViewerPreferences');
  const catalog = [
    '/Type /Catalog',
    `/Pages ${rootNum} 0 R`,
    ...(dests.length ? [`/Dests ${destsNum} 0 R`] : []),
    ...(viewer ? [`/ViewerPreferences ${renumbered(viewer, (n) => n + first.shift)}`] : []),
  ];
  object(catalogNum, `<<${catalog.join('\n')}>>`);
  object(destsNum, `<<${dests.join('\n')}>>`);
  const xrefAt = position;
  let xref = `xref\n0 ${size}\n`;
  for (let num = 0; num < size; num++) {
    const at = offsets.get(num);
    xref += at === undefined ? `0000000000 ${num === 0 ? '65535' : '00000'} f \n` : `${String(at).padStart(10, '0')} 00000 n \n`;
  }
  const id = first.layout.trailer.get('ID');
  write(`${xref}trailer\n<</Size ${size}\n/Root ${catalogNum} 0 R${id ? `\n/ID ${id.raw}` : ''}>>\nstartxref\n${xrefAt}\n%%EOF\n`);
  return Buffer.concat(chunks);
}
