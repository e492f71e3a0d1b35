// @ts-check
/* global document */
/**
 * Measures how far the static first-view picture and the live map disagree at the hand-over:
 * the same page photographed with the map held back (only the picture shows) and after the map
 * has taken over, compared pixel by pixel over the map area.
 */
import { PNG } from 'pngjs';
import pixelmatch from 'pixelmatch';

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} url the app's default view
 * @returns {Promise<{ differingShare: number, pixels: number }>}
 */
export async function measureHandover(browser, url) {
  const viewport = { width: 1280, height: 800 };
  const clip = { x: 360, y: 50, width: 920, height: 750 };
  const previewPage = await browser.newPage({ viewport });
  await previewPage.route('**/assets/maplibre-gl-*.js', (route) => route.abort());
  await previewPage.goto(url);
  await previewPage.waitForFunction(() => document.querySelector('.pm-preview img')?.complete, undefined, { timeout: 30_000 });
  await previewPage.waitForTimeout(300);
  const before = PNG.sync.read(await previewPage.screenshot({ clip }));
  await previewPage.close();
  const livePage = await browser.newPage({ viewport });
  await livePage.goto(url);
  await livePage.waitForFunction(() => performance.getEntriesByName('planmap:plan-idle').length > 0 && !document.querySelector('.pm-preview'), undefined, { timeout: 60_000 });
  await livePage.waitForTimeout(300);
  const after = PNG.sync.read(await livePage.screenshot({ clip }));
  await livePage.close();
  const differing = pixelmatch(before.data, after.data, null, before.width, before.height, { threshold: 0.2 });
  return { differingShare: differing / (before.width * before.height), pixels: before.width * before.height };
}
