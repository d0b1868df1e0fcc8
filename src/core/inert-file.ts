/**
 * Which linked deck files Lectern hands to the system's default app. A deck may come from
 * anyone, and "open with the default app" runs programs (.exe, .bat, .lnk, .hta, .app,
 * .command, .desktop, .jar, …) or pages that run scripts (.html, .svg); so only document, image,
 * text and media types are allowed, and macro-enabled Office formats are not.
 */
const INERT_EXTENSIONS = new Set([
  // documents
  'pdf',
  'txt',
  'md',
  'markdown',
  'csv',
  'tsv',
  'rtf',
  'log',
  'doc',
  'docx',
  'xls',
  'xlsx',
  'ppt',
  'pptx',
  'odt',
  'ods',
  'odp',
  'epub',
  // images
  'png',
  'jpg',
  'jpeg',
  'gif',
  'webp',
  'bmp',
  'tif',
  'tiff',
  'avif',
  'heic',
  // audio and video
  'mp3',
  'wav',
  'ogg',
  'oga',
  'opus',
  'm4a',
  'flac',
  'aac',
  'mp4',
  'm4v',
  'webm',
  'mov',
  'mkv',
  'avi',
]);

/** True when a file of this name may be opened with the system's default app (by the extension of its last path segment). */
export function isInertFile(filePath: string): boolean {
  return INERT_EXTENSIONS.has(/[^/\\]\.([^./\\]+)$/.exec(filePath)?.[1]?.toLowerCase() ?? '');
}
