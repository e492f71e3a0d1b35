import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { recordRequests, saveScreenshot, startHarness, waitForMapIdle, type Harness } from './harness';
import { ONE_PIXEL_PNG, startTileServer } from './tile-server';
import { writePmtiles } from './pmtiles-writer';

type App = HTMLElement & { controller: { map: import('maplibre-gl').Map; planLayerIds(): string[]; setBasemap(c: unknown, dataUrl: string): Promise<void> } };

const KEY = 'testkey123';
const root = path.resolve(import.meta.dirname, '..', '..');
const provinces = JSON.parse(fs.readFileSync(path.join(root, 'data', 'basemap', 'provinces.geojson'), 'utf8'));
const labels = JSON.parse(fs.readFileSync(path.join(root, 'data', 'basemap', 'labels.geojson'), 'utf8'));
const places = { ...labels, features: labels.features.filter((f: { properties: { kind: string } }) => f.properties.kind !== 'county').map((f: { properties: Record<string, unknown> }) => ({ ...f, properties: { ...f.properties, kind: 'locality', min_zoom: 0, population_rank: 10 } })) };

/** Ids of plan features on screen. */
function planIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const app = document.querySelector('planmap-app') as App;
    return [...new Set(app.controller.map.queryRenderedFeatures({ layers: app.controller.planLayerIds() }).map((f) => String(f.properties.id)))];
  });
}

function setBasemap(page: Page, config: unknown): Promise<void> {
  return page.evaluate((c) => (document.querySelector('planmap-app') as App).controller.setBasemap(c, new URL('data/', document.baseURI).href), config);
}

describe('basemaps from local test servers', () => {
  let harness: Harness;
  let tiles: Awaited<ReturnType<typeof startTileServer>>;
  let page: Page;
  let requests: string[];

  beforeAll(async () => {
    const archive = writePmtiles({ earth: provinces, places }, 6, [103, 24, 111, 33]);
    tiles = await startTileServer((url) => {
      if (url.pathname === '/guizhou.pmtiles') return { body: archive };
      if (url.pathname === '/gcj-style.json') return { type: 'application/json', body: JSON.stringify({ version: 8, sources: {}, layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#dfe8d8' } }] }) };
      const wmts = /^\/t([0-7])\/(vec|cva|img|cia)_w\/wmts$/.exec(url.pathname);
      if (!wmts) return null;
      const q = url.searchParams;
      const isWellFormed = q.get('SERVICE') === 'WMTS' && q.get('REQUEST') === 'GetTile' && q.get('TILEMATRIXSET') === 'w' && q.get('LAYER') === wmts[2]
        && ['TILEMATRIX', 'TILEROW', 'TILECOL'].every((k) => /^\d+$/.test(q.get(k) ?? ''));
      if (!isWellFormed) return { status: 400, body: 'bad request' };
      return q.get('tk') === KEY ? { type: 'image/png', body: ONE_PIXEL_PNG } : { status: 403, body: 'invalid key' };
    });
    harness = await startHarness();
    page = await harness.browser.newPage({ viewport: { width: 1100, height: 700 } });
    requests = recordRequests(page);
    await page.goto(`${harness.origin}/?at=106.8,27.75,8`);
    await waitForMapIdle(page);
  });

  afterAll(async () => {
    await harness?.close();
    await tiles?.close();
  });

  it('draws 天地图 tiles from subdomains t0–t7 with the key, and keeps the plan on top', async () => {
    await setBasemap(page, { kind: 'tianditu', layer: 'vec', key: KEY, url: `${tiles.origin}/t{s}` });
    await waitForMapIdle(page);
    const wmts = tiles.requests.filter((r) => r.includes('/wmts?'));
    expect(wmts.length).toBeGreaterThan(4);
    expect(new Set(wmts.map((r) => r.slice(0, 3))).size).toBeGreaterThan(1);
    expect(wmts.every((r) => r.includes(`tk=${KEY}`))).toBe(true);
    expect(wmts.some((r) => r.includes('/cva_w/'))).toBe(true);
    expect(await planIds(page)).toContain('yzyf-renhuai');
    expect(await page.locator('planmap-app .maplibregl-ctrl-attrib').textContent()).toMatch(/天地图.*审图号/);
    await saveScreenshot(page, 'basemap-tianditu');
  });

  it('falls back to the embedded basemap with a notice when the key is refused', async () => {
    await setBasemap(page, { kind: 'tianditu', layer: 'img', key: 'wrongkey1', url: `${tiles.origin}/t{s}` });
    await expect.poll(() => page.locator('planmap-app .notice').textContent().catch(() => ''), { timeout: 15_000 }).toContain('内置底图');
    await waitForMapIdle(page);
    expect(await page.evaluate(() => !!(document.querySelector('planmap-app') as App).controller.map.getLayer('boundary-province'))).toBe(true);
    expect(await planIds(page)).toContain('yzyf-renhuai');
  });

  it('reads a PMTiles archive by byte ranges through the URL parameter and styles it with Protomaps', async () => {
    const other = await harness.browser.newPage({ viewport: { width: 1100, height: 700 } });
    const otherRequests = recordRequests(other);
    await other.goto(`${harness.origin}/?at=106.8,27.75,6.5&basemap=pmtiles:${encodeURIComponent(`${tiles.origin}/guizhou.pmtiles`)}`);
    await waitForMapIdle(other);
    await expect.poll(() => other.evaluate(() => (document.querySelector('planmap-app') as App).controller.map.queryRenderedFeatures({ layers: ['earth'] }).length), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await planIds(other)).toContain('yzyf-renhuai');
    expect(await other.locator('pm-basemap-switcher select').inputValue()).toContain('pmtiles:');
    await saveScreenshot(other, 'basemap-pmtiles');
    expect(otherRequests.filter((u) => !u.startsWith(harness.origin) && !u.startsWith(tiles.origin) && !/^(data|blob):/.test(u))).toEqual([]);
    await other.close();
  });

  it('shifts the plan layers onto a GCJ-02 basemap and says so', async () => {
    const other = await harness.browser.newPage({ viewport: { width: 1100, height: 700 } });
    await other.goto(`${harness.origin}/?at=106.4,27.8,11&basemap=style-gcj02:${encodeURIComponent(`${tiles.origin}/gcj-style.json`)}`);
    await waitForMapIdle(other);
    expect(await other.locator('planmap-app .notice').textContent()).toContain('GCJ-02');
    const shown = await other.evaluate(() => {
      const app = document.querySelector('planmap-app') as App;
      const f = app.controller.map.queryRenderedFeatures({ layers: ['plan:zunyi-metropolitan:centres:circle'] }).find((x) => x.properties.id === 'yzyf-renhuai');
      return f?.geometry.type === 'Point' ? f.geometry.coordinates : null;
    });
    expect(shown).not.toBeNull();
    const shiftMetres = Math.hypot((shown![0] - 106.3972) * 98_000, (shown![1] - 27.7957) * 111_000);
    expect(shiftMetres).toBeGreaterThan(150);
    expect(shiftMetres).toBeLessThan(900);
    await other.close();
  });

  it('reached no host but the site and the local tile server', () => {
    expect(requests.filter((u) => !u.startsWith(harness.origin) && !u.startsWith(tiles.origin) && !/^(data|blob):/.test(u))).toEqual([]);
  });
});
