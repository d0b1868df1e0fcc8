import type { FilePreview } from '../../core/file-preview';
import type { DeckPayload } from '../../shared/contract';
import type { DeckFileEntry } from '../../shared/edit-contract';

/** The editor page's state, in one place: every unit reads and writes it here, never its own copy. */
export interface PageState {
  /** The host's last load of the deck (settings, asset versions, disk-only checks). */
  deck: DeckPayload | null;
  /** The deck's files as the host last listed them. */
  fileList: DeckFileEntry[];
  /** The last preview build of the shown file. */
  preview: FilePreview;
  /** 1-based line of the cursor in the shown file. */
  cursorLine: number;
}

export function createPageState(): PageState {
  return { deck: null, fileList: [], preview: { slides: [], diagnostics: [] }, cursorLine: 1 };
}

/** Shows a message in the toolbar's status line ('' clears it). */
export function showStatus(message: string): void {
  const line = document.querySelector<HTMLElement>('#status-message')!;
  line.textContent = message;
  line.title = message;
}
