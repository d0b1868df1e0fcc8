/**
 * Classes of comparison cards and the summary matrix (`cmp-row`, `cmp-n3`, `cmp-card`,
 * `cmp-c-green`, `cmp-matrix`, `cmp-missing`), made by core's compare-cards / compare-summary and
 * styled by styles/compare.css; a deck may also write them by hand.
 */
export const COMPARE_CLASS = /^cmp-(?:row|card|matrix|missing|n[1-4]|c-(?:slate|green|blue|teal|orange|red|purple|gold))$/;
