import { truncateUtf8 } from './bounded-name';

/** Bytes a PDF's name may take before `.pdf`: leaves room under the 255-byte limit for temp names around it. @internal */
export const MAX_PDF_STEM_BYTES = 180;

/** A file name from a deck title: no path separators or characters Windows refuses; bounded in bytes, not characters. */
export function pdfFileName(title: string): string {
  // Leading dots would hide the file; trailing dots and spaces are dropped by Windows.
  const safe = title
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  const stem = truncateUtf8(Array.from(safe).slice(0, 120).join(''), MAX_PDF_STEM_BYTES).replace(/[\s.]+$/, '');
  return `${stem || 'slides'}.pdf`;
}
