import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, saveScreenshot } from './harness';
import { startCspServer, type CspServer } from './csp-server';
import type { PlanManifest } from '../../src/domain/plan';

type PresentElement = HTMLElement & { controller: { map: import('maplibre-gl').Map; planLayerIds(): string[] } };

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const PLAN = 'zunyi-metropolitan';
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'data', 'plans', PLAN, 'manifest.json'), 'utf8')) as PlanManifest;
/** The captions of the tour in the order the presentation plays them. */
const CAPTIONS = manifest.structures.flatMap((s) => s.tour.map((step) => step.caption.zh));

function caption(page: Page): Promise<string | null> {
  return page.locator('planmap-present .caption .text').textContent();
}

function indicator(page: Page): Promise<string | null> {
  return page.locator('planmap-present .indicator').textContent();
}

/** Waits until the presentation's map has stopped moving and drawn everything. */
async function waitForStill(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const map = (document.querySelector('planmap-present') as PresentElement | null)?.controller?.map;
    return !!map && map.loaded() && !map.isMoving() && map.areTilesLoaded();
  }, undefined, { timeout: 40_000, polling: 100 });
}

/** The ids of plan features drawn, and of features in the highlight. */
function drawn(page: Page): Promise<{ ids: string[]; highlighted: number }> {
  return page.evaluate(() => {
    const { controller } = document.querySelector('planmap-present') as PresentElement;
    const ids = controller.map.queryRenderedFeatures({ layers: controller.planLayerIds() }).map((f) => String(f.properties.id));
    const highlighted = controller.map.queryRenderedFeatures({ layers: ['selection-fill', 'selection-line', 'selection-point'] }).length;
    return { ids: [...new Set(ids)].sort(), highlighted };
  });
}

describe('presentation mode', () => {
  let server: CspServer;
  let browser: Browser;

  beforeAll(async () => {
    if (!fs.existsSync(path.join(ROOT, 'dist', 'present.html'))) throw new Error('dist/present.html is missing: run `npx vite build` first');
    server = await startCspServer();
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('moves through the tour with clicker keys, digits and Enter, showing the manifest captions', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.addInitScript(() => {
      const seen: string[] = ((window as unknown as { cspViolations: string[] }).cspViolations = []);
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(`${server.origin}/present.html?plan=${PLAN}`);
    await expect.poll(() => caption(page), { timeout: 30_000 }).toBe(CAPTIONS[0]);
    expect(await indicator(page)).toBe(`1 / ${CAPTIONS.length}`);
    const steps: [string, number][] = [['PageDown', 1], ['ArrowRight', 2], ['Space', 3], ['Shift+Space', 2], ['PageUp', 1], ['ArrowDown', 2], ['ArrowUp', 1], ['ArrowLeft', 0], ['End', CAPTIONS.length - 1], ['Home', 0]];
    for (const [key, index] of steps) {
      await page.keyboard.press(key);
      expect(await caption(page), key).toBe(CAPTIONS[index]);
    }
    await page.keyboard.type('12');
    expect(await indicator(page)).toBe(`1 / ${CAPTIONS.length}→ 12`);
    await page.keyboard.press('Enter');
    expect(await caption(page)).toBe(CAPTIONS[11]);
    expect(new URL(page.url()).searchParams.get('step')).toBe('12');
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    await page.close();
  });

  it('shows only the step\'s layers and highlights its feature', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${server.origin}/present.html?plan=${PLAN}&step=2`);
    await expect.poll(() => caption(page), { timeout: 30_000 }).toBe(CAPTIONS[1]);
    await waitForStill(page);
    const { ids, highlighted } = await drawn(page);
    expect(ids).toContain('yzyf-zunyi-centre');
    expect(ids.every((id) => id.startsWith('yzyf-'))).toBe(true);
    expect(highlighted).toBeGreaterThan(0);
    await page.close();
  });

  it('scales the caption with the screen height at 1080p, 4K (dpr 1 and 2) and 32:9', async () => {
    const shares: number[] = [];
    const shoot = async (page: Page, name: string, width: number, height: number) => {
      await page.setViewportSize({ width, height });
      await waitForStill(page);
      const px = await page.locator('planmap-present .caption .text').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
      shares.push(px / height);
      await saveScreenshot(page, name);
    };
    for (const dpr of [1, 2]) {
      const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, deviceScaleFactor: dpr });
      const page = await context.newPage();
      await page.goto(`${server.origin}/present.html?plan=${PLAN}&step=4`);
      await expect.poll(() => caption(page), { timeout: 30_000 }).toBe(CAPTIONS[3]);
      if (dpr === 2) await shoot(page, 'present-3840x2160-dpr2', 1920, 1080);
      else for (const [width, height] of [[1920, 1080], [3840, 2160], [3840, 1080]]) await shoot(page, `present-${width}x${height}`, width, height);
      await context.close();
    }
    for (const share of shares) expect(share).toBeGreaterThanOrEqual(0.035);
    expect(Math.max(...shares) - Math.min(...shares)).toBeLessThan(0.001);
  });

  it('plays by itself when asked, and Esc goes back to the full app at the current view', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${server.origin}/present.html?plan=${PLAN}&step=${CAPTIONS.length}&autoplay=2`);
    await expect.poll(() => caption(page), { timeout: 30_000 }).toBe(CAPTIONS[CAPTIONS.length - 1]);
    await expect.poll(() => caption(page), { timeout: 5_000 }).toBe(CAPTIONS[0]);
    await page.keyboard.press('Escape');
    await page.waitForURL(/\/\?plans=/);
    const url = new URL(page.url());
    expect(url.searchParams.get('plans')).toBe(PLAN);
    expect(url.searchParams.get('at')).toMatch(/^[\d.]+,[\d.]+,[\d.]+$/);
    await page.close();
  });
});
