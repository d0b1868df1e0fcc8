import { slideAtLine, type FilePreview } from '../../core/file-preview';
import type { Diagnostic } from '../../core/types';
import type { CodeEditor } from './code-editor';
import type { FitProblems } from './fit-problems';
import type { GuardedPreview } from './guarded-preview';
import type { PageState } from './page-state';
import type { Preview } from './preview';
import type { Sidebar } from './sidebar';
import { es } from './strings';

/** Diagnostic codes only the host can find (they need the disk); all others come from the live buffer. */
const HOST_ONLY_CHECKS = /^(asset-missing|file-[a-z-]+|order-missing-file)$/;
/** A preview build slower than this waits for a pause in typing (TYPING_PAUSE_MS). */
const SLOW_BUILD_MS = 30;
const TYPING_PAUSE_MS = 200;

/** What the live preview draws into. */
export interface PreviewParts {
  editor: CodeEditor;
  view: Preview;
  guard: GuardedPreview;
  fits: FitProblems;
  sidebar: Sidebar;
  showProblems: (diagnostics: readonly Diagnostic[]) => void;
}

/**
 * The preview, slide list and problems of the shown file, rebuilt from the buffer as you type.
 * One build per frame at most, so fast typing coalesces into one render. A file large enough that
 * a build is slow (200 slides: ~140 ms) is rebuilt only when typing pauses, so the keystrokes
 * themselves never wait for the preview.
 */
export class LivePreview {
  private pending = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastBuildMs = 0;

  constructor(
    private readonly page: PageState,
    private readonly parts: PreviewParts,
  ) {}

  schedule(): void {
    if (this.lastBuildMs > SLOW_BUILD_MS) {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.show(), TYPING_PAUSE_MS);
      return;
    }
    if (this.pending) return;
    this.pending = true;
    requestAnimationFrame(() => {
      this.pending = false;
      this.show();
    });
  }

  /** Built in a worker with a time limit per slide (guarded-preview.ts): a hostile file never freezes typing. */
  private show(): void {
    const { editor, guard } = this.parts;
    const [id, text, started] = [editor.shownId, editor.text(), performance.now()];
    if (id)
      void guard.build(id, text).then((built) => {
        if (built && editor.shownId === id) this.draw(id, built, performance.now() - started);
      });
  }

  private draw(id: string, built: FilePreview, tookMs: number): void {
    const { editor, view, fits, sidebar, showProblems } = this.parts;
    const page = this.page;
    [this.lastBuildMs, page.preview] = [tookMs, built];
    const versions = page.deck?.deck.assetVersions ?? {};
    const slide = slideAtLine(built.slides, page.cursorLine);
    view.show(slide, versions, id === 'deck.yaml' ? es.settingsFile : undefined);
    fits.watchBuffer(id, built.slides, versions);
    sidebar.setSlides(built.slides, slide);
    // The text's own checks (and fit) run live on the buffer; checks that need the disk (missing
    // images, unreadable files, `order`) come from the host's last load.
    const live = [...built.diagnostics.filter((d) => !HOST_ONLY_CHECKS.test(d.code)), ...fits.forFile(id)];
    const fromHost = (page.deck?.deck.diagnostics ?? []).filter((d) => d.file !== id || HOST_ONLY_CHECKS.test(d.code));
    editor.setProblems([...live, ...fromHost.filter((d) => d.file === id)]);
    showProblems([...live, ...fromHost, ...fits.otherFiles(id)]);
  }
}
