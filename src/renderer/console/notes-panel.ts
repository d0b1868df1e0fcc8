import { el } from '../dom';
import { setNotesHtml } from '../sanitize';
import { setupNotesCue } from './notes-layout';
import { ct } from './strings';

/** The notes column: the slide's notes (sanitized) at the presenter's font size, with the "more below" cue. */
export class NotesPanel {
  private readonly notes = document.getElementById('lx-notes')!;
  private readonly updateCue = setupNotesCue(document.getElementById('lx-notes-wrap')!, this.notes, document.getElementById('lx-notes-more')!);
  private shown: string | null = null;

  /** Shows notes HTML; the same notes again leave the column (and its scroll) as it is. */
  show(html: string): void {
    if (html === this.shown) return;
    this.shown = html;
    if (html) setNotesHtml(this.notes, html);
    else this.notes.replaceChildren(el('p', { className: 'lx-muted', textContent: ct.noNotes }));
    this.notes.scrollTop = 0;
    this.updateCue();
  }

  setSize(size: number): void {
    this.notes.style.fontSize = `${size}px`;
    document.getElementById('lx-notes-size')!.dataset.size = String(size);
    this.updateCue();
  }
}
