import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { saveScreenshot, startHarness, waitForMapIdle, type Harness } from './harness';

type App = HTMLElement & { controller: { map: import('maplibre-gl').Map } };

function resultCount(page: Page): Promise<number> {
  return page.evaluate(() => (document.querySelector('planmap-app') as App).controller.map.querySourceFeatures('query-results').length);
}

async function rowCells(page: Page, name: string): Promise<string[]> {
  return page.locator('pm-query-results tbody tr', { hasText: name }).first().locator('td').allTextContents();
}

const number = (text: string | undefined): number => Number((text ?? '').replace(/,/g, ''));

describe('questions about whole layers, and the radius click mode', () => {
  let harness: Harness;
  let page: Page;

  beforeAll(async () => {
    harness = await startHarness();
    page = await harness.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${harness.origin}/?plans=honghuagang-14th-fyp,zunyi-metropolitan`);
    await waitForMapIdle(page);
    await page.locator('details.questions summary').click();
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('gives the area of 一核四区 and its share of 红花岗区', async () => {
    const form = page.locator('pm-layer-questions');
    await form.locator('select[name=structure]').selectOption('honghuagang-14th-fyp/one-core-four-zones');
    await form.locator('button[type=submit]').click();
    await expect.poll(() => page.locator('pm-query-results h2').textContent()).toContain('一核');
    const inside = await rowCells(page, '其中位于');
    const district = await rowCells(page, '(行政区)');
    expect(number(district[1])).toBeGreaterThan(200);
    expect(number(inside[1])).toBeLessThanOrEqual(number(district[1]));
    expect(number(inside[4])).toBeGreaterThan(50);
    expect(number(inside[4])).toBeLessThanOrEqual(100);
    await waitForMapIdle(page);
    expect(await resultCount(page)).toBeGreaterThan(0);
  });

  it('measures a 2 km band of the rivers against the restoration belts, in km² and % of each', async () => {
    const form = page.locator('pm-layer-questions');
    await form.locator('select[name=kind]').selectOption('overlap');
    await form.locator('select[name=a]').selectOption('zunyi-metropolitan/blue-corridors');
    await form.locator('input[name=bufferKm]').fill('2');
    await form.locator('select[name=b]').selectOption('zunyi-metropolitan/restoration-belts');
    await form.locator('button[type=submit]').click();
    await expect.poll(() => page.locator('pm-query-results h2').textContent()).toContain('∩');
    const overlap = await rowCells(page, '重叠部分');
    expect(number(overlap[1])).toBeGreaterThan(0);
    expect(number(overlap[4])).toBeGreaterThan(0);
    expect(number(overlap[5])).toBeLessThan(100);
    await waitForMapIdle(page);
    expect(await resultCount(page)).toBeGreaterThan(0);
    await saveScreenshot(page, 'layer-question-overlap');
  });

  it('says what is wrong when layer A has no zones and no buffer', async () => {
    const form = page.locator('pm-layer-questions');
    await form.locator('input[name=bufferKm]').fill('0');
    await form.locator('button[type=submit]').click();
    await expect.poll(() => page.locator('aside p.error').textContent()).toContain('缓冲宽度');
    expect(await page.locator('pm-query-results').count()).toBe(1);
  });

  it('lists everything within the radius the user set around a clicked point, and draws the circle', async () => {
    await page.locator('pm-tools .radius input').fill('10');
    await page.locator('pm-tools .radius input').dispatchEvent('change');
    await page.locator('pm-tools button[data-tool=radius]').click();
    await page.evaluate(() => (document.querySelector('planmap-app') as App).controller.map.jumpTo({ center: [106.93, 27.7], zoom: 9 }));
    await waitForMapIdle(page);
    const p = await page.evaluate(() => {
      const map = (document.querySelector('planmap-app') as App).controller.map;
      const rect = map.getCanvas().getBoundingClientRect();
      const at = map.project([106.93, 27.7]);
      return { x: rect.left + at.x, y: rect.top + at.y };
    });
    await page.mouse.click(p.x, p.y);
    await expect.poll(() => page.locator('pm-query-results h2').textContent()).toContain('10 公里');
    expect(await page.locator('pm-query-results tbody tr').count()).toBeGreaterThan(3);
    const distances = (await page.locator('pm-query-results tbody tr td.num').allTextContents()).map(number);
    expect(Math.max(...distances)).toBeLessThanOrEqual(10);
    await waitForMapIdle(page);
    const circle = await page.evaluate(() => (document.querySelector('planmap-app') as App).controller.map
      .querySourceFeatures('query-results').some((f) => f.properties['id'] === 'search-circle'));
    expect(circle).toBe(true);
    await saveScreenshot(page, 'radius-mode');
  });
});
