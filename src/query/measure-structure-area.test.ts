import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { measureArea, measureSelectionArea, measureStructureArea } from './index';

function square(w: number, s: number, size: number, id: string): Feature<Polygon> {
  return { type: 'Feature', properties: { id }, geometry: { type: 'Polygon', coordinates: [[[w, s], [w + size, s], [w + size, s + size], [w, s + size], [w, s]]] } };
}

describe('measureSelectionArea and measureStructureArea', () => {
  it('counts an overlap twice in the sum and once in the union', () => {
    const a = square(106, 27, 0.1, 'a');
    const result = measureSelectionArea({ type: 'FeatureCollection', features: [a, square(106, 27, 0.1, 'a-copy')] });
    expect(result.sum.km2).toBeCloseTo(2 * measureArea(a).km2, 6);
    expect(result.union.km2).toBeCloseTo(measureArea(a).km2, 3);
    expect(result.overlap.km2).toBeCloseTo(measureArea(a).km2, 3);
  });

  it('gives the share of a district the structure covers', () => {
    const district = square(106, 27, 0.2, 'district');
    const structure = { type: 'FeatureCollection' as const, features: [square(106.1, 27, 0.2, 'east-half-and-beyond')] };
    const result = measureStructureArea(structure, { district });
    expect(result.shareOfDistrict).toBeCloseTo(0.5, 2);
    expect(result.inDistrict?.km2).toBeCloseTo((result.district?.km2 ?? 0) / 2, 0);
  });

  it('gives zero for a structure without polygons', () => {
    const result = measureStructureArea({ type: 'FeatureCollection', features: [] }, { district: square(106, 27, 0.2, 'd') });
    expect(result.union.km2).toBe(0);
    expect(result.shareOfDistrict).toBe(0);
  });
});
