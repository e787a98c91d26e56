/**
 * The colours of the sites wherever they are drawn: the live map's layers, the static map
 * preview before it and the layer panel's swatches. Plots are teal, halls orange.
 */
export const SITE_COLORS = {
  plot: '#0f766e',
  plotFill: '#14b8a6',
  hall: '#c2410c',
  hallFill: '#f97316',
  selected: '#1d4ed8',
  hover: '#7c3aed',
} as const;
