/** A file name from a deck title: no path separators or characters Windows refuses. */
export function pdfFileName(title: string): string {
  // Leading dots would hide the file; trailing dots and spaces are dropped by Windows.
  const safe = title.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').replace(/^[\s.]+|[\s.]+$/g, '');
  return `${safe.slice(0, 120) || 'slides'}.pdf`;
}
