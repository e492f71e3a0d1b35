import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { BASEMAP_COLORS } from '../domain/preview';

/** Local font families for labels; with no `glyphs` URL maplibre draws text with these. */
export const LABEL_FONTS = ['Noto Sans CJK SC', 'Noto Sans SC', 'Microsoft YaHei', 'PingFang SC', 'sans-serif'];

export { BASEMAP_COLORS } from '../domain/preview';

/**
 * The embedded offline basemap: county, prefecture and province boundaries and names built from
 * the files in `data/basemap/`, served by the site itself.
 * @param dataUrl absolute URL of the site's `data/` folder, ending in `/`
 */
export function createBasemapStyle(dataUrl: string): StyleSpecification {
  const source = (name: string) => ({ type: 'geojson' as const, data: new URL(`basemap/${name}.geojson`, dataUrl).href, attribution: '' });
  return {
    version: 8,
    name: 'PlanMap embedded basemap',
    sources: {
      'basemap-provinces': source('provinces'),
      'basemap-boundaries': source('boundaries'),
      'basemap-labels': source('labels'),
    },
    layers: [...landLayers(), ...createBoundaryLayers('basemap-boundaries', { maxzoom: DETAIL_ZOOM }), ...labelLayers()],
  };
}

/** From this zoom on, boundaries come from the detailed file, loaded only when first needed. */
export const DETAIL_ZOOM = 8.5;

/** The source of the detailed boundaries, added by the map controller on first zoom-in. */
export function createDetailBoundarySource(dataUrl: string) {
  return { type: 'geojson' as const, data: new URL('basemap/boundaries-detail.geojson', dataUrl).href };
}

function landLayers(): LayerSpecification[] {
  return [
    { id: 'background', type: 'background', paint: { 'background-color': BASEMAP_COLORS.background } },
    {
      id: 'land', type: 'fill', source: 'basemap-provinces',
      paint: { 'fill-color': ['case', ['get', 'isFocus'], BASEMAP_COLORS.focusLand, BASEMAP_COLORS.neighbourLand] },
    },
  ];
}

/**
 * Province, prefecture and county boundary lines from `source`, shown within the zoom range.
 * @param source a GeoJSON source of lines with a `level` (1 province, 2 prefecture, 3 county)
 */
export function createBoundaryLayers(source: string, range: { minzoom?: number; maxzoom?: number }): LayerSpecification[] {
  const level = (n: number) => ['==', ['get', 'level'], n] as ['==', ['get', string], number];
  const suffix = range.minzoom ? '-detail' : '';
  const layers: LayerSpecification[] = [
    {
      id: 'boundary-county', type: 'line', source, filter: level(3), minzoom: 6.5,
      paint: { 'line-color': BASEMAP_COLORS.county, 'line-width': ['interpolate', ['linear'], ['zoom'], 7, 0.5, 12, 1.2], 'line-dasharray': [3, 2] },
    },
    {
      id: 'boundary-prefecture', type: 'line', source, filter: level(2),
      paint: { 'line-color': BASEMAP_COLORS.prefecture, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.6, 12, 1.8] },
    },
    {
      id: 'boundary-province-casing', type: 'line', source, filter: level(1),
      paint: { 'line-color': '#ffffff', 'line-opacity': 0.7, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 3, 12, 6] },
    },
    {
      id: 'boundary-province', type: 'line', source, filter: level(1),
      paint: { 'line-color': BASEMAP_COLORS.province, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 1.2, 12, 2.6], 'line-dasharray': [6, 2, 1, 2] },
    },
  ];
  return layers.map((layer) => ({
    ...layer,
    id: `${layer.id}${suffix}`,
    ...(range.minzoom !== undefined ? { minzoom: Math.max(range.minzoom, layer.minzoom ?? 0) } : {}),
    ...(range.maxzoom !== undefined ? { maxzoom: range.maxzoom } : {}),
  }) as LayerSpecification);
}

function labelLayers(): LayerSpecification[] {
  const kind = (k: string) => ['==', ['get', 'kind'], k] as ['==', ['get', string], string];
  const text = (size: [number, number, number, number], color: string) => ({
    layout: {
      'text-field': ['get', 'name'] as ['get', string],
      'text-font': LABEL_FONTS,
      'text-size': ['interpolate', ['linear'], ['zoom'], ...size] as unknown as number,
      'text-padding': 4,
    },
    paint: { 'text-color': color, 'text-halo-color': BASEMAP_COLORS.halo, 'text-halo-width': 1.4 },
  });
  return [
    { id: 'label-county-seat', type: 'circle', source: 'basemap-labels', filter: kind('county'), minzoom: 8,
      paint: { 'circle-radius': 2.2, 'circle-color': BASEMAP_COLORS.labelFaint, 'circle-stroke-color': '#fff', 'circle-stroke-width': 1 } },
    { id: 'label-county', type: 'symbol', source: 'basemap-labels', filter: kind('county'), minzoom: 7.5,
      ...text([7.5, 11, 12, 14], BASEMAP_COLORS.labelFaint),
      layout: { ...text([7.5, 11, 12, 14], BASEMAP_COLORS.labelFaint).layout, 'text-variable-anchor': ['top', 'bottom', 'left', 'right'], 'text-radial-offset': 0.5 } },
    { id: 'label-prefecture', type: 'symbol', source: 'basemap-labels', filter: kind('prefecture'), minzoom: 6, maxzoom: 9.5,
      ...text([6, 12, 9, 16], BASEMAP_COLORS.label) },
    { id: 'label-province', type: 'symbol', source: 'basemap-labels', filter: kind('province'), maxzoom: 7.5,
      ...text([4, 13, 7, 20], BASEMAP_COLORS.label) },
  ];
}
