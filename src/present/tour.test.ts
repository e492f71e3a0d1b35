import { describe, expect, it } from 'vitest';
import type { LoadedPlan, PlanFeatureCollection, PlanManifest } from '../domain/plan';
import { clampStop, findStopHighlight, findStopLayers, flattenTour } from './tour';

const manifest = {
  id: 'p',
  structures: [
    { id: 's1', layers: [{ id: 'a' }, { id: 'b' }], tour: [{ caption: { zh: '一', en: '1' }, camera: { center: [0, 0], zoom: 5 } }, { caption: { zh: '二', en: '2' }, camera: { center: [0, 0], zoom: 6 }, layers: ['b'], features: ['f1', 'f2'] }] },
    { id: 's2', layers: [{ id: 'c' }], tour: [{ caption: { zh: '三', en: '3' }, camera: { center: [1, 1], zoom: 7 }, features: ['f3'] }] },
  ],
} as unknown as PlanManifest;

const feature = (id: string, geometry: GeoJSON.Geometry) => ({ type: 'Feature', properties: { id }, geometry });
const plan: LoadedPlan = {
  manifest,
  layers: new Map([
    ['b', { type: 'FeatureCollection', features: [feature('f1', { type: 'Point', coordinates: [0, 0] }), feature('f2', { type: 'MultiLineString', coordinates: [[[0, 0], [1, 1]], [[2, 2], [3, 3]]] })] } as unknown as PlanFeatureCollection],
    ['c', { type: 'FeatureCollection', features: [feature('f3', { type: 'Point', coordinates: [1, 1] })] } as unknown as PlanFeatureCollection],
  ]),
};

describe('the presentation tour', () => {
  it('plays every structure\'s steps in manifest order', () => {
    expect(flattenTour(manifest).map((s) => s.step.caption.zh)).toEqual(['一', '二', '三']);
  });

  it('shows the step\'s layers, or its structure\'s when it names none', () => {
    const [first, second] = flattenTour(manifest);
    expect(findStopLayers(first)).toEqual(['a', 'b']);
    expect(findStopLayers(second)).toEqual(['b']);
  });

  it('highlights one feature with its geometry and several with one collection of simple parts', () => {
    const [first, second, third] = flattenTour(manifest);
    expect(findStopHighlight(plan, first)).toBeNull();
    expect(findStopHighlight(plan, third)).toEqual({ type: 'Point', coordinates: [1, 1] });
    const several = findStopHighlight(plan, second) as GeoJSON.GeometryCollection;
    expect(several.geometries.map((g) => g.type)).toEqual(['Point', 'LineString', 'LineString']);
  });

  it('keeps a stop index within the tour', () => {
    expect([clampStop(-1, 3), clampStop(5, 3), clampStop(1, 3), clampStop(NaN, 3)]).toEqual([0, 2, 1, 0]);
  });
});
