import type { Locale } from '../domain/plan';
import type { CapturedMapImage as CapturedMap } from '../map/capture-image';

/** One row of the legend drawn on the exported picture. */
export interface LegendRow {
  label: string;
  color: string;
}

/** What goes on the exported map picture besides the map. */
export interface MapImageFrame {
  title: string;
  legend: LegendRow[];
  attribution: string;
  note: string;
  locale: Locale;
}

const EARTH_CIRCUMFERENCE_M = 40_075_016.686;
const TITLE_HEIGHT = 44;
const FOOTER_HEIGHT = 40;

/**
 * Composes a map picture for reports: a title bar, the map, a legend, a scale bar, a north arrow
 * and the attribution with the accuracy note, at the map's own pixel ratio (2× on retina screens).
 * @example const blob = await composeMapImage(await controller.captureImage(), frame)
 */
export async function composeMapImage(map: CapturedMap, frame: MapImageFrame): Promise<Blob> {
  const image = await loadImage(map.url);
  const [w, h] = [map.width, map.height + TITLE_HEIGHT + FOOTER_HEIGHT];
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(w * map.pixelRatio);
  canvas.height = Math.round(h * map.pixelRatio);
  const ctx = canvas.getContext('2d')!;
  ctx.scale(map.pixelRatio, map.pixelRatio);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, w, h);
  ctx.drawImage(image, 0, TITLE_HEIGHT, map.width, map.height);
  drawTitle(ctx, frame.title, w);
  drawLegend(ctx, frame.legend, TITLE_HEIGHT + 12);
  drawScaleBar(ctx, map, w - 16, TITLE_HEIGHT + map.height - 16);
  drawNorthArrow(ctx, map.bearing, w - 36, TITLE_HEIGHT + 40);
  drawFooter(ctx, frame, w, h);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the picture could not be encoded'))), 'image/png'));
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the map picture could not be read'));
    image.src = url;
  });
}

const FONT = "'Noto Sans CJK SC', 'Noto Sans SC', 'Microsoft YaHei', sans-serif";

function drawTitle(ctx: CanvasRenderingContext2D, title: string, width: number): void {
  ctx.fillStyle = '#222';
  ctx.font = `600 20px ${FONT}`;
  ctx.textBaseline = 'middle';
  ctx.fillText(title, 14, TITLE_HEIGHT / 2, width - 28);
}

function drawLegend(ctx: CanvasRenderingContext2D, rows: LegendRow[], top: number): void {
  if (!rows.length) return;
  const shown = rows.slice(0, 14);
  ctx.font = `13px ${FONT}`;
  const width = Math.min(260, Math.max(...shown.map((r) => ctx.measureText(r.label).width)) + 40);
  ctx.fillStyle = 'rgba(255,255,255,0.92)';
  ctx.fillRect(12, top, width, shown.length * 20 + 12);
  shown.forEach((row, i) => {
    const y = top + 16 + i * 20;
    ctx.fillStyle = row.color;
    ctx.fillRect(20, y - 6, 14, 12);
    ctx.fillStyle = '#222';
    ctx.textBaseline = 'middle';
    ctx.fillText(row.label, 42, y, width - 36);
  });
}

/** A scale bar of a round length near 120 px, from the ground resolution at the map's centre. */
function drawScaleBar(ctx: CanvasRenderingContext2D, map: CapturedMap, right: number, bottom: number): void {
  const metresPerPixel = (EARTH_CIRCUMFERENCE_M * Math.cos((map.center[1] * Math.PI) / 180)) / (512 * 2 ** map.zoom);
  const target = metresPerPixel * 120;
  const step = 10 ** Math.floor(Math.log10(target));
  const metres = [5, 2, 1].map((m) => m * step).find((m) => m <= target) ?? step;
  const px = metres / metresPerPixel;
  const label = metres >= 1000 ? `${metres / 1000} km` : `${metres} m`;
  ctx.fillStyle = 'rgba(255,255,255,0.85)';
  ctx.fillRect(right - px - 8, bottom - 26, px + 16, 30);
  ctx.strokeStyle = '#222';
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(right - px, bottom - 10);
  ctx.lineTo(right - px, bottom - 4);
  ctx.lineTo(right, bottom - 4);
  ctx.lineTo(right, bottom - 10);
  ctx.stroke();
  ctx.fillStyle = '#222';
  ctx.font = `12px ${FONT}`;
  ctx.textAlign = 'center';
  ctx.fillText(label, right - px / 2, bottom - 17);
  ctx.textAlign = 'left';
}

function drawNorthArrow(ctx: CanvasRenderingContext2D, bearing: number, x: number, y: number): void {
  ctx.save();
  ctx.translate(x, y);
  ctx.rotate((-bearing * Math.PI) / 180);
  ctx.fillStyle = '#222';
  ctx.beginPath();
  ctx.moveTo(0, -18);
  ctx.lineTo(9, 12);
  ctx.lineTo(0, 6);
  ctx.lineTo(-9, 12);
  ctx.closePath();
  ctx.fill();
  ctx.font = `600 12px ${FONT}`;
  ctx.textAlign = 'center';
  ctx.fillText('N', 0, -24);
  ctx.restore();
}

function drawFooter(ctx: CanvasRenderingContext2D, frame: MapImageFrame, width: number, height: number): void {
  ctx.fillStyle = '#555';
  ctx.font = `11px ${FONT}`;
  ctx.textBaseline = 'alphabetic';
  ctx.fillText(frame.attribution, 14, height - 22, width - 28);
  ctx.fillText(frame.note, 14, height - 8, width - 28);
}

/** Pixels across A4 landscape at 300 dpi (297 mm). */
export const A4_LANDSCAPE_300DPI_WIDTH = 3508;

/** The pixel ratio that makes a map `cssWidth` pixels wide as sharp as A4 landscape at 300 dpi. */
export function printPixelRatio(cssWidth: number): number {
  return Math.min(4, A4_LANDSCAPE_300DPI_WIDTH / Math.max(1, cssWidth));
}
