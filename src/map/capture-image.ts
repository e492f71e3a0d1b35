import type * as maplibregl from 'maplibre-gl';

/** A picture of the map with what a legend, scale bar and north arrow need. */
export interface CapturedMapImage {
  url: string;
  width: number;
  height: number;
  pixelRatio: number;
  center: [number, number];
  zoom: number;
  bearing: number;
}

/**
 * The map as a PNG data URL. WebGL keeps its buffer only while a frame is being drawn, so the
 * picture is taken inside the next render; for print the map is drawn again at `pixelRatio` and
 * then put back as it was.
 */
export async function captureMapImage(map: maplibregl.Map, pixelRatio?: number): Promise<CapturedMapImage> {
  const screenRatio = map.getPixelRatio();
  if (pixelRatio) map.setPixelRatio(pixelRatio);
  try {
    return await captureNextFrame(map);
  } finally {
    if (pixelRatio) map.setPixelRatio(screenRatio);
  }
}

function captureNextFrame(map: maplibregl.Map): Promise<CapturedMapImage> {
  return new Promise((resolve) => {
    map.once('render', () => {
      const canvas = map.getCanvas();
      const c = map.getCenter();
      resolve({
        url: canvas.toDataURL('image/png'), width: canvas.clientWidth, height: canvas.clientHeight,
        pixelRatio: canvas.width / canvas.clientWidth, center: [c.lng, c.lat], zoom: map.getZoom(), bearing: map.getBearing(),
      });
    });
    map.triggerRepaint();
  });
}
