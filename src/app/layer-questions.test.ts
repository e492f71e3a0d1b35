import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { area, featureCollection, intersect, union } from '@turf/turf';
import type { LoadedPlan, PlanFeatureCollection, PlanManifest } from '../domain/plan';
import { QuestionError, answerLayerQuestion } from './layer-questions';
import { listQuestionTargets } from './question-targets';

const DATA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'data');
const readJson = <T>(rel: string): T => JSON.parse(fs.readFileSync(path.join(DATA, rel), 'utf8')) as T;

function loadPlan(id: string): LoadedPlan {
  const manifest = readJson<PlanManifest>(`plans/${id}/manifest.json`);
  const layers = new Map(manifest.structures.flatMap((s) => s.layers).map((l) => [l.id, readJson<PlanFeatureCollection>(`plans/${id}/${l.file}`)]));
  return { manifest, layers };
}

const plans = [loadPlan('honghuagang-14th-fyp'), loadPlan('zunyi-metropolitan')];
const sources = {
  fetchDistricts: async (codes: readonly string[]) => codes.flatMap((c) => readJson<{ features: Feature<Polygon | MultiPolygon>[] }>(`basemap/districts/${c}.geojson`).features),
};

describe('answerLayerQuestion', () => {
  it('lists the structures with zones and every layer, saying which have zones and nodes', () => {
    const { structures, layers } = listQuestionTargets(plans);
    expect(structures.map((s) => s.key)).toContain('honghuagang-14th-fyp/one-core-four-zones');
    expect(layers.find((l) => l.key === 'honghuagang-14th-fyp/functional-zones')).toMatchObject({ hasZones: true, hasNodes: false });
    expect(layers.find((l) => l.key === 'honghuagang-14th-fyp/township-seats')).toMatchObject({ hasZones: false, hasNodes: true });
  });

  it('measures 一核四区 and its share of 红花岗区 as turf.intersect with the district finds it', async () => {
    const outcome = await answerLayerQuestion({ kind: 'structure-area', structure: 'honghuagang-14th-fyp/one-core-four-zones' }, plans, sources);
    const structure = plans[0]!.manifest.structures.find((x) => x.id === 'one-core-four-zones')!;
    const zones = structure.layers.flatMap((l) => plans[0]!.layers.get(l.id)!.features)
      .filter((f) => f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon') as Feature<Polygon | MultiPolygon>[];
    const district = sources.fetchDistricts(['520302']);
    const [county] = await district;
    const inside = intersect(featureCollection([union(featureCollection(zones))!, county!]))!;
    const inDistrict = outcome.rows.find((r) => String(r['nameEn']).startsWith('Of which inside'));
    expect(Number(inDistrict?.['km2'])).toBeCloseTo(area(inside) / 1e6, 1);
    expect(Number(inDistrict?.['share'])).toBeCloseTo((100 * area(inside)) / area(county!), 1);
    expect(outcome.rows.filter((r) => String(r['id'] ?? '').startsWith('honghuagang-14th-fyp/'))).toHaveLength(zones.length);
  });

  it('buffers A before the overlap and gives the shares of both layers', async () => {
    const outcome = await answerLayerQuestion({ kind: 'overlap', a: 'zunyi-metropolitan/blue-corridors', b: 'zunyi-metropolitan/restoration-belts', bufferKm: 2 }, plans, sources);
    const overlap = outcome.rows[2]!;
    expect(Number(overlap['km2'])).toBeGreaterThan(0);
    expect(Number(overlap['percentOfA'])).toBeCloseTo((100 * Number(overlap['km2'])) / Number(outcome.rows[0]!['km2']), 1);
    expect(outcome.geometry.features).toHaveLength(1);
  });

  it('refuses, in both languages, an overlap whose layer A has no zones and no buffer', async () => {
    const asked = answerLayerQuestion({ kind: 'overlap', a: 'zunyi-metropolitan/blue-corridors', b: 'zunyi-metropolitan/restoration-belts', bufferKm: 0 }, plans, sources);
    await expect(asked).rejects.toBeInstanceOf(QuestionError);
    await expect(asked).rejects.toMatchObject({ text: { zh: expect.stringContaining('缓冲宽度') as string } });
  });

  it('names the zone of every township seat of 红花岗区', async () => {
    const outcome = await answerLayerQuestion({ kind: 'locate', points: 'honghuagang-14th-fyp/township-seats', zones: 'honghuagang-14th-fyp/functional-zones' }, plans, sources);
    expect(outcome.rows.length).toBe(plans[0]!.layers.get('township-seats')!.features.length);
    expect(outcome.rows.every((r) => r['zones'] !== '—')).toBe(true);
  });

  it('says which layer is missing', async () => {
    await expect(answerLayerQuestion({ kind: 'locate', points: 'nope/x', zones: 'honghuagang-14th-fyp/functional-zones' }, plans, sources))
      .rejects.toMatchObject({ text: { en: 'There is no layer nope/x.' } });
  });
});
