/**
 * Takes the pictures in docs/images/ from the production build in headless Chromium, so that the
 * documentation shows what users see. Run `npx vite build` first, then `npx tsx scripts/shoot-docs.ts`.
 */
import path from 'node:path';
import { startHarness, waitForMapIdle } from '../test/browser/harness';

const out = path.resolve(import.meta.dirname, '..', 'docs', 'images');
const harness = await startHarness();
try {
  const page = await harness.browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`${harness.origin}/?plans=zunyi-metropolitan,honghuagang-14th-fyp&at=106.88,27.72,9.3`);
  await waitForMapIdle(page);
  await page.screenshot({ path: path.join(out, 'symbology-map.png') });
  await page.locator('pm-layer-list').screenshot({ path: path.join(out, 'symbology-legend.png') });
  console.log('docs/images/symbology-map.png, docs/images/symbology-legend.png');
} finally {
  await harness.close();
}
