import { describe, expect, it } from 'vitest';
import type { LoadedPlan, PlanFeature, PlanManifest } from '../domain/plan';
import { buildSearchEntries, findBounds, findFeature, findSchematicLayers } from './plan-lookup';

const feature = (id: string, accuracy: 'schematic' | 'approximate', coordinates: [number, number]): PlanFeature => ({
  type: 'Feature', geometry: { type: 'Point', coordinates },
  properties: { id, name: { zh: `点${id}`, en: `Point ${id}` }, role: 'node', accuracy, accuracyNote: { zh: '', en: '' }, method: 'named-place', provenance: [] },
});
const manifest = {
  id: 'p', title: { zh: '规划', en: 'Plan' }, region: { name: { zh: '区', en: 'District' }, code: '520302' },
  camera: { center: [106.9, 27.7], zoom: 9 },
  structures: [{ id: 's', slogan: '一核', name: { zh: '结构', en: 'Structure' }, category: 'spatial-pattern', provenance: [], tour: [],
    layers: [{ id: 'a', file: 'a.geojson', title: { zh: '甲', en: 'A' } }, { id: 'b', file: 'b.geojson', title: { zh: '乙', en: 'B' } }] }],
} as unknown as PlanManifest;
const plan: LoadedPlan = {
  manifest,
  layers: new Map([
    ['a', { type: 'FeatureCollection', features: [feature('x', 'approximate', [106, 27]), feature('y', 'schematic', [107, 28])] }],
    ['b', { type: 'FeatureCollection', features: [feature('z', 'schematic', [106.5, 27.5])] }],
  ]),
};

describe('plan lookups', () => {
  it('finds a feature by its key with its structure and layer', () => {
    const found = findFeature([plan], 'p/z');
    expect([found?.structure.id, found?.layerId, found?.feature.properties.id]).toEqual(['s', 'b', 'z']);
    expect(findFeature([plan], 'p/nope')).toBeNull();
  });

  it('marks a layer schematic only when all its features are', () => {
    expect([...findSchematicLayers([plan])]).toEqual(['p/b']);
  });

  it('boxes nested coordinates', () => {
    expect(findBounds([{ type: 'LineString', coordinates: [[106, 27], [107, 28]] }, { type: 'Point', coordinates: [105, 27.5] }, null])).toEqual([105, 27, 107, 28]);
    expect(findBounds([null])).toBeNull();
  });

  it('offers plans, structures, features and places to search in the chosen language', () => {
    const entries = buildSearchEntries([plan], [{ name: '仁怀市', kind: 'county', center: [106.4, 27.8] }], 'en');
    expect(entries.map((e) => `${e.kind}:${e.label}`)).toEqual(['plan:Plan', 'structure:一核 Structure', 'feature:Point x', 'feature:Point y', 'feature:Point z', 'place:仁怀市']);
    expect(entries[1].bounds).toEqual([106, 27, 107, 28]);
    expect(entries[2]).toMatchObject({ featureKey: 'p/x', detail: '点x · 一核' });
  });
});
