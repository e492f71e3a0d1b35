import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { PlanManifest } from '../../src/domain/plan';
import { saveScreenshot, startHarness, waitForMapIdle, type Harness } from './harness';

const plansDir = path.resolve(import.meta.dirname, '..', '..', 'data', 'plans');
const manifests: PlanManifest[] = fs.readdirSync(plansDir)
  .filter((d) => fs.existsSync(path.join(plansDir, d, 'manifest.json')))
  .map((d) => JSON.parse(fs.readFileSync(path.join(plansDir, d, 'manifest.json'), 'utf8')));

type AppWindow = HTMLElement & { controller: { map: import('maplibre-gl').Map; planLayerIds(): string[] } };

describe('every bundled plan in the app', () => {
  let harness: Harness;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    harness = await startHarness();
    page = await harness.browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${harness.origin}/?plans=${manifests.map((m) => m.id).join(',')}`);
    await waitForMapIdle(page);
    await page.waitForFunction((n) => ((document.querySelector('planmap-app') as AppWindow | null)?.controller?.planLayerIds().length ?? 0) > n, manifests.length * 5, { timeout: 20_000 });
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('loads all plans with no error message and no page error', async () => {
    expect(await page.locator('planmap-app aside .error').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it.each(manifests.map((m) => [m.id, m] as const))('draws %s at its own camera and opens a card with a quote', async (id, manifest) => {
    await page.evaluate((camera) => (document.querySelector('planmap-app') as AppWindow).controller.map.jumpTo(camera), manifest.camera);
    await waitForMapIdle(page);
    const hit = await page.evaluate((prefix) => {
      const app = document.querySelector('planmap-app') as AppWindow;
      const map = app.controller.map;
      const features = map.queryRenderedFeatures({ layers: app.controller.planLayerIds().filter((l) => l.startsWith(prefix) && l.endsWith(':circle')) });
      const f = features[0];
      if (!f || f.geometry.type !== 'Point') return null;
      const rect = map.getCanvas().getBoundingClientRect();
      const p = map.project(f.geometry.coordinates as [number, number]);
      return { id: String(f.properties.id), x: rect.left + p.x, y: rect.top + p.y, count: map.queryRenderedFeatures({ layers: app.controller.planLayerIds().filter((l) => l.startsWith(prefix)) }).length };
    }, `plan:${id}:`);
    expect(hit, `no point of ${id} rendered at its camera`).not.toBeNull();
    expect(hit!.count).toBeGreaterThan(3);
    await page.mouse.click(hit!.x, hit!.y);
    await expect.poll(() => page.locator('pm-feature-card blockquote .quote').first().textContent()).toBeTruthy();
    expect(await page.locator('pm-feature-card article').textContent()).toMatch(/第 \d+ 行/);
    await saveScreenshot(page, `plan-${id}`);
  });
});
