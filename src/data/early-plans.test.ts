import { afterEach, describe, expect, it, vi } from 'vitest';
import { adoptEarlyPlan, startEarlyPlan } from './early-plans';

const DATA = 'https://example.org/data/';
const files: Record<string, unknown> = {
  'plans/a/manifest.json': { id: 'a', structures: [{ id: 's', layers: [{ id: 'l', file: 'l.geojson' }] }] },
  'plans/a/l.geojson': { type: 'FeatureCollection', features: [] },
};

function serveFiles(): void {
  vi.stubGlobal('fetch', vi.fn(async (url: string) => {
    const body = files[url.slice(DATA.length)];
    return body ? new Response(JSON.stringify(body)) : new Response('', { status: 404 });
  }));
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('startEarlyPlan and adoptEarlyPlan', () => {
  it('hand the started load over once, for the same data folder and plan only', async () => {
    serveFiles();
    const loading = startEarlyPlan(DATA, 'a');
    expect(adoptEarlyPlan('https://example.org/other/', 'a')).toBeUndefined();
    expect(adoptEarlyPlan(DATA, 'b')).toBeUndefined();
    expect(adoptEarlyPlan(DATA, 'a')).toBe(loading);
    expect(adoptEarlyPlan(DATA, 'a')).toBeUndefined();
    const plan = await loading;
    expect([...plan.layers.keys()]).toEqual(['l']);
    expect(vi.mocked(fetch)).toHaveBeenCalledTimes(2);
  });

  it('keeps a failure for the adopter, with the file that failed', async () => {
    serveFiles();
    startEarlyPlan(DATA, 'missing');
    await expect(adoptEarlyPlan(DATA, 'missing')).rejects.toThrow('plans/missing/manifest.json: HTTP 404');
  });
});
