import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FetchPlanSource, PlanLoadError, startEarlyPlan } from './plan-source';

const DATA_DIR = path.resolve(import.meta.dirname, '..', '..', 'data');
const BASE = 'https://planmap.test/data/';

/** A fetch that answers from the repository's data/ folder, with optional overrides by path. */
function fileFetch(overrides: Record<string, string | number> = {}): typeof fetch {
  return async (input) => {
    const rel = String(input).slice(BASE.length);
    const override = overrides[rel];
    if (typeof override === 'number') return new Response('', { status: override });
    if (typeof override === 'string') return new Response(override);
    const file = path.join(DATA_DIR, rel);
    return fs.existsSync(file) ? new Response(fs.readFileSync(file)) : new Response('', { status: 404 });
  };
}

const planIds = fs.readdirSync(path.join(DATA_DIR, 'plans'), { withFileTypes: true })
  .filter((e) => e.isDirectory() && fs.existsSync(path.join(DATA_DIR, 'plans', e.name, 'manifest.json')))
  .map((e) => e.name);

describe('FetchPlanSource', () => {
  it.each(planIds)('loads every layer of the bundled plan %s', async (id) => {
    const plan = await new FetchPlanSource(BASE, fileFetch()).loadPlan(id);
    expect(plan.manifest.id).toBe(id);
    for (const layer of plan.manifest.structures.flatMap((s) => s.layers)) {
      expect(plan.layers.get(layer.id)?.features.length, layer.file).toBeGreaterThan(0);
    }
  });

  it('loads the 遵义都市圈 centres with their quotes', async () => {
    const plan = await new FetchPlanSource(BASE, fileFetch()).loadPlan('zunyi-metropolitan');
    const renhuai = plan.layers.get('centres')?.features.find((f) => f.properties.id === 'yzyf-renhuai');
    expect(renhuai?.properties.role).toBe('sub-core');
    expect(renhuai?.properties.provenance[0]).toMatchObject({ document: '003', line: 271 });
  });

  it('names the missing file when a layer is not there', async () => {
    const source = new FetchPlanSource(BASE, fileFetch({ 'plans/zunyi-metropolitan/centres.geojson': 404 }));
    await expect(source.loadPlan('zunyi-metropolitan')).rejects.toThrow('plans/zunyi-metropolitan/centres.geojson: HTTP 404');
  });

  it('says which file is not JSON and which is not a FeatureCollection', async () => {
    const broken = new FetchPlanSource(BASE, fileFetch({ 'plans/zunyi-metropolitan/manifest.json': '{oops' }));
    await expect(broken.loadPlan('zunyi-metropolitan')).rejects.toThrow(/manifest\.json: is not valid JSON/);
    const wrong = new FetchPlanSource(BASE, fileFetch({ 'plans/zunyi-metropolitan/centres.geojson': '{"type":"Feature"}' }));
    await expect(wrong.loadPlan('zunyi-metropolitan')).rejects.toThrow(/centres\.geojson: is not a GeoJSON FeatureCollection/);
  });

  it('refuses plan ids that could leave the plans folder', async () => {
    await expect(new FetchPlanSource(BASE, fileFetch()).loadPlan('../basemap')).rejects.toBeInstanceOf(PlanLoadError);
  });

  it('renames a `constructor` property where the data enters, so maplibre can draw it', async () => {
    const layer = JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { id: 'x', constructor: 'bad' }, geometry: { type: 'Point', coordinates: [106.9, 27.7] } }] });
    const plan = await new FetchPlanSource(BASE, fileFetch({ 'plans/zunyi-metropolitan/centres.geojson': layer })).loadPlan('zunyi-metropolitan');
    const props = plan.layers.get('centres')?.features[0].properties as unknown as Record<string, unknown>;
    expect(Object.keys(props)).toEqual(['id', 'constructor_']);
  });

  it('lists the plans of the index', async () => {
    const index = JSON.stringify({ plans: [{ id: 'a', title: { zh: '甲', en: 'A' } }] });
    expect(await new FetchPlanSource(BASE, fileFetch({ 'plans/index.json': index })).listPlans()).toEqual([{ id: 'a', title: { zh: '甲', en: 'A' } }]);
  });
});

describe('startEarlyPlan', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('is taken over by the first loadPlan of the same plan from the same folder, once', async () => {
    const fetched = vi.fn(fileFetch());
    vi.stubGlobal('fetch', fetched);
    const loading = startEarlyPlan(BASE, 'nanming-14th-fyp');
    expect(new FetchPlanSource(BASE, fileFetch()).loadPlan('nanming-14th-fyp')).toBe(loading);
    await loading;
    const calls = fetched.mock.calls.length;
    expect(calls).toBeGreaterThan(1);
    const again = new FetchPlanSource(BASE, fetched).loadPlan('nanming-14th-fyp');
    expect(again).not.toBe(loading);
    await again;
    expect(fetched.mock.calls.length).toBe(2 * calls);
  });

  it('is not taken over from another folder or for another plan', async () => {
    vi.stubGlobal('fetch', fileFetch());
    const loading = startEarlyPlan(BASE, 'zunyi-metropolitan');
    const other = 'https://elsewhere.test/data/';
    await expect(new FetchPlanSource(other, async () => new Response('', { status: 404 })).loadPlan('zunyi-metropolitan')).rejects.toThrow('HTTP 404');
    expect(new FetchPlanSource(BASE, fileFetch()).loadPlan('nanming-14th-fyp')).not.toBe(loading);
    expect(new FetchPlanSource(BASE, fileFetch()).loadPlan('zunyi-metropolitan')).toBe(loading);
  });

  it('keeps a failure for the loadPlan that takes it over, naming the file', async () => {
    vi.stubGlobal('fetch', fileFetch());
    startEarlyPlan(BASE, 'no-such-plan');
    await expect(new FetchPlanSource(BASE, fileFetch()).loadPlan('no-such-plan')).rejects.toThrow('plans/no-such-plan/manifest.json: HTTP 404');
  });
});
