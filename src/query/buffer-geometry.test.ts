import { area, buffer, earthRadius, polygon } from '@turf/turf';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { bufferGeometry } from './buffer-geometry';
import { getLayer, loadBundledLayers } from './test/bundled-plans';

const R_KM = earthRadius / 1000;

function km2(geometry: ReturnType<typeof bufferGeometry>): number {
  if (geometry === null) return 0;
  return area(geometry) / 1e6;
}

describe('bufferGeometry', () => {
  it('draws a circle round a point whose area is the spherical cap of that radius, within 0.2 %', () => {
    const capKm2 = 2 * Math.PI * R_KM * R_KM * (1 - Math.cos(5 / R_KM));
    expect(Math.abs(km2(bufferGeometry({ type: 'Point', coordinates: [106.93, 27.7] }, 5)) / capKm2 - 1)).toBeLessThan(0.002);
  });

  it('bands a 1° stretch of meridian by 2wL + πw², within 0.2 %', () => {
    const lengthKm = (R_KM * Math.PI) / 180;
    const expected = 2 * 2 * lengthKm + Math.PI * 2 * 2;
    const band = bufferGeometry({ type: 'LineString', coordinates: [[107, 27], [107, 28]] }, 2);
    expect(Math.abs(km2(band) / expected - 1)).toBeLessThan(0.002);
  });

  it('grows a zone and shrinks its hole', () => {
    const zone = polygon([
      [[106, 27], [106.2, 27], [106.2, 27.2], [106, 27.2], [106, 27]],
      [[106.05, 27.05], [106.05, 27.15], [106.15, 27.15], [106.15, 27.05], [106.05, 27.05]],
    ]);
    const grown = bufferGeometry(zone.geometry, 1) as Polygon;
    expect(grown.type).toBe('Polygon');
    expect(grown.coordinates).toHaveLength(2);
    expect(area(polygon([grown.coordinates[1] ?? []]))).toBeLessThan(area(polygon([zone.geometry.coordinates[1] ?? []])));
    expect(area(grown)).toBeGreaterThan(area(zone));
  });

  it('agrees with turf.buffer on the bundled rivers within 0.5 % (turf draws coarser arcs)', () => {
    const rivers = getLayer(loadBundledLayers(), 'zunyi-metropolitan/blue-corridors').features;
    for (const river of rivers) {
      const ours = km2(bufferGeometry(river.geometry, 2));
      const turfs = area(buffer(river, 2, { units: 'kilometers' }) as never) / 1e6;
      expect(Math.abs(ours / turfs - 1)).toBeLessThan(0.005);
    }
  });

  it('gives null for a width of 0 or an empty geometry', () => {
    expect(bufferGeometry({ type: 'Point', coordinates: [106, 27] }, 0)).toBeNull();
    expect(bufferGeometry({ type: 'MultiLineString', coordinates: [] }, 2)).toBeNull();
  });
});
