/**
 * Series styles: each differs in colour AND dash AND marker, so nothing relies on colour alone.
 * Colours have at least 3:1 contrast against white (WCAG 1.4.11, non-text contrast).
 */
export interface SeriesStyle {
  colour: string;
  dash: string;
  marker: 'circle' | 'square' | 'triangle' | 'diamond';
}

export const SERIES_STYLES: readonly SeriesStyle[] = [
  { colour: '#b3261e', dash: '', marker: 'circle' },
  { colour: '#1f5fa8', dash: '8 5', marker: 'square' },
  { colour: '#2e7d32', dash: '2 4', marker: 'triangle' },
  { colour: '#6a3d9a', dash: '12 4 2 4', marker: 'diamond' },
];

export function seriesStyle(index: number): SeriesStyle {
  return SERIES_STYLES[index % SERIES_STYLES.length] ?? SERIES_STYLES[0]!;
}
