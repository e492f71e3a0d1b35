import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { saveScreenshot, startHarness, waitForMapIdle, type Harness } from './harness';

type App = HTMLElement & { controller: { map: import('maplibre-gl').Map; planLayerIds(): string[] } };

const GEOJSON = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { name: '测试园区', 备注: '<img src=x onerror="window.hacked=1">' }, geometry: { type: 'Point', coordinates: [106.91234, 27.71234] } },
    { type: 'Feature', properties: { name: '测试片区' }, geometry: { type: 'Polygon', coordinates: [[[106.8, 27.6], [107.0, 27.6], [107.0, 27.8], [106.8, 27.8], [106.8, 27.6]]] } },
    { type: 'Feature', properties: { name: '坏要素' }, geometry: { type: 'Point', coordinates: ['a', 27] } },
  ],
};

async function chooseFile(page: Page, name: string, content: string): Promise<void> {
  await page.locator('planmap-app details.import').evaluate((d) => ((d as HTMLDetailsElement).open = true));
  await page.locator('pm-import-panel input[type=file]').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(content) });
}

function userFeatureIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const app = document.querySelector('planmap-app') as App;
    const layers = app.controller.planLayerIds().filter((id) => id.startsWith('plan:my-layers:'));
    return [...new Set(app.controller.map.queryRenderedFeatures({ layers }).map((f) => String(f.properties.label)))].sort();
  });
}

describe('bringing your own data', () => {
  let harness: Harness;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    harness = await startHarness();
    context = await harness.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    page = await context.newPage();
    await page.goto(`${harness.origin}/?at=106.9,27.7,9.5`);
    await waitForMapIdle(page);
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('imports a GeoJSON file, keeps the valid features and says which one is broken and why', async () => {
    await chooseFile(page, 'my-plan.geojson', JSON.stringify(GEOJSON));
    await expect.poll(() => page.locator('pm-user-layers li').count(), { timeout: 15_000 }).toBe(1);
    expect(await page.locator('pm-import-panel .problem.error').first().textContent()).toContain('#2');
    await waitForMapIdle(page);
    expect(await userFeatureIds(page)).toEqual(['测试园区', '测试片区']);
    await saveScreenshot(page, 'import-geojson');
  });

  it('shows an imported feature on its card with its attributes as text, never as HTML', async () => {
    await page.locator('pm-search input').fill('测试园区');
    await page.locator('pm-search input').press('Enter');
    await expect.poll(() => page.locator('pm-feature-card h2').textContent().catch(() => '')).toBe('测试园区');
    expect(await page.locator('pm-feature-card table.attributes').textContent()).toContain('<img src=x');
    expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
  });

  it('keeps the layer across a reload, from IndexedDB', async () => {
    await page.reload();
    await waitForMapIdle(page);
    await expect.poll(() => page.locator('pm-user-layers li').count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => userFeatureIds(page), { timeout: 10_000 }).toEqual(['测试园区', '测试片区']);
  });

  it('exports the layer as GeoJSON with the same coordinates and properties', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('pm-user-layers button.export-geojson').click()]);
    const exported = JSON.parse(fs.readFileSync((await download.path())!, 'utf8'));
    expect(exported.features.map((f: { geometry: unknown }) => f.geometry)).toEqual(GEOJSON.features.slice(0, 2).map((f) => f.geometry));
    expect(exported.features[0].properties).toEqual(GEOJSON.features[0].properties);
  });

  it('reads a CSV of surveyed Gauss-Krüger coordinates and asks to confirm the zone', async () => {
    await chooseFile(page, 'points.csv', 'name,x,y\n站点甲,36506650.2,3065520.8\n站点乙,36510100.0,3070200.0\n');
    await expect.poll(() => page.locator('pm-import-panel .crs select').count(), { timeout: 15_000 }).toBe(1);
    expect(await page.locator('pm-import-panel .crs .detected').textContent()).toMatch(/36|108/);
    await expect.poll(() => page.locator('pm-user-layers li').count()).toBe(2);
  });

  it('deletes a layer after confirmation, for good', async () => {
    await page.locator('pm-user-layers li').first().locator('button.delete').click();
    await page.locator('pm-user-layers button.confirm-delete').click();
    await expect.poll(() => page.locator('pm-user-layers li').count()).toBe(1);
    await page.reload();
    await waitForMapIdle(page);
    await expect.poll(() => page.locator('pm-user-layers li').count(), { timeout: 10_000 }).toBe(1);
  });
});
