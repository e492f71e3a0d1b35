import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { saveScreenshot, startHarness, waitForMapIdle, type Harness } from './harness';

type App = HTMLElement & { controller: { map: import('maplibre-gl').Map } };

async function searchAndPick(page: Page, text: string, title: string): Promise<void> {
  await page.locator('pm-search input').fill(text);
  await page.locator('pm-search input').press('Enter');
  await expect.poll(() => page.locator('pm-feature-card h2').textContent()).toBe(title);
}

function pagePoint(page: Page, lngLat: [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate((ll) => {
    const map = (document.querySelector('planmap-app') as App).controller.map;
    const rect = map.getCanvas().getBoundingClientRect();
    const p = map.project(ll);
    return { x: rect.left + p.x, y: rect.top + p.y };
  }, lngLat);
}

describe('spatial questions in the app', () => {
  let harness: Harness;
  let page: Page;

  beforeAll(async () => {
    harness = await startHarness();
    page = await harness.browser.newPage({ viewport: { width: 1280, height: 860 }, acceptDownloads: true });
    await page.goto(`${harness.origin}/`);
    await waitForMapIdle(page);
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('gives the area of a zone in km², 公顷 and 亩, and its perimeter', async () => {
    await searchAndPick(page, '遵义都市圈范围', '遵义都市圈范围');
    await expect.poll(() => page.locator('pm-feature-card table.measures').textContent().catch(() => '')).toContain('亩');
    const text = (await page.locator('pm-feature-card table.measures').textContent())!.replace(/\s+/g, ' ');
    const km2 = Number(/面积\s*([\d,.]+)\s*km²/.exec(text)![1].replace(/,/g, ''));
    expect(km2).toBeGreaterThan(15_000);
    expect(km2).toBeLessThan(22_000);
    expect(text).toContain('公顷');
    expect(text).toMatch(/周长\s*[\d,.]+\s*km/);
  });

  it('measures straight-line distances between the six centres of 一主一副四支点 and sorts them', async () => {
    await searchAndPick(page, '仁怀市', '仁怀市');
    await page.locator('pm-feature-card button[data-action=distances]').click();
    const table = page.locator('pm-query-results table');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(15);
    expect(await page.locator('pm-query-results .note').textContent()).toContain('直线');
    const pair = await table.locator('tbody tr', { hasText: '遵义中心城市' }).filter({ hasText: '仁怀市' }).textContent();
    const km = Number(/([\d.]+)\s*$/.exec(pair!.trim())![1]);
    expect(km).toBeGreaterThan(50);
    expect(km).toBeLessThan(58);
    await table.locator('th button').last().click();
    await table.locator('th button').last().click();
    const first = Number((await table.locator('tbody tr td.num').first().textContent())!.replace(/,/g, ''));
    const all = (await table.locator('tbody tr td.num').allTextContents()).map((v) => Number(v.replace(/,/g, '')));
    expect(first).toBe(Math.max(...all));
    await saveScreenshot(page, 'query-distances');
  });

  it('exports the results as CSV that Excel reads (UTF-8 with a byte-order mark)', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('pm-query-results .actions button').nth(1).click()]);
    const text = fs.readFileSync((await download.path())!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('遵义中心城市');
    expect(text.split('\n').filter(Boolean)).toHaveLength(16);
  });

  it('lists and outlines what lies within 5 km of a town', async () => {
    await page.locator('pm-feature-card button[data-action=nearby]').click();
    await expect.poll(() => page.locator('pm-query-results h2').textContent()).toContain('5 公里');
    expect(await page.locator('pm-query-results tbody tr').count()).toBeGreaterThan(0);
    await waitForMapIdle(page);
    const outlined = await page.evaluate(() => (document.querySelector('planmap-app') as App).controller.map.querySourceFeatures('query-results').length);
    expect(outlined).toBeGreaterThan(0);
  });

  it('answers a click with the nearest node, corridor and zone in nearest mode', async () => {
    await page.locator('pm-tools button[data-tool=nearest]').click();
    await page.evaluate(() => (document.querySelector('planmap-app') as App).controller.map.jumpTo({ center: [106.6, 27.9], zoom: 9 }));
    await waitForMapIdle(page);
    const p = await pagePoint(page, [106.6, 27.95]);
    await page.mouse.click(p.x, p.y);
    await expect.poll(() => page.locator('pm-query-results h2').textContent()).toContain('最近');
    const kinds = await page.locator('pm-query-results tbody tr td:first-child').allTextContents();
    expect(new Set(kinds)).toEqual(new Set(['节点', '廊道', '片区']));
    await page.locator('pm-tools button[data-tool=nearest]').click();
  });

  it('exports the map as a PNG with room for the title, legend and attribution', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('pm-tools button[data-tool=image]').click()]);
    const png = fs.readFileSync((await download.path())!);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const canvas = await page.evaluate(() => { const c = (document.querySelector('planmap-app') as App).controller.map.getCanvas(); return { w: c.width, h: c.height }; });
    expect(png.readUInt32BE(16)).toBe(canvas.w);
    expect(png.readUInt32BE(20)).toBeGreaterThan(canvas.h);
    expect(png.length).toBeGreaterThan(50_000);
    fs.mkdirSync('test/artifacts', { recursive: true });
    fs.writeFileSync('test/artifacts/exported-map.png', png);
  });

  it('exports a print picture as sharp as A4 landscape at 300 dpi, and leaves the screen as it was', async () => {
    const before = await page.evaluate(() => (document.querySelector('planmap-app') as App).controller.map.getCanvas().width);
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.locator('pm-tools button[data-tool=print]').click()]);
    const png = fs.readFileSync((await download.path())!);
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(3500);
    expect(await page.evaluate(() => (document.querySelector('planmap-app') as App).controller.map.getCanvas().width)).toBe(before);
  });

  it('measures an area drawn on the map while it is drawn', async () => {
    await page.evaluate(() => (document.querySelector('planmap-app') as App).controller.map.jumpTo({ center: [106.9, 27.7], zoom: 10 }));
    await waitForMapIdle(page);
    await page.locator('pm-tools button[data-tool=polygon]').click();
    const corners: [number, number][] = [[106.85, 27.65], [106.95, 27.65], [106.95, 27.75], [106.85, 27.75]];
    for (const c of corners) {
      const p = await pagePoint(page, c);
      await page.mouse.move(p.x, p.y);
      await page.mouse.click(p.x, p.y);
      await page.waitForTimeout(400);
    }
    const start = await pagePoint(page, corners[0]);
    await page.mouse.move(start.x, start.y);
    await page.mouse.click(start.x, start.y);
    const area = async () => Number(/([\d.]+) km²/.exec(((await page.locator('pm-tools .readout').textContent().catch(() => '')) ?? '').replace(/,/g, ''))?.[1] ?? 0);
    await expect.poll(area, { timeout: 10_000 }).toBeGreaterThan(105);
    const km2 = await area();
    expect(km2).toBeLessThan(115);
    await saveScreenshot(page, 'query-measure-area');
  });
});
