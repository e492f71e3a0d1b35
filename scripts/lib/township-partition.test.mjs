// @ts-check
import { describe, it, expect } from 'vitest';
import * as turf from '@turf/turf';
import { partitionCounty, mergeCells, splitByLine, unionAreas } from './township-partition.mjs';

const county = turf.bboxPolygon([106.8, 27.6, 107.0, 27.8]);
const countyArea = turf.area(county);
const seats = [
  { id: 'a', lon: 106.85, lat: 27.75 },
  { id: 'b', lon: 106.95, lat: 27.76 },
  { id: 'c', lon: 106.9, lat: 27.7 },
  { id: 'd', lon: 106.83, lat: 27.63 },
  { id: 'e', lon: 106.97, lat: 27.62 },
];

describe('partitionCounty', () => {
  const cells = partitionCounty(county, seats);

  it('returns one cell per seat, in order, holding its seat', () => {
    expect(cells.map((c) => c.properties.id)).toEqual(seats.map((s) => s.id));
    cells.forEach((cell, i) => expect(turf.booleanPointInPolygon([seats[i].lon, seats[i].lat], cell)).toBe(true));
  });

  it('tiles the county: areas add up and no two cells overlap', () => {
    const summed = cells.reduce((sum, c) => sum + turf.area(c), 0);
    expect(Math.abs(summed - countyArea) / countyArea).toBeLessThan(0.001);
    for (let i = 0; i < cells.length; i++) {
      for (let j = i + 1; j < cells.length; j++) {
        const overlap = turf.intersect(turf.featureCollection([cells[i], cells[j]]));
        expect(overlap ? turf.area(overlap) / countyArea : 0).toBeLessThan(1e-6);
      }
    }
  });
});

describe('mergeCells', () => {
  it('unions the named cells into one polygon of their summed area', () => {
    const cells = partitionCounty(county, seats);
    const merged = mergeCells(cells, ['a', 'c']);
    const expected = turf.area(cells[0]) + turf.area(cells[2]);
    expect(Math.abs(turf.area(merged) - expected) / expected).toBeLessThan(0.001);
  });
});

describe('splitByLine', () => {
  it('cuts a polygon into a left and a right part that together cover it', () => {
    const river = turf.lineString([[106.9, 27.55], [106.88, 27.7], [106.9, 27.85]]);
    const { left, right } = splitByLine(county, river);
    if (!left || !right) throw new Error('a side of the line is empty');
    expect(turf.booleanPointInPolygon([106.82, 27.7], left)).toBe(true);
    expect(turf.booleanPointInPolygon([106.98, 27.7], right)).toBe(true);
    const summed = turf.area(left) + turf.area(right);
    expect(Math.abs(summed - countyArea) / countyArea).toBeLessThan(0.001);
  });
});

describe('unionAreas', () => {
  it('merges a part of a split cell with the neighbour it borders into one polygon', () => {
    const cells = partitionCounty(county, seats);
    const northward = turf.lineString([[106.9, 27.55], [106.9, 27.85]]);
    const { left: westOfC } = splitByLine(cells[2], northward);
    if (!westOfC) throw new Error('no part left of the line');
    const merged = unionAreas([cells[0], westOfC]);
    expect(merged?.geometry.type).toBe('Polygon');
  });
});
