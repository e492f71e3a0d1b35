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
