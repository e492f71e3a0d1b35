import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, saveScreenshot } from './harness';
import { startCspServer, type CspServer } from './csp-server';

type PlanMapElement = HTMLElement & { controller: { map: import('maplibre-gl').Map; planLayerIds(): string[] } };

/** A page with everything that could go wrong recorded: CSP violations, console errors, requests. */
interface WatchedPage {
  page: Page;
  violations: () => Promise<string[]>;
  errors: string[];
  requests: string[];
}

const ROOT = path.resolve(import.meta.dirname, '..', '..');

async function openWatched(browser: Browser, url: string, viewport = { width: 1000, height: 800 }): Promise<WatchedPage> {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => requests.push(request.url()));
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { cspViolations: string[] }).cspViolations = []);
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(url);
  const violations = () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
  return { page, violations, errors, requests };
}

/** Ids of the plan features drawn by the `<plan-map>` matching `selector`. */
function renderedIds(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const element = document.querySelector(selector) as PlanMapElement;
    const hits = element.controller.map.queryRenderedFeatures({ layers: element.controller.planLayerIds() });
    return [...new Set(hits.map((f) => String(f.properties.id)))].sort();
  }, selector);
}

/** Where `lngLat` is on the page, in the `<plan-map>` matching `selector`. */
function pagePointOf(page: Page, selector: string, lngLat: [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate(([selector, ll]) => {
    const map = (document.querySelector(selector as string) as PlanMapElement).controller.map;
    const rect = map.getCanvas().getBoundingClientRect();
    const p = map.project(ll as [number, number]);
    return { x: rect.left + p.x, y: rect.top + p.y };
  }, [selector, lngLat] as const);
}

function foreign(requests: string[], origin: string): string[] {
  return requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'));
}

describe('<plan-map> on other sites and the iframe page, under a strict CSP', () => {
  let server: CspServer;
  let browser: Browser;

  beforeAll(async () => {
    for (const file of ['dist/embed.html', 'dist-embed/plan-map.js']) {
      if (!fs.existsSync(path.join(ROOT, file))) throw new Error(`${file} is missing: run \`npx vite build && npx vite build -c vite.embed.config.ts\` first`);
    }
    server = await startCspServer();
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('draws two plans on a host page and reports a click on a feature', async () => {
    const { page, violations, errors, requests } = await openWatched(browser, `${server.origin}/examples/host.html`);
    await expect.poll(() => page.locator('#log li[data-type="plan-map-ready"]').count(), { timeout: 40_000 }).toBe(2);
    expect(await renderedIds(page, '#zunyi')).toEqual(expect.arrayContaining(['yzyf-renhuai', 'yzyf-zunyi-centre', 'corridor-tongzi-chongqing']));
    expect(await renderedIds(page, '#honghuagang')).toEqual(expect.arrayContaining(['hhg-zone-core', 'hhg-zone-west']));
    const point = await pagePointOf(page, '#zunyi', [106.3972, 27.7957]);
    await page.mouse.click(point.x, point.y);
    const select = page.locator('#log li[data-type="plan-map-select"]');
    await expect.poll(() => select.count()).toBe(1);
    expect(await select.textContent()).toContain('"plan":"zunyi-metropolitan","feature":"yzyf-renhuai","name":"仁怀市"');
    expect(await page.locator('#honghuagang').evaluate((e) => e.shadowRoot!.querySelector('#map')!.hasAttribute('inert'))).toBe(true);
    await saveScreenshot(page, 'embed-host');
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    expect(foreign(requests, server.origin)).toEqual([]);
    await page.close();
  });

  it('serves the iframe page with title, map and a link to the full map, with no CSP violation or foreign request', async () => {
    const url = `${server.origin}/embed.html?plan=zunyi-metropolitan&layers=centres&center=106.8,27.75&zoom=8.5`;
    const { page, violations, errors, requests } = await openWatched(browser, url, { width: 800, height: 500 });
    await expect.poll(() => page.locator('#title').textContent(), { timeout: 40_000 }).toBe('遵义都市圈发展规划');
    await page.waitForFunction(() => performance.getEntriesByName('planmap:embed-idle').length > 0, undefined, { timeout: 40_000 });
    expect(await renderedIds(page, 'plan-map')).toEqual(['yzyf-jinsha', 'yzyf-meitan', 'yzyf-renhuai', 'yzyf-suiyang', 'yzyf-tongzi', 'yzyf-zunyi-centre']);
    expect(await page.locator('#full-map').getAttribute('href')).toBe('./?plans=zunyi-metropolitan&at=106.8,27.75,8.5');
    expect(await page.locator('plan-map .maplibregl-ctrl-attrib').textContent()).toContain('不作测绘依据');
    await saveScreenshot(page, 'embed-iframe');
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    expect(foreign(requests, server.origin)).toEqual([]);
    expect(requests.some((u) => u.includes('maplibre-gl-worker'))).toBe(true);
    await page.close();
  });

  it("shows the plan's picture and loads its files before the map exists, then gives way to the drawn map", async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 600 } });
    const planFiles: string[] = [];
    page.on('request', (request) => { if (request.url().includes('/data/plans/honghuagang-14th-fyp/')) planFiles.push(new URL(request.url()).pathname); });
    let releaseMap = () => {};
    const mapHeld = new Promise<void>((resolve) => (releaseMap = resolve));
    await page.route('**/assets/maplibre-gl-*.js', async (route) => { await mapHeld; await route.continue(); });
    await page.goto(`${server.origin}/embed.html?plan=honghuagang-14th-fyp`, { waitUntil: 'commit' });
    await page.waitForFunction(() => (document.querySelector('.embed-preview') as HTMLImageElement | null)?.complete === true, undefined, { timeout: 20_000 });
    expect(await page.locator('.embed-preview').getAttribute('src')).toContain('data/previews/plans/honghuagang-14th-fyp-1280.webp');
    expect(await page.locator('.embed-preview').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1280);
    await saveScreenshot(page, 'embed-preview-before-map');
    await expect.poll(() => planFiles.filter((f) => f.endsWith('.geojson')).length, { timeout: 10_000 }).toBe(6);
    releaseMap();
    await page.waitForFunction(() => performance.getEntriesByName('planmap:embed-idle').length > 0, undefined, { timeout: 40_000 });
    await expect.poll(() => page.locator('.embed-preview').count(), { timeout: 5000 }).toBe(0);
    expect(planFiles).toEqual([...new Set(planFiles)]);
    await page.close();
  });

  it('picks the picture of the view the embed draws first, and none for another view', async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 600 } });
    await page.route('**/assets/maplibre-gl-*.js', () => undefined);
    const pictureFor = async (query: string): Promise<string | null> => {
      await page.goto(`${server.origin}/embed.html?${query}`, { waitUntil: 'commit' });
      await page.waitForFunction(() => document.readyState !== 'loading');
      return page.locator('.embed-preview').getAttribute('src', { timeout: 300 }).catch(() => null);
    };
    expect(await pictureFor('plan=nanming-14th-fyp')).toBe('data/previews/plans/nanming-14th-fyp-1280.webp');
    expect(await pictureFor('plan=zunyi-metropolitan&center=107.4,28.3&zoom=6.3')).toBe('data/previews/default-1280.webp');
    expect(await pictureFor('plan=zunyi-metropolitan&center=107.5,28.3&zoom=6.3')).toBeNull();
    expect(await pictureFor('plan=zunyi-metropolitan&layers=centres')).toBeNull();
    expect(await pictureFor('plan=zunyi-metropolitan&zoom=9')).toBeNull();
    expect(await pictureFor('plan=no-such-plan')).toBeNull();
    await page.setViewportSize({ width: 1400, height: 900 });
    expect(await pictureFor('plan=nanming-14th-fyp')).toBe('data/previews/plans/nanming-14th-fyp.webp');
    expect(await pictureFor('plan=zunyi-metropolitan&center=107.4,28.3&zoom=6.3')).toBe('data/previews/default-1920.webp');
    await page.close();
  });

  it('takes the picture away when the plan cannot be loaded, so the problem shows', async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 600 } });
    await page.route('**/plans/honghuagang-14th-fyp/manifest.json', (route) => route.fulfill({ status: 500, body: 'broken' }));
    await page.goto(`${server.origin}/embed.html?plan=honghuagang-14th-fyp`);
    await expect.poll(() => page.locator('plan-map .problem').count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => page.locator('.embed-preview').count(), { timeout: 5000 }).toBe(0);
    await page.close();
  });

  it('names an unknown plan and lists the plans there are, instead of a blank box', async () => {
    const { page, violations } = await openWatched(browser, `${server.origin}/embed.html?plan=no-such-plan`);
    const problem = page.locator('plan-map .problem');
    await expect.poll(() => problem.textContent(), { timeout: 20_000 }).toContain('找不到规划“no-such-plan”');
    expect(await problem.textContent()).toContain('zunyi-metropolitan');
    expect(await problem.isVisible()).toBe(true);
    await saveScreenshot(page, 'embed-unknown-plan');
    expect(await violations()).toEqual([]);
    await page.close();
  });

  it('explains a bad centre and zoom in English, and an unknown layer', async () => {
    const { page } = await openWatched(browser, `${server.origin}/embed.html?plan=zunyi-metropolitan&center=abc&zoom=99&lang=en`);
    const problem = page.locator('plan-map .problem');
    await expect.poll(() => problem.textContent(), { timeout: 20_000 }).toContain('The center parameter “abc” is invalid');
    expect(await problem.textContent()).toContain('The zoom parameter “99” is invalid');
    await page.goto(`${server.origin}/embed.html?plan=zunyi-metropolitan&layers=centres,rivers`);
    await expect.poll(() => problem.textContent(), { timeout: 20_000 }).toContain('此规划没有图层:rivers');
    expect(await problem.textContent()).toContain('fast-corridors');
    await page.close();
  });
});
