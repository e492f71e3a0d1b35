import { describe, expect, it } from 'vitest';
import { parseEmbedParams, readEmbedQuery } from './embed-params';

describe('parseEmbedParams', () => {
  it('reads every parameter of a good embed', () => {
    const { params, problems } = parseEmbedParams({ plan: 'zunyi-metropolitan', layers: 'centres, fast-corridors', center: '106.8,27.7', zoom: '9', lang: 'en', basemap: 'embedded', interactive: 'false', height: '60vh' });
    expect(problems).toEqual([]);
    expect(params).toEqual({ plan: 'zunyi-metropolitan', layers: ['centres', 'fast-corridors'], center: [106.8, 27.7], zoom: 9, locale: 'en', isInteractive: false, height: '60vh' });
  });

  it('uses defaults for what is left out', () => {
    const { params, problems } = parseEmbedParams({ plan: 'a' });
    expect(problems).toEqual([]);
    expect(params).toMatchObject({ layers: null, center: null, zoom: null, locale: 'zh', isInteractive: true, height: '400px' });
  });

  it('names every bad parameter', () => {
    const { problems } = parseEmbedParams({ plan: 'A B', center: '200,30', zoom: 'x', lang: 'fr', basemap: 'osm', interactive: 'no', height: 'calc(1px)' });
    expect(problems.map((p) => p.key)).toEqual(['badPlanId', 'badLang', 'badCenter', 'badZoom', 'badInteractive', 'badHeight', 'badBasemap']);
  });

  it('asks for a plan when there is none', () => {
    expect(parseEmbedParams({}).problems.map((p) => p.key)).toEqual(['missingPlan']);
  });

  it('rejects a centre of one number or a zoom out of range', () => {
    expect(parseEmbedParams({ plan: 'a', center: '106', zoom: '16' }).problems.map((p) => p.key)).toEqual(['badCenter', 'badZoom']);
  });

  it('reads the same parameters from a query string', () => {
    expect(readEmbedQuery('?plan=a&zoom=8&lang=en')).toMatchObject({ plan: 'a', zoom: '8', lang: 'en', center: null });
  });
});
