/**
 * Draws the first view (the embedded basemap and the default plan at the app's default camera) as
 * an SVG in Web Mercator pixels, so that the page can show it the moment the HTML arrives and the
 * live map can take its place without a jump. Uses the map's own symbology constants.
 *
 * Then rasterises it to the WebP the page shows (headless Chromium, with the CJK fonts installed).
 *
 * Usage: npx tsx scripts/build-preview.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { CATEGORY_COLORS, POINT_RADIUS, DEFAULT_POINT_RADIUS, ZONE_TINTS } from '../src/domain/symbology';
import { BASEMAP_COLORS, PREVIEW_SIZE, type EmbedPreviewEntry } from '../src/domain/preview';
import { DEFAULT_CAMERA, DEFAULT_PLANS } from '../src/domain/defaults';
import type { PlanManifest, Role } from '../src/domain/plan';
import { chromium } from 'playwright-core';

/** Lossy WebP quality of the served picture: flat map colours stay clean, ~90 KB at 3840×2400. */
const WEBP_QUALITY = 0.85;
/**
 * The pictures served, each the centre of the SVG: the whole (for screens up to 4K), a quarter of
 * it for screens up to 1920 × 1250, which decodes four times faster, and 1280 × 800 for screens up
 * to 1640 × 850 (a map area of at most 1280 × 800 beside the 360 px panel), 2.25 times less again.
 */
/** The crop the embed shows in a frame no larger than it; bigger frames get the whole picture. */
const SMALL_CROP = [1280, 800] as const;
const PREVIEW_CROPS = [[3840, 2400], [1920, 1200], SMALL_CROP] as const;

const root = path.resolve(import.meta.dirname, '..');
const read = <T>(rel: string): T => JSON.parse(fs.readFileSync(path.join(root, rel), 'utf8'));
const esc = (s: string) => s.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);
/** The zoom from which the map draws county lines and names and the detailed boundaries (basemap-style.ts). */
const COUNTY_ZOOM = 7.5;
const DETAIL_ZOOM = 8.5;

/** A view to draw: the camera, the plans on it and the picture's size in CSS pixels. */
interface PreviewView {
  center: Position;
  zoom: number;
  plans: readonly string[];
  size: readonly [number, number];
}

/** The view as an SVG in Web Mercator pixels (512-px tiles, as maplibre), centred on the camera. */
function drawView(view: PreviewView): string {
  const [W, H] = view.size;
  const scale = 512 * 2 ** view.zoom;
  const project = ([lon = 0, lat = 0]: Position): [number, number] => {
    const x = ((lon + 180) / 360) * scale;
    const s = Math.sin((lat * Math.PI) / 180);
    const y = (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * scale;
    return [x, y];
  };
  const [cx, cy] = project(view.center);
  const toScreen = (p: Position): [number, number] => { const [x, y] = project(p); return [Math.round(x - cx + W / 2), Math.round(y - cy + H / 2)]; };
  const px = (p: Position) => toScreen(p).join(',');
  /** The line in whole screen pixels, dropping vertices within 3 px of the last one kept: invisible at this zoom. */
  const thin = (line: Position[]): string[] => {
    const kept: [number, number][] = [];
    for (const p of line.map(toScreen)) {
      const last = kept[kept.length - 1];
      if (!last || Math.hypot(p[0] - last[0], p[1] - last[1]) >= 3) kept.push(p);
    }
    return kept.map((p) => p.join(','));
  };
  const ring = (r: Position[]) => { const pts = thin(r); return pts.length > 2 ? `M${pts.join('L')}Z` : ''; };
  const pathOf = (g: Geometry): string => {
    switch (g.type) {
      case 'Polygon': return g.coordinates.map(ring).join('');
      case 'MultiPolygon': return g.coordinates.flatMap((p) => p.map(ring)).join('');
      case 'LineString': return `M${thin(g.coordinates).join('L')}`;
      case 'MultiLineString': return g.coordinates.map((l) => `M${thin(l).join('L')}`).join('');
      default: return '';
    }
  };
  const text = (p: Position, label: string, size: number, color: string, weight = 400) => {
    const [x, y] = px(p).split(',');
    return `<text x="${x}" y="${y}" font-size="${size}" fill="${color}" font-weight="${weight}" text-anchor="middle" stroke="#fff" stroke-width="3" paint-order="stroke">${esc(label)}</text>`;
  };

  /** A width that grows with the zoom between zoom 6 and 12, as the map's `interpolate` expressions do. */
  const byZoom = (at6: number, at12: number): number => {
    const t = Math.min(1, Math.max(0, (view.zoom - 6) / 6));
    return Math.round((at6 + t * (at12 - at6)) * 100) / 100;
  };

  const out: string[] = [];
  const provinces = read<FeatureCollection>('data/basemap/provinces.geojson');
  for (const f of provinces.features) out.push(`<path d="${pathOf(f.geometry)}" fill="${f.properties?.isFocus ? BASEMAP_COLORS.focusLand : BASEMAP_COLORS.neighbourLand}"/>`);
  const isDetailed = view.zoom >= DETAIL_ZOOM;
  const boundaries = read<FeatureCollection>(isDetailed ? 'data/basemap/boundaries-detail.geojson' : 'data/basemap/boundaries.geojson');
  for (const f of boundaries.features.filter((b) => view.zoom >= COUNTY_ZOOM || b.properties?.level !== 3)) {
    const level = f.properties?.level;
    const stroke = level === 1 ? BASEMAP_COLORS.province : level === 2 ? BASEMAP_COLORS.prefecture : BASEMAP_COLORS.county;
    const dash = level === 1 ? ' stroke-dasharray="9 3 1.5 3"' : level === 3 ? ' stroke-dasharray="3 2"' : '';
    out.push(`<path d="${pathOf(f.geometry)}" fill="none" stroke="${stroke}" stroke-width="${level === 1 ? 1.6 : 0.9}"${dash}/>`);
  }
  const labels = read<FeatureCollection>('data/basemap/labels.geojson');
  for (const f of labels.features) {
    const kind = f.properties?.kind;
    const isShown = kind === 'county' ? view.zoom >= COUNTY_ZOOM : kind === 'province' ? view.zoom < COUNTY_ZOOM : view.zoom < 9.5;
    if (!isShown) continue;
    const size = kind === 'province' ? 17 : kind === 'county' ? 13 : 12;
    out.push(text((f.geometry as { coordinates: Position }).coordinates, String(f.properties?.name), size, kind === 'county' ? BASEMAP_COLORS.labelFaint : BASEMAP_COLORS.label));
  }
  for (const id of view.plans) drawPlan(id);

  function drawPlan(id: string): void {
    const manifest = read<PlanManifest>(`data/plans/${id}/manifest.json`);
    for (const s of manifest.structures) {
      for (const layer of s.layers) {
        const color = layer.style?.color ?? CATEGORY_COLORS[s.category];
        const fc = read<FeatureCollection>(`data/plans/${id}/${layer.file}`);
        fc.features.forEach((f, i) => drawFeature(f, color, fc.features.length > 1 ? i : -1));
      }
    }
  }

  /** One feature in the map's symbology (src/map/plan-symbology.ts): zones tinted by their place in the layer. */
  function drawFeature(f: Feature, color: string, shade: number): void {
    const role = f.properties?.role as Role;
    const isSchematic = f.properties?.accuracy === 'schematic';
    const g = f.geometry;
    if (g.type === 'Polygon' || g.type === 'MultiPolygon') {
      const isTinted = (role === 'zone' || role === 'cluster') && shade >= 0;
      const fill = isTinted ? ZONE_TINTS[shade % ZONE_TINTS.length] : color;
      const fillOpacity = isSchematic ? 0.08 : isTinted ? 0.22 : 0.1;
      out.push(`<path d="${pathOf(g)}" fill="${fill}" fill-opacity="${fillOpacity}" stroke="${color}" stroke-opacity="${isSchematic ? 0.6 : 0.9}" stroke-dasharray="3 2" stroke-width="${byZoom(0.8, 2)}"/>`);
    } else if (g.type === 'LineString' || g.type === 'MultiLineString') {
      const isBand = role === 'corridor' || role === 'belt';
      const opacity = isBand ? 0.45 : isSchematic ? 0.6 : 0.9;
      out.push(`<path d="${pathOf(g)}" fill="none" stroke="${color}" stroke-opacity="${opacity}" stroke-width="${isBand ? byZoom(4, 14) : byZoom(2, 5)}" stroke-linecap="round" stroke-linejoin="round"/>`);
    } else if (g.type === 'Point') {
      const [x, y] = px(g.coordinates).split(',');
      const [r6, r12] = POINT_RADIUS[role] ?? DEFAULT_POINT_RADIUS;
      const isFilled = role === 'core' || role === 'sub-core' || role === 'hub';
      out.push(`<circle cx="${x}" cy="${y}" r="${byZoom(r6, r12)}" fill="${isFilled ? color : '#fff'}" stroke="${isFilled ? '#fff' : color}" stroke-width="${role === 'core' ? 3 : 2.5}"/>`);
    }
  }

  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="Noto Sans CJK SC, Noto Sans SC, Microsoft YaHei, PingFang SC, sans-serif"><rect width="${W}" height="${H}" fill="${BASEMAP_COLORS.background}"/>${out.join('')}</svg>\n`;
}

const svg = drawView({ center: DEFAULT_CAMERA.center, zoom: DEFAULT_CAMERA.zoom, plans: DEFAULT_PLANS, size: PREVIEW_SIZE });
fs.mkdirSync(path.join(root, 'data', 'previews'), { recursive: true });
fs.writeFileSync(path.join(root, 'data', 'previews', 'default.svg'), svg);
console.log(`data/previews/default.svg: ${(svg.length / 1024).toFixed(0)} KB`);

/**
 * The page shows a WebP of the SVG, not the SVG itself: Chromium rasterises an SVG's paths while
 * the map is creating its WebGL context, which held the live map back by about 600 ms (bench:load,
 * 2026-11-23), whereas a WebP decodes off the main thread and painted sooner too (348 vs 708 ms).
 */
async function rasterize(source: string, crops: readonly (readonly [number, number])[]): Promise<Buffer[]> {
  const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    const dataUrls = await page.evaluate(async ({ source, quality, crops }) => {
      const img = new Image();
      img.src = URL.createObjectURL(new Blob([source], { type: 'image/svg+xml' }));
      await img.decode();
      return crops.map(([width, height]) => {
        const canvas = Object.assign(document.createElement('canvas'), { width, height });
        const [x, y] = [(img.naturalWidth - width) / 2, (img.naturalHeight - height) / 2];
        canvas.getContext('2d', { alpha: false })?.drawImage(img, x, y, width, height, 0, 0, width, height);
        return canvas.toDataURL('image/webp', quality);
      });
    }, { source, quality: WEBP_QUALITY, crops });
    return dataUrls.map((dataUrl) => {
      if (!dataUrl.startsWith('data:image/webp;')) throw new Error('this Chromium cannot encode WebP');
      return Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
    });
  } finally {
    await browser.close();
  }
}

const pictures = await rasterize(svg, PREVIEW_CROPS);
PREVIEW_CROPS.forEach(([width, height], i) => {
  const name = width === PREVIEW_SIZE[0] ? 'default.webp' : `default-${width}.webp`;
  fs.writeFileSync(path.join(root, 'data', 'previews', name), pictures[i] ?? Buffer.alloc(0));
  console.log(`data/previews/${name}: ${width}×${height}, ${((pictures[i]?.length ?? 0) / 1024).toFixed(0)} KB`);
});

/**
 * The embed's pictures: each plan at its own camera (what `embed.html?plan=<id>` shows first),
 * plus the app's default view, listed in `index.json` for `src/embed/embed-preview.ts`.
 */
const EMBED_SIZE = [1920, 1200] as const;
const small = (file: string) => ({ file, width: SMALL_CROP[0], height: SMALL_CROP[1] });
const entries: EmbedPreviewEntry[] = [{ plan: DEFAULT_PLANS[0] ?? '', center: DEFAULT_CAMERA.center, zoom: DEFAULT_CAMERA.zoom, file: 'default-1920.webp', width: 1920, height: 1200, small: small(`default-${SMALL_CROP[0]}.webp`) }];
fs.mkdirSync(path.join(root, 'data', 'previews', 'plans'), { recursive: true });
for (const id of fs.readdirSync(path.join(root, 'data', 'plans')).filter((d) => fs.existsSync(path.join(root, 'data', 'plans', d, 'manifest.json'))).sort()) {
  const { camera } = read<PlanManifest>(`data/plans/${id}/manifest.json`);
  const [picture, smallPicture] = await rasterize(drawView({ center: camera.center, zoom: camera.zoom, plans: [id], size: EMBED_SIZE }), [EMBED_SIZE, SMALL_CROP]);
  fs.writeFileSync(path.join(root, 'data', 'previews', 'plans', `${id}.webp`), picture ?? Buffer.alloc(0));
  fs.writeFileSync(path.join(root, 'data', 'previews', 'plans', `${id}-${SMALL_CROP[0]}.webp`), smallPicture ?? Buffer.alloc(0));
  entries.push({ plan: id, center: camera.center, zoom: camera.zoom, file: `plans/${id}.webp`, width: EMBED_SIZE[0], height: EMBED_SIZE[1], small: small(`plans/${id}-${SMALL_CROP[0]}.webp`), isPlanCamera: true });
  console.log(`data/previews/plans/${id}.webp: ${((picture?.length ?? 0) / 1024).toFixed(0)} KB, ${SMALL_CROP.join('×')} crop ${((smallPicture?.length ?? 0) / 1024).toFixed(0)} KB`);
}
fs.writeFileSync(path.join(root, 'data', 'previews', 'index.json'), `${JSON.stringify(entries, null, 1)}\n`);
/** The same list as a classic script for embed.html, so its picture is chosen while the page is parsed. */
fs.writeFileSync(path.join(root, 'public', 'embed-previews.js'), `// Written by npm run data:preview from data/previews/index.json: the pictures embed-preview.js chooses from.\nself.planmapPreviews = ${JSON.stringify(entries)};\n`);
