/** Width and height, in CSS pixels, of the static picture of the first view (covers a 4K window). */
export const PREVIEW_SIZE: [number, number] = [3840, 2400];

/** The quiet palette of the embedded basemap: paper, greys and a pale blue outside the data. */
export const BASEMAP_COLORS = {
  background: '#e4e8ec',
  focusLand: '#f8f6f1',
  neighbourLand: '#eeece7',
  province: '#8c8579',
  prefecture: '#a9a296',
  county: '#c9c3b8',
  label: '#6b655c',
  labelFaint: '#938d84',
  halo: '#ffffff',
};

/**
 * A picture of one view that the embed page can show before the map is ready
 * (`data/previews/index.json`, written by `npm run data:preview`).
 */
export interface EmbedPreviewEntry {
  plan: string;
  center: [number, number] | number[];
  zoom: number;
  /** Path under `data/previews/`. */
  file: string;
  width: number;
  height: number;
  /** The centre of the same picture, for frames no larger than it: it decodes faster. */
  small?: { file: string; width: number; height: number };
  /** The plan's own camera: also the view of an embed that names no camera. */
  isPlanCamera?: boolean;
}
