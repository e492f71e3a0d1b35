import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { createPlanLayers, listNeededParts } from './plan-symbology';

const collection = (...features: [string, Record<string, unknown>][]): FeatureCollection => ({
  type: 'FeatureCollection',
  features: features.map(([type, properties]) => ({
    type: 'Feature', properties,
    geometry: type === 'Point' ? { type: 'Point', coordinates: [106, 27] } : type === 'LineString' ? { type: 'LineString', coordinates: [[106, 27], [107, 27]] } : { type: 'MultiPolygon', coordinates: [[[[106, 27], [107, 27], [107, 28], [106, 27]]]] },
  })),
});

describe('the symbology a plan layer needs', () => {
  it('gives towns circles and names, and nothing for areas or lines', () => {
    expect([...listNeededParts(collection(['Point', { role: 'node' }]))].sort()).toEqual(['circle', 'label']);
  });

  it('gives zones fill, outline and their label points; barriers a hatch; axes arrows', () => {
    const parts = listNeededParts(collection(['MultiPolygon', { role: 'barrier' }], ['Point', { isLabel: true }], ['LineString', { role: 'axis' }]));
    expect([...parts].sort()).toEqual(['area-label', 'arrow', 'fill', 'hatch', 'line', 'outline']);
  });

  it('makes only those map layers, in the order of the full set', () => {
    const ids = createPlanLayers('plan:p/l', 'plan:p/l', '#c00', new Set(['label', 'fill'])).map((l) => l.id);
    expect(ids).toEqual(['plan:p/l:fill', 'plan:p/l:label']);
    expect(createPlanLayers('plan:p/l', 'plan:p/l', '#c00')).toHaveLength(8);
  });
});
