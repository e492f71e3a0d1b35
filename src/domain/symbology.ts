import type { Role, StructureCategory } from './plan';

/**
 * The planning symbology's vocabulary, shared by the map layers and the legend so that both are
 * drawn from one source.
 */

/** One hue per structure category, strong enough to stand out on the quiet basemap. */
export const CATEGORY_COLORS: Record<StructureCategory, string> = {
  'spatial-pattern': '#c0392b',
  ecological: '#2e7d32',
  transport: '#1f5fa8',
  industrial: '#7b3fa0',
  agricultural: '#8a7a12',
  'cultural-tourism': '#c2185b',
  landscape: '#00897b',
};

/**
 * Tints for the zones of one layer, told apart by colour-blind readers too (after Okabe and Ito's
 * palette); the outline keeps the layer's own hue.
 */
export const ZONE_TINTS = ['#e69f00', '#56b4e9', '#009e73', '#f0e442', '#0072b2', '#d55e00', '#cc79a7', '#999999'];

/** How each role is drawn: its mark, and for points how strong. */
export const ROLE_MARKS: Record<Role, 'dot' | 'ring' | 'band' | 'line' | 'arrow' | 'area' | 'hatch'> = {
  core: 'dot',
  'sub-core': 'dot',
  hub: 'dot',
  node: 'ring',
  cluster: 'area',
  zone: 'area',
  park: 'area',
  axis: 'arrow',
  corridor: 'band',
  belt: 'band',
  barrier: 'hatch',
};

/** Point radius in pixels at zoom 6 and 12, by role. */
export const POINT_RADIUS: Partial<Record<Role, [number, number]>> = {
  core: [7, 13],
  'sub-core': [5.5, 10],
};

/** Radius of every other point. */
export const DEFAULT_POINT_RADIUS: [number, number] = [4, 7];
