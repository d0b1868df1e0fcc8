/**
 * The one order of every window and page title, in both languages: the deck first (what the
 * presenter looks for in the taskbar), then the view, then the product:
 * `Kubernetes за час — Режим докладчика — Lectern`. The audience view names no view.
 */
export function windowTitle(deckTitle: string | undefined, view?: string): string {
  return [deckTitle?.trim(), view, 'Lectern'].filter(Boolean).join(' — ');
}
