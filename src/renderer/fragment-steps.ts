/**
 * Fragment groups in reveal.js order: elements sharing a data-fragment-index form one step
 * (lowest index first), each fragment without an index is a step of its own after them. Same
 * rule as core/fragments.ts, which counts the steps for the presentation state.
 */
export function fragmentGroups(root: HTMLElement): HTMLElement[][] {
  const indexed = new Map<number, HTMLElement[]>();
  const loose: HTMLElement[][] = [];
  for (const el of Array.from(root.querySelectorAll<HTMLElement>('.fragment'))) {
    const index = el.dataset.fragmentIndex;
    if (index === undefined || !/^\d+$/.test(index)) loose.push([el]);
    else indexed.set(Number(index), [...(indexed.get(Number(index)) ?? []), el]);
  }
  return [...[...indexed.entries()].sort((a, b) => a[0] - b[0]).map(([, els]) => els), ...loose];
}

/** Shows the first `step` fragment steps of a rendered slide and hides the rest. */
export function applyFragmentStep(root: HTMLElement, step: number): void {
  fragmentGroups(root).forEach((group, i) =>
    group.forEach((el) => {
      el.classList.toggle('visible', i < step);
      // reveal.js's marker for the step just shown (used by highlight-current-* and current-visible).
      el.classList.toggle('current-fragment', i === step - 1);
    }),
  );
}
