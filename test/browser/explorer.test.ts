import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { saveScreenshot, startHarness, waitForMapIdle, type Harness } from './harness';

type App = HTMLElement & { controller: { map: import('maplibre-gl').Map; planLayerIds(): string[] } };

/** The map layers of the plan features currently drawn, by feature id. */
function renderedIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const app = document.querySelector('planmap-app') as App;
    const ids = app.controller.map.queryRenderedFeatures({ layers: app.controller.planLayerIds() }).map((f) => String(f.properties.id));
    return [...new Set(ids)].sort();
  });
}

function cardTitle(page: Page): Promise<string | null> {
  return page.locator('pm-feature-card h2').textContent({ timeout: 2000 }).catch(() => null);
}

function camera(page: Page): Promise<{ lng: number; lat: number; zoom: number }> {
  return page.evaluate(() => {
    const map = (document.querySelector('planmap-app') as App).controller.map;
    return { ...map.getCenter(), zoom: map.getZoom() };
  });
}

describe('exploring plans: search, permalinks, history, panel', () => {
  let harness: Harness;
  let page: Page;

  beforeAll(async () => {
    harness = await startHarness();
    page = await harness.browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    await page.goto(`${harness.origin}/`);
    await waitForMapIdle(page);
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('finds a pivot town by typing its name and lands on it with its card open', async () => {
    await page.locator('pm-search input').fill('金沙');
    await expect.poll(() => page.locator('pm-search li[role=option]').count()).toBeGreaterThan(0);
    await saveScreenshot(page, 'explorer-search');
    await page.locator('pm-search input').press('Enter');
    await expect.poll(() => cardTitle(page)).toBe('金沙县城');
    await expect.poll(async () => (await camera(page)).zoom, { timeout: 5000 }).toBeGreaterThan(9);
    await waitForMapIdle(page);
    expect(await renderedIds(page)).toContain('yzyf-jinsha');
  });

  it('restores selection, camera and hidden layers from a copied permalink in a new page', async () => {
    await page.locator('pm-layer-list input[data-layer="zunyi-metropolitan/extent"]').uncheck();
    await page.evaluate(() => (document.querySelector('planmap-app') as App).controller.map.jumpTo({ center: [106.95, 27.75], zoom: 9.25 }));
    await waitForMapIdle(page);
    await expect.poll(() => page.url()).toContain('at=106.95');
    const permalink = page.url();
    expect(permalink).toContain('selected=zunyi-metropolitan/yzyf-jinsha');
    expect(permalink).toContain('hide=zunyi-metropolitan/extent');

    const other = await harness.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await other.goto(permalink);
    await waitForMapIdle(other);
    await expect.poll(() => cardTitle(other)).toBe('金沙县城');
    const restored = await camera(other);
    expect(restored.lng).toBeCloseTo(106.95, 4);
    expect(restored.lat).toBeCloseTo(27.75, 4);
    expect(restored.zoom).toBeCloseTo(9.25, 2);
    expect(await other.locator('pm-layer-list input[data-layer="zunyi-metropolitan/extent"]').isChecked()).toBe(false);
    expect(await renderedIds(other)).not.toContain('metro-extent');
    await saveScreenshot(other, 'explorer-permalink');
    await other.close();
    await page.locator('pm-layer-list input[data-layer="zunyi-metropolitan/extent"]').check();
  });

  it('goes back to the previous selection and forward again', async () => {
    await page.locator('pm-search input').fill('桐梓县城');
    await page.locator('pm-search input').press('Enter');
    await expect.poll(() => cardTitle(page)).toBe('桐梓县城');
    await page.goBack();
    await expect.poll(() => cardTitle(page)).toBe('金沙县城');
    await page.goForward();
    await expect.poll(() => cardTitle(page)).toBe('桐梓县城');
  });

  it('shows only one structure when asked, and everything again from its boxes', async () => {
    await page.evaluate(() => (document.querySelector('planmap-app') as App).controller.map.jumpTo({ center: [106.75, 27.78], zoom: 8 }));
    await page.locator('pm-layer-list [data-structure="one-main-one-sub-four-pivots"] .structure-head button').click();
    await waitForMapIdle(page);
    const ids = await renderedIds(page);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => id.startsWith('yzyf-'))).toBe(true);
    await saveScreenshot(page, 'explorer-solo');
  });

  it('exports a plan layer and a selected feature as GeoJSON exactly as the plan holds them', async () => {
    const [layerDownload] = await Promise.all([page.waitForEvent('download'), page.locator('pm-layer-list [data-structure="one-main-one-sub-four-pivots"] button.export').click()]);
    const exported = JSON.parse(fs.readFileSync((await layerDownload.path())!, 'utf8'));
    const original = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../data/plans/zunyi-metropolitan/centres.geojson'), 'utf8'));
    expect(exported.features).toEqual(original.features);
    await page.locator('pm-search input').fill('桐梓县城');
    await page.locator('pm-search input').press('Enter');
    await expect.poll(() => cardTitle(page)).toBe('桐梓县城');
    const [featureDownload] = await Promise.all([page.waitForEvent('download'), page.locator('pm-feature-card button[data-action=export]').click()]);
    const one = JSON.parse(fs.readFileSync((await featureDownload.path())!, 'utf8'));
    expect(one.features).toEqual(original.features.filter((f: { id: string }) => f.id === 'yzyf-tongzi'));
  });

  it('fades a layer with its opacity slider', async () => {
    await page.locator('pm-layer-list input[type=range]').first().fill('30');
    const opacity = await page.evaluate(() => (document.querySelector('planmap-app') as App).controller.map.getPaintProperty('plan:zunyi-metropolitan:centres:circle', 'circle-opacity'));
    expect(JSON.stringify(opacity)).toContain('0.3');
  });

  it('writes both embed snippets for the current view, and links to the presentation of the plan', async () => {
    await page.locator('planmap-app header button[data-action=embed]').click();
    const snippets = await page.locator('pm-embed-dialog textarea').evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value));
    expect(snippets).toHaveLength(2);
    expect(snippets[0]).toContain('<plan-map');
    expect(snippets[0]).toContain('plan="zunyi-metropolitan"');
    expect(snippets[1]).toContain('embed.html?plan=zunyi-metropolitan');
    await saveScreenshot(page, 'explorer-embed-dialog');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('pm-embed-dialog').count()).toBe(0);
    expect(await page.locator('planmap-app header a[data-action=present]').getAttribute('href')).toBe('present.html?plan=zunyi-metropolitan');
  });

  it('reaches the search box, language switch and layer boxes with the keyboard, with a visible focus ring', async () => {
    await page.locator('pm-search input').focus();
    const reached: string[] = [];
    for (let i = 0; i < 24; i++) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => {
        let el: Element | null = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        const outline = el ? getComputedStyle(el).outlineStyle : 'none';
        return `${el?.tagName.toLowerCase()}:${(el as HTMLInputElement | null)?.type ?? ''}:${outline}`;
      }));
    }
    expect(reached[0]).toMatch(/^select:select-one:(solid|auto)/);
    expect(reached.slice(1, 5).map((r) => r.split(':')[0])).toEqual(['button', 'a', 'a', 'button']);
    expect(reached.some((r) => r.startsWith('input:checkbox'))).toBe(true);
    expect(reached.filter((r) => r.endsWith(':none'))).toEqual([]);
  });
});
