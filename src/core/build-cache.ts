import type { Verdicts } from './compare-summary';
import type { Diagnostic, Slide, SourceFile } from './types';

/** What one file contributes, independent of its place in the deck (so it can be reused). */
export interface FileResult {
  slides: Slide[];
  diagnostics: Diagnostic[];
  title: string;
  duration: number;
  /** Front matter `summary`: this file is one dimension of the comparison. */
  verdicts?: Verdicts;
}

/**
 * Remembers each file's rendering by name and content, so a reload after editing one file of a
 * large deck re-renders only that file. Entries not used by the latest build are dropped.
 */
export class DeckBuildCache {
  private entries = new Map<string, FileResult>();
  private used = new Set<string>();
  /** What else a file's result depends on (the declared subjects), set by each build. */
  private context = '';

  /** Sets what the next lookups depend on besides the file (a change re-renders every file). */
  setContext(context: string): void {
    this.context = context;
  }

  /** The file's result, computed by `make` unless its exact content was seen before. */
  get(file: SourceFile, make: () => FileResult, salt = ''): FileResult {
    const key = `${salt}\0${file.name}\0${this.context}\0${file.text}`;
    this.used.add(key);
    let hit = this.entries.get(key);
    if (!hit) {
      hit = make();
      this.entries.set(key, hit);
    }
    return hit;
  }

  /** True when the file's exact content was rendered before (its slides need no rendering). */
  has(file: SourceFile, salt = ''): boolean {
    return this.entries.has(`${salt}\0${file.name}\0${this.context}\0${file.text}`);
  }

  /** Forgets what the last build did not use. */
  sweep(): void {
    for (const key of this.entries.keys()) if (!this.used.has(key)) this.entries.delete(key);
    this.used.clear();
  }
}
