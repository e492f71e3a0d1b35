import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveScreenshot, startHarness, type Harness } from './harness';

type PlanMapElement = HTMLElement & { controller?: { map: import('maplibre-gl').Map; planLayerIds(): string[] } };

describe('two plans side by side', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('draws 红花岗区 beside 遵义都市圈 and keeps the two maps on the same view', async () => {
    const page = await harness.browser.newPage({ viewport: { width: 1400, height: 700 } });
    await page.goto(`${harness.origin}/compare.html?left=honghuagang-14th-fyp&right=zunyi-metropolitan&center=106.9,27.7&zoom=9`);
    await page.waitForFunction(() => [...document.querySelectorAll('plan-map')].every((m) => ((m as PlanMapElement).controller?.planLayerIds().length ?? 0) > 0), undefined, { timeout: 30_000 });
    await page.evaluate(() => (document.querySelectorAll('plan-map')[0] as PlanMapElement).controller!.map.jumpTo({ center: [107.0, 27.8], zoom: 10 }));
    await expect.poll(() => page.evaluate(() => {
      const c = (document.querySelectorAll('plan-map')[1] as PlanMapElement).controller!.map.getCenter();
      return [c.lng.toFixed(2), c.lat.toFixed(2)];
    }), { timeout: 10_000 }).toEqual(['107.00', '27.80']);
    await page.waitForTimeout(500);
    await saveScreenshot(page, 'compare');
  });
});
