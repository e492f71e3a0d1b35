import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Geometry } from 'geojson';
import type { UserLayerRecord } from './user-layer-store';
import { toUserPlan, type UserFeatureProperties } from './user-plan';

const oddCollection = JSON.parse(`{
  "type": "FeatureCollection",
  "features": [
    { "type": "Feature", "properties": { "NAME": 42, "area": 1.5, "nested": { "a": [1, { "b": null }] } }, "geometry": { "type": "Point", "coordinates": [106.9, 27.7] } },
    { "type": "Feature", "id": 7, "properties": { "名称": "<img src=x onerror=alert(1)>", "role": "axis", "accuracy": "surveyed" }, "geometry": { "type": "LineString", "coordinates": [[106, 27], [107, 28]] } },
    { "type": "Feature", "properties": null, "geometry": { "type": "Polygon", "coordinates": [[[106, 27], [107, 27], [107, 28], [106, 27]]] } },
    { "type": "Feature", "properties": { "id": "dup", "role": "nonsense", "accuracy": 3, "constructor": "x", "name": { "zh": "甲", "en": "A" } }, "geometry": null },
    { "type": "Feature", "properties": { "id": "dup", "title": "" }, "geometry": { "type": "MultiPolygon", "coordinates": [] } }
  ]
}`) as FeatureCollection;

function layer(id: string, name: string, collection: FeatureCollection, order = 0): UserLayerRecord {
  return { id, name, color: '#aa3300', order, isVisible: true, collection, source: { file: 'x.geojson', format: 'geojson', importedAt: '2025-01-01T00:00:00Z' } };
}

function propertiesOf(plan: ReturnType<typeof toUserPlan>, layerId: string): UserFeatureProperties[] {
  return plan.layers.get(layerId)!.features.map((f) => f.properties as UserFeatureProperties);
}

describe('toUserPlan', () => {
  it('makes one structure with one styled layer per record, under the plan my-layers', () => {
    const plan = toUserPlan([layer('u1', '道路', oddCollection), layer('u2', 'Rivers', { type: 'FeatureCollection', features: [] }, 1)]);
    expect(plan.manifest).toMatchObject({ id: 'my-layers', title: { zh: '我的图层', en: 'My layers' } });
    expect(plan.manifest.structures.map((s) => [s.id, s.slogan, s.category, s.tour])).toEqual([
      ['u1', '道路', 'spatial-pattern', []], ['u2', 'Rivers', 'spatial-pattern', []],
    ]);
    expect(plan.manifest.structures[0].layers).toEqual([{ id: 'u1', file: '', title: { zh: '道路', en: '道路' }, style: { color: '#aa3300' } }]);
    expect([...plan.layers.keys()]).toEqual(['u1', 'u2']);
  });

  it('gives odd features plan properties without throwing', () => {
    const props = propertiesOf(toUserPlan([layer('u1', 'L', oddCollection)]), 'u1');
    expect(props.map((p) => [p.id, p.name.en, p.role, p.accuracy])).toEqual([
      ['u1-0', '42', 'node', 'approximate'],
      ['7', '<img src=x onerror=alert(1)>', 'axis', 'surveyed'],
      ['u1-2', 'u1-2', 'zone', 'approximate'],
      ['dup', 'A', 'node', 'approximate'],
      ['u1-4', 'dup', 'zone', 'approximate'],
    ]);
    expect(props[3].name).toEqual({ zh: '甲', en: 'A' });
    for (const p of props) {
      expect(p).toMatchObject({ method: 'derived', provenance: [], accuracyNote: { zh: '用户导入的数据,精度未知', en: 'Imported by the user; accuracy unknown' } });
    }
  });

  it('keeps every original property under userProperties, with unsafe keys renamed', () => {
    const props = propertiesOf(toUserPlan([layer('u1', 'L', oddCollection)]), 'u1');
    expect(props.map((p) => p.userProperties)).toEqual([
      { NAME: 42, area: 1.5, nested: { a: [1, { b: null }] } },
      { 名称: '<img src=x onerror=alert(1)>', role: 'axis', accuracy: 'surveyed' },
      {},
      { id: 'dup', role: 'nonsense', accuracy: 3, constructor_: 'x', name: { zh: '甲', en: 'A' } },
      { id: 'dup', title: '' },
    ]);
    expect(toUserPlan([layer('u1', 'L', oddCollection)]).layers.get('u1')!.features[3].geometry).toBeNull();
  });

  it('chooses the role from the geometry when the feature gives no valid one', () => {
    const geometries: (Geometry | null)[] = [
      { type: 'MultiPoint', coordinates: [[0, 0]] },
      { type: 'MultiLineString', coordinates: [[[0, 0], [1, 1]]] },
      { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] },
      { type: 'GeometryCollection', geometries: [{ type: 'LineString', coordinates: [[0, 0], [1, 1]] }] },
      null,
    ];
    const collection = { type: 'FeatureCollection', features: geometries.map((geometry) => ({ type: 'Feature', properties: { role: 'Core' }, geometry })) } as FeatureCollection;
    expect(propertiesOf(toUserPlan([layer('g', 'G', collection)]), 'g').map((p) => p.role)).toEqual(['node', 'corridor', 'zone', 'corridor', 'node']);
  });

  it('keeps feature ids unique across all layers of the plan', () => {
    const same: FeatureCollection = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { id: 'dup' }, geometry: { type: 'Point', coordinates: [0, 0] } }] };
    const plan = toUserPlan([layer('a', 'A', same), layer('b', 'B', same, 1)]);
    const ids = [...plan.layers.values()].flatMap((fc) => fc.features.map((f) => f.properties.id));
    expect(ids).toEqual(['dup', 'b-0']);
  });

  it('does not change the records it reads', () => {
    const before = JSON.stringify(oddCollection);
    toUserPlan([layer('u1', 'L', oddCollection)]);
    expect(JSON.stringify(oddCollection)).toBe(before);
  });

  it('points the camera at the features, or at China when there are none', () => {
    const points: FeatureCollection = { type: 'FeatureCollection', features: [[106, 27], [108, 29]].map((c) => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: c } })) };
    expect(toUserPlan([layer('a', 'A', points)]).manifest.camera.center).toEqual([107, 28]);
    expect(toUserPlan([]).manifest.camera).toEqual({ center: [104, 35], zoom: 3 });
  });
});
