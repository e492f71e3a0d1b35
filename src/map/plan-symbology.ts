import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { POINT_RADIUS, DEFAULT_POINT_RADIUS, ZONE_TINTS } from '../domain/symbology';
import { LABEL_FONTS } from './basemap-style';

export { CATEGORY_COLORS } from '../domain/symbology';

/** The suffixes of the map layers drawn for one plan layer, bottom to top. */
export const PLAN_LAYER_PARTS = ['fill', 'hatch', 'outline', 'line', 'arrow', 'circle', 'area-label', 'label'] as const;

type PlanLayerPart = (typeof PLAN_LAYER_PARTS)[number];

/**
 * The parts of the symbology a layer's map data can use (a layer of towns needs no fill, a zone
 * layer no circles), so that the map gets no layers that could only ever be empty: each one costs
 * filtering in the worker and work in every frame.
 * @param data the layer's features as the map gets them, label points included
 */
export function listNeededParts(data: FeatureCollection): Set<PlanLayerPart> {
  const parts = new Set<PlanLayerPart>();
  for (const { geometry, properties } of data.features) {
    const type = geometry?.type ?? '';
    const role = properties?.['role'];
    if (type.endsWith('Polygon')) ['fill', 'outline', ...(role === 'barrier' ? ['hatch' as const] : [])].forEach((p) => parts.add(p as PlanLayerPart));
    if (type.endsWith('LineString')) ['line', ...(role === 'axis' ? ['arrow' as const] : [])].forEach((p) => parts.add(p as PlanLayerPart));
    if (type.endsWith('Point')) (properties?.['isLabel'] ? ['area-label' as const] : ['circle' as const, 'label' as const]).forEach((p) => parts.add(p));
  }
  return parts;
}

/** The name of the image that hatches barrier areas in `color`; the controller registers it. */
export function hatchImageId(color: string): string {
  return `pm-hatch-${color.replace('#', '')}`;
}

/** The arrowhead repeated along axes, a signed-distance image tinted per layer. */
export const ARROW_IMAGE_ID = 'pm-arrow';

/** Circle radius by role at the low (0) or high (1) end of the zoom range. */
function radiusAt(end: 0 | 1): ExpressionSpecification {
  const cases = Object.entries(POINT_RADIUS).flatMap(([role, radii]) => [role, radii[end]]);
  return ['match', ['get', 'role'], ...cases, DEFAULT_POINT_RADIUS[end]] as unknown as ExpressionSpecification;
}

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
 * @param parts the parts to create (all when not given), e.g. from `listNeededParts`
 */
export function createPlanLayers(prefix: string, source: string, color: string, parts?: ReadonlySet<PlanLayerPart>): LayerSpecification[] {
  const all: LayerSpecification[] = [
    {
      id: `${prefix}:fill`, type: 'fill', source, filter: geometryIs('Polygon'),
      paint: {
        'fill-color': ['case', ['all', roleIs('zone', 'cluster'), ['>=', ['get', 'shade'], 0]], ['to-color', ['at', ['%', ['get', 'shade'], ZONE_TINTS.length], ['literal', ZONE_TINTS]]], color],
        'fill-opacity': ['case', isSchematic, 0.08, ['all', roleIs('zone', 'cluster'), ['>=', ['get', 'shade'], 0]], 0.22, roleIs('barrier'), 0.1, 0.1],
      },
    },
    {
      id: `${prefix}:hatch`, type: 'fill', source, filter: ['all', geometryIs('Polygon'), roleIs('barrier')],
      paint: { 'fill-pattern': hatchImageId(color), 'fill-opacity': 0.8 },
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
      id: `${prefix}:arrow`, type: 'symbol', source, filter: ['all', geometryIs('LineString'), roleIs('axis')],
      layout: {
        'symbol-placement': 'line', 'symbol-spacing': 90, 'icon-image': ARROW_IMAGE_ID,
        'icon-size': ['interpolate', ['linear'], ['zoom'], 6, 0.5, 12, 0.9], 'icon-rotation-alignment': 'map', 'icon-allow-overlap': true,
      },
      paint: { 'icon-color': color, 'icon-halo-color': '#ffffff', 'icon-halo-width': 1 },
    },
    {
      id: `${prefix}:circle`, type: 'circle', source, filter: ['all', geometryIs('Point'), ['!', ['get', 'isLabel']]],
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 6, radiusAt(0), 12, radiusAt(1)],
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
  return parts ? all.filter((layer) => parts.has(layer.id.slice(prefix.length + 1) as PlanLayerPart)) : all;
}
