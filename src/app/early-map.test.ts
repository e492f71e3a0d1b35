import { describe, expect, it } from 'vitest';
import type { LoadedPlan } from '../domain/plan';
import type { MapController } from '../map/map-controller';
import { adoptEarlyPlan, handOverEarlyMap } from './early-map';

const plan = { manifest: { id: 'a' }, layers: new Map() } as unknown as LoadedPlan;

describe('adoptEarlyPlan', () => {
  it('gives the app each load main.ts started, once, and nothing for plans it did not start', async () => {
    const loading = Promise.resolve(plan);
    handOverEarlyMap({ container: {} as HTMLElement, controller: {} as MapController, plans: new Map([['a', loading]]) });
    expect(adoptEarlyPlan('b')).toBeUndefined();
    expect(adoptEarlyPlan('a')).toBe(loading);
    expect(adoptEarlyPlan('a')).toBeUndefined();
    await expect(loading).resolves.toBe(plan);
  });

  it('passes a failed load on with its error', async () => {
    const failing = Promise.reject(new Error('plans/x/manifest.json: HTTP 404'));
    handOverEarlyMap({ container: {} as HTMLElement, controller: {} as MapController, plans: new Map([['x', failing]]) });
    await expect(adoptEarlyPlan('x')).rejects.toThrow('plans/x/manifest.json: HTTP 404');
  });
});
