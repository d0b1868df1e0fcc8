import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';

/** Text of a PDF (or one page of it) as extracted by poppler's pdftotext. */
export function pdfText(file: string, page?: number): string {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  return execFileSync('pdftotext', ['-layout', ...range, file, '-'], { encoding: 'utf8' });
}

/** Fonts listed by pdffonts: name and whether each is embedded. */
export function pdfFonts(file: string): { name: string; embedded: boolean }[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  return lines.map((l) => {
    const cols = l.trim().split(/\s+/);
    // Columns from the right: emb sub uni object-number generation.
    return { name: cols[0]!, embedded: cols[cols.length - 5] === 'yes' };
  });
}

function text(obj: unknown): string {
  return obj instanceof PDFHexString || obj instanceof PDFString ? obj.decodeText() : '';
}

/** What tests check in a produced PDF file, read with pdf-lib. */
export async function readPdf(file: string) {
  return inspectPdf(readFileSync(file));
}

/** Pages, sizes, metadata, outline (flattened with depth) and link URIs of PDF bytes. */
export async function inspectPdf(bytes: Uint8Array) {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const pages = doc.getPages();
  const outline: { title: string; page: number; depth: number }[] = [];
  const pageIndex = (dest: unknown): number => {
    const ref = dest instanceof PDFArray ? dest.get(0) : undefined;
    return pages.findIndex((p) => p.ref === ref);
  };
  const walk = (first: unknown, depth: number): void => {
    let node = first ? (doc.context.lookup(first as never) as PDFDict | undefined) : undefined;
    while (node) {
      outline.push({ title: text(node.get(PDFName.of('Title'))), page: pageIndex(node.lookup(PDFName.of('Dest'))), depth });
      walk(node.get(PDFName.of('First')), depth + 1);
      const next = node.get(PDFName.of('Next'));
      node = next ? (doc.context.lookup(next) as PDFDict) : undefined;
    }
  };
  const root = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  walk(root?.get(PDFName.of('First')), 0);
  const links = pages.map((p) => {
    const annots = p.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    const uris: string[] = [];
    for (let i = 0; annots && i < annots.size(); i++) {
      const a = annots.lookup(i, PDFDict);
      const action = a.lookupMaybe(PDFName.of('A'), PDFDict);
      const uri = action?.get(PDFName.of('URI'));
      if (uri) uris.push(text(uri));
    }
    return uris;
  });
  // Links inside the document: a named destination (looked up in the catalog's /Dests) or a page.
  const dests = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  const internalLinks = pages.flatMap((p, from) => {
    const annots = p.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    const found: { from: number; to: number }[] = [];
    for (let i = 0; annots && i < annots.size(); i++) {
      const a = annots.lookup(i, PDFDict);
      let dest = a.lookup(PDFName.of('Dest')) ?? a.lookupMaybe(PDFName.of('A'), PDFDict)?.lookup(PDFName.of('D'));
      if (dest instanceof PDFName) dest = dests?.lookup(dest);
      if (dest instanceof PDFDict) dest = dest.lookup(PDFName.of('D'));
      if (dest instanceof PDFArray) found.push({ from, to: pageIndex(dest) });
    }
    return found;
  });
  return {
    pageCount: pages.length,
    internalLinks,
    sizes: pages.map((p) => p.getSize()),
    title: doc.getTitle(),
    author: doc.getAuthor(),
    creator: doc.getCreator(),
    subject: doc.getSubject(),
    keywords: doc.getKeywords(),
    outline,
    links,
  };
}
