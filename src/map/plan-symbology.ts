import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { StructureCategory } from '../domain/plan';
import { LABEL_FONTS } from './basemap-style';

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

/** The suffixes of the map layers drawn for one plan layer, bottom to top. */
export const PLAN_LAYER_PARTS = ['fill', 'outline', 'line', 'circle', 'area-label', 'label'] as const;

const isSchematic: ExpressionSpecification = ['==', ['get', 'accuracy'], 'schematic'];
const roleIs = (...roles: string[]): ExpressionSpecification => ['in', ['get', 'role'], ['literal', roles]];
const geometryIs = (type: 'Point' | 'LineString' | 'Polygon'): ExpressionSpecification => ['==', ['geometry-type'], type];

/**
 * The maplibre layers that draw one plan layer in planning symbology: cores as strong filled
 * dots, sub-cores smaller, nodes as rings; zones as tinted areas, schematic ones paler with a
 * dashed edge; corridors and belts as wide soft bands, axes as solid lines.
 * @param prefix map layer id prefix, unique per plan layer
 * @param source the GeoJSON source holding the layer's features
 * @param color the layer's hue
 */
export function createPlanLayers(prefix: string, source: string, color: string): LayerSpecification[] {
  return [
    {
      id: `${prefix}:fill`, type: 'fill', source, filter: geometryIs('Polygon'),
      paint: {
        'fill-color': ['case', roleIs('zone', 'cluster'), ['to-color', ['at', ['%', ['get', 'shade'], ZONE_TINTS.length], ['literal', ZONE_TINTS]]], color],
        'fill-opacity': ['case', isSchematic, 0.08, roleIs('zone', 'cluster'), 0.22, roleIs('barrier'), 0.1, 0.14],
      },
    },
    {
      id: `${prefix}:outline`, type: 'line', source, filter: geometryIs('Polygon'),
      paint: {
        'line-color': color, 'line-opacity': ['case', isSchematic, 0.6, 0.9],
        'line-width': ['interpolate', ['linear'], ['zoom'], 6, 0.8, 12, 2],
        'line-dasharray': [3, 2],
      },
    },
    {
      id: `${prefix}:line`, type: 'line', source, filter: geometryIs('LineString'),
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': color,
        'line-opacity': ['case', roleIs('corridor', 'belt'), 0.45, isSchematic, 0.6, 0.9],
        'line-width': ['interpolate', ['linear'], ['zoom'], 6, ['case', roleIs('corridor', 'belt'), 4, 2], 12, ['case', roleIs('corridor', 'belt'), 14, 5]],
      },
    },
    {
      id: `${prefix}:circle`, type: 'circle', source, filter: ['all', geometryIs('Point'), ['!', ['get', 'isLabel']]],
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 6, ['match', ['get', 'role'], 'core', 7, 'sub-core', 5.5, 4], 12, ['match', ['get', 'role'], 'core', 13, 'sub-core', 10, 7]],
        'circle-color': ['match', ['get', 'role'], ['core', 'sub-core', 'hub'], color, '#ffffff'],
        'circle-stroke-color': ['match', ['get', 'role'], ['core', 'sub-core', 'hub'], '#ffffff', color],
        'circle-stroke-width': ['match', ['get', 'role'], 'core', 3, 2.5],
        'circle-opacity': ['case', isSchematic, 0.7, 1],
      },
    },
    {
      id: `${prefix}:area-label`, type: 'symbol', source, filter: ['all', geometryIs('Point'), ['get', 'isLabel']],
      layout: { 'text-field': ['get', 'label'], 'text-font': LABEL_FONTS, 'text-size': 13, 'text-max-width': 8 },
      paint: { 'text-color': color, 'text-halo-color': '#ffffff', 'text-halo-width': 1.8 },
    },
    {
      id: `${prefix}:label`, type: 'symbol', source, filter: ['all', geometryIs('Point'), ['!', ['get', 'isLabel']]],
      layout: {
        'text-field': ['get', 'label'],
        'text-font': LABEL_FONTS,
        'text-size': ['match', ['get', 'role'], 'core', 15, 'sub-core', 14, 13],
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 1.1,
        'text-justify': 'auto',
      },
      paint: { 'text-color': '#2b2622', 'text-halo-color': '#ffffff', 'text-halo-width': 1.6 },
    },
  ];
}
