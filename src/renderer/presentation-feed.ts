import type { LecternHost, PresentationSnapshot, Result } from '../shared/contract';

/**
 * Loads the presentation state and follows it. Snapshots older than the one shown are dropped
 * (an HTTP answer may arrive after a newer pushed event). `clockOffset` turns the host's clock
 * into this page's, for running timers.
 */
export async function followPresentation(
  host: Pick<LecternHost, 'loadPresentation' | 'onPresentation'>,
  onSnapshot: (snapshot: PresentationSnapshot, clockOffset: number) => void,
): Promise<Result<PresentationSnapshot>> {
  let seq = -1;
  let lastRun: PresentationSnapshot['lastRun'] | undefined;
  const take = (s: PresentationSnapshot): void => {
    // Same seq but a new "last run" (a rehearsal was just saved) is news too.
    if (s.state.seq < seq || (s.state.seq === seq && s.lastRun === lastRun)) return;
    seq = s.state.seq;
    lastRun = s.lastRun;
    onSnapshot(s, s.now - Date.now());
  };
  host.onPresentation(take);
  const first = await host.loadPresentation();
  if (first.ok) take(first.value);
  return first;
}
