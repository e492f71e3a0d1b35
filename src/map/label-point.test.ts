import { describe, expect, it } from 'vitest';
import { findLabelPoint } from './label-point';

describe('findLabelPoint', () => {
  it('puts the label of a square at its centre', () => {
    expect(findLabelPoint({ type: 'Polygon', coordinates: [[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]] })).toEqual([1, 1]);
  });

  it('keeps the label inside a C-shaped area whose centroid falls in the gap', () => {
    const c = [[0, 0], [3, 0], [3, 1], [1, 1], [1, 2], [3, 2], [3, 3], [0, 3], [0, 0]];
    const [x, y] = findLabelPoint({ type: 'Polygon', coordinates: [c] }) ?? [];
    expect(x).toBeLessThan(1);
    expect(y).toBeGreaterThan(0);
  });

  it('labels the largest part of a multipolygon and ignores lines', () => {
    const small = [[[10, 10], [10.1, 10], [10.1, 10.1], [10, 10]]];
    const big = [[[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]]];
    expect(findLabelPoint({ type: 'MultiPolygon', coordinates: [small, big] })).toEqual([2, 2]);
    expect(findLabelPoint({ type: 'LineString', coordinates: [[0, 0], [1, 1]] })).toBeNull();
  });
});
