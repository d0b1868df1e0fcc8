import type { ExportFormat } from '../core/export-choices';

const BY_EXTENSION: Record<string, ExportFormat> = { '.pdf': 'pdf', '.html': 'html', '.htm': 'html' };

/**
 * The format of an export from `-o FILE` and `--format`: the extension decides when there is no
 * `--format`; both given must agree (`-o talk.html --format pdf` would write a PDF named .html).
 * Throws a one-line message for the user.
 */
export function exportFormat(output: string | undefined, format: string | undefined): ExportFormat {
  if (format !== undefined && format !== 'pdf' && format !== 'html') throw new Error(`unknown --format \`${format}\`; use pdf or html`);
  const ext = /\.[^./\\]+$/.exec(output ?? '')?.[0]?.toLowerCase() ?? '';
  const fromName = BY_EXTENSION[ext];
  if (format && fromName && fromName !== format) {
    const name = output!.replace(/^.*[/\\]/, '');
    throw new Error(`${name} ends in ${ext} but --format ${format} was given; name the file .${format}, or drop --format`);
  }
  return (format as ExportFormat | undefined) ?? fromName ?? 'pdf';
}

/** Options that mean something only for PDF; given with an HTML export they are refused. */
export const PDF_ONLY_OPTIONS = ['layout', 'paper', 'notes', 'notes-overflow', 'range'] as const;
