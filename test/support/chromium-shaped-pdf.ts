/** Options of a fake Chromium PDF: internal links and the named destinations they use. */
interface ShapeOptions {
  /** Named destinations in the catalog's /Dests: name -> page (0-based) of this file. */
  dests?: Record<string, number>;
  /** Internal links: page (0-based) -> destination name, one link annotation each. */
  links?: Record<number, string>;
}

/**
 * A PDF shaped like Chromium's (Skia) output: a classic cross-reference table, a two-level page
 * tree of at most 2 kids per node, a web link annotation on page 1, an Info dictionary, and
 * optionally internal links through named destinations. Each page's content stream draws its
 * label, so a merged file can be checked page by page.
 */
export function chromiumShapedPdf(pageCount: number, options: ShapeOptions & { label?: string } = {}): Uint8Array {
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  add('<</Title (about:blank)\n/Producer (Skia/PDF m156)>>');
  const link = add('<</Type /Annot\n/Subtype /Link\n/Rect [0 0 100 20]\n/A <</S /URI\n/URI (https://example.org/a\\)b)>>>>');
  const internal = new Map(Object.entries(options.links ?? {}).map(([page, name]) => [Number(page), add(`<</Type /Annot\n/Subtype /Link\n/Rect [0 40 100 60]\n/Dest /${name}>>`)]));
  const contents = Array.from({ length: pageCount }, (_v, i) => {
    const ops = `BT /F1 24 Tf 100 300 Td (${options.label ?? 'page'} ${i + 1}) Tj ET`;
    return add(`<</Length ${ops.length}>> stream\n${ops}\nendstream`);
  });
  const font = add('<</Type /Font\n/Subtype /Type1\n/BaseFont /Helvetica>>');
  const pageNums = Array.from({ length: pageCount }, (_v, i) => add(`PAGE ${i}`));
  const nodes: number[] = [];
  for (let i = 0; i < pageNums.length; i += 2) nodes.push(add(`NODE ${i}`));
  const top = add(`<</Type /Pages\n/Count ${pageCount}\n/Kids [${nodes.map((n) => `${n} 0 R`).join(' ')}]>>`);
  nodes.forEach((node, k) => {
    const kids = pageNums.slice(k * 2, k * 2 + 2);
    objects[node - 1] = `<</Type /Pages\n/Count ${kids.length}\n/Kids [${kids.map((n) => `${n} 0 R`).join(' ')}]\n/Parent ${top} 0 R>>`;
    for (const p of kids) {
      const i = pageNums.indexOf(p);
      const annots = [...(i === 0 ? [link] : []), ...(internal.has(i) ? [internal.get(i)!] : [])];
      objects[p - 1] =
        `<</Type /Page\n/MediaBox [0 0 960 540]\n/Resources <</Font <</F1 ${font} 0 R>>>>\n/Contents ${contents[i]} 0 R${annots.length ? `\n/Annots [${annots.map((a) => `${a} 0 R`).join(' ')}]` : ''}\n/Parent ${node} 0 R>>`;
    }
  });
  const dests = Object.entries(options.dests ?? {});
  const destTable = dests.length ? add(`<<${dests.map(([name, page]) => `/${name} [${pageNums[page]} 0 R /XYZ 0 540 0]`).join('\n')}>>`) : 0;
  const catalog = add(`<</Type /Catalog\n/Pages ${top} 0 R${destTable ? `\n/Dests ${destTable} 0 R` : ''}\n/ViewerPreferences <</Type /ViewerPreferences\n/DisplayDocTitle true>>>>`);
  let text = '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n';
  const offsets = objects.map((body, i) => {
    const at = text.length;
    text += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = text.length;
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  text += `trailer\n<</Size ${objects.length + 1}\n/Root ${catalog} 0 R\n/Info 1 0 R>>\nstartxref\n${xref}\n%%EOF`;
  return new Uint8Array(Buffer.from(text, 'latin1'));
}
