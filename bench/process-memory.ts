// Peak resident memory of a process and all its descendants (Linux /proc), sampled.
import { readdirSync, readFileSync } from 'node:fs';

function children(): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const ppid = Number(/PPid:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
      if (!map.has(ppid)) map.set(ppid, []);
      map.get(ppid)!.push(Number(pid));
    } catch {
      /* process ended */
    }
  }
  return map;
}

function treeRssKb(root: number): number {
  const kids = children();
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      total += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      /* gone */
    }
    stack.push(...(kids.get(pid) ?? []));
  }
  return total;
}

/** Samples the tree of `pid` every `ms` until stopped; `stop()` returns the peak in MB. */
export function watchPeakMemory(pid: number, ms = 100): () => number {
  let peak = 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRssKb(pid));
  }, ms);
  return () => {
    clearInterval(timer);
    return Math.round(peak / 1024);
  };
}
