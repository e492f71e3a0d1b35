import { describe, expect, it } from 'vitest';
import { M2_PER_MU, measureArea, measureLengthKm, measurePerimeterKm, toAreaMeasure } from './index';

const EQUATOR_SQUARE = { type: 'Polygon' as const, coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] };

describe('area units', () => {
  it('defines 1 亩 as exactly 2000/3 m²', () => {
    expect(M2_PER_MU).toBe(2000 / 3);
    expect(toAreaMeasure(2000 / 3).mu).toBe(1);
  });

  it('converts whole hectares and km² to whole 亩', () => {
    expect(toAreaMeasure(10_000)).toEqual({ m2: 10_000, km2: 0.01, ha: 1, mu: 15 });
    expect(toAreaMeasure(1e6).mu).toBe(1500);
    expect(toAreaMeasure(2e6)).toMatchObject({ km2: 2, ha: 200, mu: 3000 });
  });

  it('measures a 1°×1° square at the equator as about 12,364 km²', () => {
    const area = measureArea(EQUATOR_SQUARE);
    expect(area.km2).toBeCloseTo(12_364, -1);
    expect(area.mu).toBeCloseTo(area.km2 * 1500, 3);
  });

  it('measures its perimeter and a one-degree equator line in km', () => {
    expect(measurePerimeterKm(EQUATOR_SQUARE)).toBeCloseTo(3 * 111.195 + 111.178, 0);
    expect(measureLengthKm({ type: 'LineString', coordinates: [[0, 0], [1, 0]] })).toBeCloseTo(111.195, 2);
    expect(measurePerimeterKm({ type: 'LineString', coordinates: [[0, 0], [1, 0]] })).toBe(0);
  });
});
