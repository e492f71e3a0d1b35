import { preview, type PreviewServer } from 'vite';
import { chromium, type Browser, type Page } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';

/** Debian's Chromium: tests never download a browser. CHROMIUM_PATH overrides it. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep Chromium from calling home on a machine with no network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--disable-quic', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
];

export const ARTIFACTS_DIR = path.resolve(import.meta.dirname, '..', 'artifacts');

/** A built site served by `vite preview` and a headless Chromium to look at it. */
export interface Harness {
  origin: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Serves `dist/` (run `vite build` first) on a free port and starts Chromium. */
export async function startHarness(): Promise<Harness> {
  if (!fs.existsSync(path.resolve(import.meta.dirname, '..', '..', 'dist', 'index.html'))) {
    throw new Error('dist/index.html is missing: run `npx vite build` before the browser tests');
  }
  const server: PreviewServer = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'silent' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  return {
    origin: `http://127.0.0.1:${address.port}`,
    browser,
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    },
  };
}

/** Every URL the page requests, for the no-network assertions. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

/** Waits until the app's map has loaded its plan and is idle. */
export async function waitForMapIdle(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(() => {
    const app = document.querySelector('planmap-app') as (HTMLElement & { controller?: { map: { loaded(): boolean; areTilesLoaded(): boolean } } }) | null;
    const map = app?.controller?.map;
    return !!map && map.loaded() && map.areTilesLoaded();
  }, undefined, { timeout, polling: 100 });
  await page.evaluate(() => new Promise<void>((resolve) => {
    const app = document.querySelector('planmap-app') as HTMLElement & { controller: { map: { once(e: string, f: () => void): void; triggerRepaint(): void } } };
    app.controller.map.once('idle', () => resolve());
    app.controller.map.triggerRepaint();
  }));
}

/** Saves a screenshot under test/artifacts/ (git-ignored) for a person to look at. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}
