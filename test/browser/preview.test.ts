import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, waitForMapIdle, type Harness } from './harness';

describe('the instant picture of the first view', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('paints the plan and loads its files before the map exists, and gives way to the live map once it is drawn', async () => {
    const page = await harness.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const planFiles: string[] = [];
    page.on('request', (request) => { if (request.url().includes('/data/plans/zunyi-metropolitan/')) planFiles.push(new URL(request.url()).pathname); });
    let releaseMap = () => {};
    const mapHeld = new Promise<void>((resolve) => (releaseMap = resolve));
    await page.route('**/assets/maplibre-gl-*.js', async (route) => { await mapHeld; await route.continue(); });
    await page.goto(`${harness.origin}/`, { waitUntil: 'commit' });
    await page.waitForFunction(() => (document.querySelector('.pm-preview img') as HTMLImageElement | null)?.complete);
    const painted = await page.evaluate(() => new Promise<number>((resolve) => {
      new PerformanceObserver((list) => resolve((list.getEntries()[0] as PerformanceEntry & { renderTime: number }).renderTime)).observe({ type: 'element', buffered: true });
    }));
    expect(painted).toBeGreaterThan(0);
    expect(await page.evaluate(() => !!(document.querySelector('planmap-app') as HTMLElement & { controller?: unknown }).controller)).toBe(false);
    await expect.poll(() => planFiles.filter((f) => f.endsWith('.geojson')).length, { timeout: 10_000 }).toBe(8);
    releaseMap();
    await waitForMapIdle(page);
    await expect.poll(() => page.locator('.pm-preview').count(), { timeout: 5000 }).toBe(0);
    expect(planFiles).toEqual([...new Set(planFiles)]);
    await page.close();
  });

  it('stays hidden when the URL asks for another view', async () => {
    const page = await harness.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${harness.origin}/?plans=honghuagang-14th-fyp`);
    expect(await page.locator('.pm-preview').isVisible()).toBe(false);
    await page.close();
  });
});
