import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatDiagnostic } from '../core/format-diagnostic';
import { startBrowserHost } from '../node/browser-host';
import { PrintOptionError, readPrintOptions } from '../core/print-plan';
import { exportPdf } from '../node/export-pdf';
import { ExportError } from '../node/export-failure';
import { defaultDataDir } from '../node/data-dir';
import { EncodingChoices } from '../node/encoding-choices';
import { DeckFolderError, loadDeck, readDeckSources } from '../node/read-deck';
import { exportHtml, formatSize } from '../node/export-html';
import { checkFit } from '../node/check-fit';
import { deckNameOf } from '../node/deck-path';
import { checkReport, formatCheckReport } from './check-report';
import { present } from './present';
import { exportFormat, PDF_ONLY_OPTIONS } from './export-format';

const here = path.dirname(fileURLToPath(import.meta.url));
/** Built renderer and Electron main, next to this bundle in out/. */
const RENDERER_DIR = path.resolve(here, '../renderer');
/** The app folder Electron starts on (its package.json names the app and points at out/main/index.js). */
const APP_DIR = path.resolve(here, '../..');

const USAGE = `Usage: lectern <command> [deck] [options]

Commands:
  present [deck]            open the deck in the Lectern app (Electron)
      --smoke               open, move one slide, export one PDF, quit with a result line (checks the app works)
  serve [deck]              present in any browser: http://127.0.0.1:<port>/ with live reload
      --port N              port to listen on (default: a free one)
  export [deck] -o FILE     write a PDF of the deck (default: one 16:9 page per slide), or with
                            -o FILE.html one self-contained HTML file that presents offline
      --format F            pdf | html (default: from the -o extension, else pdf)
      --keep-images         html: inline images as they are (default: larger ones scaled to the slide)
      --layout L            slides | notes | handout-2 | handout-3 | handout-4 | handout-6
      --paper P             a4 (default) | letter, for notes and handout layouts
      --notes               put speaker notes on handout pages (participant copies have none)
      --notes-overflow M    continue (default): notes too long for their box go on over an extra page; cut: cut and marked
      --range R             only these slides, e.g. 3-7,12 (numbers as \`lectern check\` lists them)
      --browser PATH        Chromium/Chrome/Edge to print (or scale html images) with (default: LECTERN_CHROME, then the usual places)
  check [deck]              list slides and every problem; exit 1 if any is an error
      --json                print the same as JSON
      --no-fit              skip laying slides out in Chromium to find ones too big to fit
      --browser PATH        Chromium/Chrome/Edge to lay slides out with

A deck is a folder of .md files or one .md file (Marp, reveal-md, Slidev); it defaults to the current folder.`;

/** A failure the user caused or can fix: printed as one line, exit code 1 or 2. */
class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      port: { type: 'string' },
      browser: { type: 'string' },
      json: { type: 'boolean' },
      layout: { type: 'string' },
      paper: { type: 'string' },
      notes: { type: 'boolean' },
      'notes-overflow': { type: 'string' },
      range: { type: 'string' },
      smoke: { type: 'boolean' },
      format: { type: 'string' },
      'keep-images': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      'no-fit': { type: 'boolean' },
    },
  });
  const [command, deckArg, ...extra] = positionals;
  if (values.help || !command || command === 'help') {
    console.log(USAGE);
    return command || values.help ? 0 : 2;
  }
  if (extra.length) throw new UsageError(`unexpected arguments: ${extra.join(' ')}`);
  const deckDir = path.resolve(deckArg ?? '.');
  switch (command) {
    case 'check': {
      let deck;
      try {
        // Files whose encoding the user chose in the editor are checked as they are shown (export does the same through the host).
        deck = await loadDeck(deckDir, undefined, await readDeckSources(deckDir, await new EncodingChoices(defaultDataDir(), deckDir).load()));
      } catch (err) {
        // Scripts reading --json get JSON on stdout even when there is no deck at all.
        if (values.json && err instanceof DeckFolderError) console.log(JSON.stringify({ error: err.message }, null, 2));
        throw err;
      }
      // Slides that do not fit even shrunk: laid out in Chromium like the projector (docs/fitting.md).
      const report = checkReport(deck, await checkFit({ deckDir, rendererDir: RENDERER_DIR, browserPath: values.browser, skip: values['no-fit'] }));
      console.log(values.json ? JSON.stringify(report, null, 2) : formatCheckReport(report));
      return report.errors ? 1 : 0;
    }
    case 'export': {
      let format;
      try {
        format = exportFormat(values.output, values.format);
      } catch (err) {
        throw new UsageError((err as Error).message);
      }
      if (format === 'html') return runHtmlExport(deckDir, values);
      if (values['keep-images']) throw new UsageError('--keep-images applies to HTML export only (-o FILE.html)');
      const output = path.resolve(values.output ?? `${deckNameOf(deckDir)}.pdf`);
      const print = readPrintOptions({
        layout: values.layout,
        paper: values.paper,
        notes: values.notes,
        range: values.range,
        date: new Date().toISOString().slice(0, 10),
        notesOverflow: values['notes-overflow'],
      });
      // Pages per print call; a tuning knob for measurements (see docs/benchmarks.md).
      const batch = Number(process.env.LECTERN_EXPORT_BATCH) || undefined;
      const result = await exportPdf({ deckDir, output, rendererDir: RENDERER_DIR, browserPath: values.browser, print, batchPages: batch, onProgress: (p) => console.error(p.message) });
      for (const d of result.deck.diagnostics.filter((x) => x.severity !== 'info')) console.error(formatDiagnostic(d));
      if (result.blockedRequests.length) console.error(`Blocked ${result.blockedRequests.length} request(s) outside the app: ${result.blockedRequests.slice(0, 3).join(', ')}`);
      if (result.cutNotes.length)
        console.error(
          `warning: the notes of slide${result.cutNotes.length > 1 ? 's' : ''} ${result.cutNotes.join(', ')} did not fit their box even in small type and were cut; shorten them, use --layout notes or --notes-overflow continue`,
        );
      console.log(`Wrote ${result.output} (${result.pages} pages)`);
      return 0;
    }
    case 'serve': {
      const port = values.port === undefined ? 0 : Number(values.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535, not ${values.port}`);
      const host = await startBrowserHost({ deckDir, rendererDir: RENDERER_DIR, port, watch: true });
      console.log(
        `Lectern is serving ${deckDir}\n` +
          `  audience view:     ${host.url}\n` +
          `  presenter console: ${host.pageUrl('console.html')}\n` +
          `  slide editor:      ${host.pageUrl('edit.html')} (or press E on a slide)\n` +
          `  export PDF:        ${host.pageUrl('export.html')} (layouts, handouts, download)\n` +
          'Open the audience view on the projector and the console on your screen (or press S in the audience view).\nPress Ctrl+C to stop.',
      );
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      await host.close();
      return 0;
    }
    case 'present':
      return present({ appDir: APP_DIR, deckDir: deckArg === undefined ? null : deckDir, smoke: values.smoke });
    default:
      throw new UsageError(`unknown command \`${command}\`\n\n${USAGE}`);
  }
}

/** `lectern export deck -o talk.html`: one self-contained HTML file; returns the exit code. */
async function runHtmlExport(deckDir: string, values: { output?: string; 'keep-images'?: boolean; browser?: string } & Partial<Record<(typeof PDF_ONLY_OPTIONS)[number], unknown>>): Promise<number> {
  const pdfOnly = PDF_ONLY_OPTIONS.filter((o) => values[o] !== undefined);
  if (pdfOnly.length) {
    console.error(`lectern: ${pdfOnly.map((o) => `--${o}`).join(', ')} appl${pdfOnly.length > 1 ? 'y' : 'ies'} to PDF export only; an HTML file holds every slide with its notes`);
    return 2;
  }
  const output = path.resolve(values.output ?? `${path.basename(deckDir)}.html`);
  // Files whose encoding the user chose in the editor are exported as they are shown.
  const sources = await readDeckSources(deckDir, await new EncodingChoices(defaultDataDir(), deckDir).load());
  const result = await exportHtml({ deckDir, output, sources, keepImages: values['keep-images'], browserPath: values.browser });
  for (const d of result.deck.diagnostics.filter((x) => x.severity !== 'info')) console.error(formatDiagnostic(d));
  for (const w of result.warnings) console.error(`warning: ${w}`);
  const resized = result.images.resized ? `, ${result.images.resized} stored at the size the slides show them (--keep-images keeps originals)` : '';
  console.log(`Wrote ${result.output} (${result.deck.slides.length} slides, ${formatSize(result.bytes)}; images ${formatSize(result.imageBytes)}${resized})`);
  return 0;
}

/** One-line messages for system errors a user can fix (ports, folders, permissions). */
function describeSystemError(err: NodeJS.ErrnoException & { port?: number }): string | null {
  const where = err.path ? ` (${err.path})` : err.port ? ` (port ${err.port})` : '';
  switch (err.code) {
    case 'EADDRINUSE':
      return `that port is already in use${where}; choose another with --port or omit it`;
    case 'EACCES':
    case 'EPERM':
      return `permission denied${where}`;
    case 'ENOENT':
      return `no such file or folder${where}`;
    case 'ENOTDIR':
      return `not a folder${where}`;
    case 'ENOSPC':
      return `the disk is full${where}; nothing was overwritten`;
    case 'EROFS':
      return `the disk is read-only${where}`;
    case 'EISDIR':
      return `that is a folder, not a file${where}`;
    default:
      return null;
  }
}

main(process.argv.slice(2)).then(
  // Exit only once stdout is flushed: a piped `check --json` of 10,000 slides was cut short.
  (code) => void process.stdout.write('', () => process.exit(code)),
  (err: unknown) => {
    // Expected failures get one clear line; only real bugs print a stack.
    if (err instanceof UsageError || err instanceof ExportError || err instanceof PrintOptionError || err instanceof DeckFolderError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`lectern: ${(err as Error).message}`);
      process.exit(2);
    }
    const system = describeSystemError(err as NodeJS.ErrnoException);
    if (system) {
      console.error(`lectern: ${system}`);
      process.exit(2);
    }
    console.error(err);
    process.exit(70);
  },
);
