import { describe, expect, it } from 'vitest';
import { previewFile } from '../../core/file-preview';
import { renderMarkdown } from '../../core/markdown';
import { GuardedPreview, type PreviewReply, type PreviewRequest } from './guarded-preview';

/** Thrown inside the fake worker to stop a round without an answer, as a hung render does. */
class Hang extends Error {}

/**
 * A stand-in for preview-worker.ts: it takes `startMs` before its first message (a real worker
 * loads marked, highlight.js and KaTeX first), then builds the file as the real one does; a slide
 * containing HANG never finishes.
 */
class FakeWorker extends EventTarget {
  terminated = 0;
  constructor(private readonly startMs: number) {
    super();
  }
  postMessage(request: PreviewRequest): void {
    setTimeout(() => {
      if (this.terminated) return;
      const send = (reply: PreviewReply): boolean => this.dispatchEvent(new MessageEvent('message', { data: reply }));
      const skipped = new Set(request.skip);
      try {
        const preview = previewFile(request.id, request.text, request.deckYaml, (markdown) => {
          if (skipped.has(markdown)) return null;
          send({ seq: request.seq, rendering: markdown });
          if (markdown.includes('HANG')) throw new Hang();
          return renderMarkdown(markdown);
        });
        send({ seq: request.seq, preview });
      } catch (error) {
        if (!(error instanceof Hang)) throw error;
      }
    }, this.startMs);
  }
  terminate(): void {
    this.terminated++;
  }
}

function guard(startMs: number, slideMs: number, startupMs = 5000): { preview: GuardedPreview; workers: FakeWorker[] } {
  const workers: FakeWorker[] = [];
  const preview = new GuardedPreview(
    () => {
      const worker = new FakeWorker(startMs);
      workers.push(worker);
      return worker as unknown as Worker;
    },
    slideMs,
    startupMs,
  );
  return { preview, workers };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('GuardedPreview', () => {
  it('a worker slower to start than one slide may take still previews every slide (a busy machine)', async () => {
    const { preview, workers } = guard(150, 40);
    const built = await preview.build('01.md', '# Привет\n\nТекст\n\n---\n\n# Второй\n');
    expect(built?.slides.map((s) => s.tooComplex ?? false)).toEqual([false, false]);
    expect(built?.slides[0]?.html).toContain('<h1');
    expect(built?.slides[0]?.html).toContain('Привет');
    expect(workers[0]?.terminated).toBe(0);
  });

  it('a slide that hangs once the worker renders it is still shown as too complex, the others preview', async () => {
    const { preview, workers } = guard(20, 60);
    const built = await preview.build('01.md', '# Первый\n\n---\n\n# HANG\n\n---\n\n# Третий\n');
    expect(built?.slides.map((s) => s.tooComplex ?? false)).toEqual([false, true, false]);
    expect(built?.slides[2]?.html).toContain('Третий');
    expect(workers[0]?.terminated).toBe(1);
  });

  it('a worker that never answers at all gives up after the start-up limit with the file split', async () => {
    const { preview } = guard(10_000, 40, 120);
    const built = await preview.build('01.md', '# Один\n\n---\n\n# Два\n');
    expect(built?.slides).toHaveLength(2);
    expect(built?.slides.every((s) => s.tooComplex)).toBe(true);
  });

  it('typing while the worker is still starting does not kill it; the newest text is previewed', async () => {
    const { preview, workers } = guard(450, 40);
    const first = preview.build('01.md', '# Старый\n');
    await sleep(350);
    const second = await preview.build('01.md', '# Новый\n');
    expect(await first).toBeNull();
    expect(second?.slides[0]?.html).toContain('Новый');
    expect(workers.map((w) => w.terminated)).toEqual([0]);
  });
});
