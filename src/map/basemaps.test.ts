import { describe, expect, it } from 'vitest';
import { createTiandituStyle, datumOf, formatBasemap, parseBasemap } from './basemaps';

describe('basemap parameters', () => {
  it.each([
    ['embedded', { kind: 'embedded' }],
    ['tianditu:vec:abc123def', { kind: 'tianditu', layer: 'vec', key: 'abc123def' }],
    ['tianditu:img:abc123def', { kind: 'tianditu', layer: 'img', key: 'abc123def' }],
    ['style:https://tiles.example.gov.cn/style.json', { kind: 'style', url: 'https://tiles.example.gov.cn/style.json', datum: 'wgs84' }],
    ['style-gcj02:/amap-style.json', { kind: 'style', url: '/amap-style.json', datum: 'gcj02' }],
    ['pmtiles:./guizhou.pmtiles', { kind: 'pmtiles', url: './guizhou.pmtiles' }],
  ])('reads %s and writes it back', (value, config) => {
    expect(parseBasemap(value)).toEqual(config);
    expect(formatBasemap(parseBasemap(value)!)).toBe(value);
  });

  it.each(['', 'google', 'tianditu:vec:', 'tianditu:xyz:abcdefg', 'style:javascript:alert(1)', 'pmtiles:ftp://x/y'])('refuses %s', (value) => {
    expect(parseBasemap(value)).toBeNull();
  });

  it('shifts plans only for GCJ-02 basemaps', () => {
    expect(datumOf(parseBasemap('style-gcj02:/a.json')!)).toBe('gcj02');
    expect(datumOf(parseBasemap('tianditu:vec:abcdefg')!)).toBe('wgs84');
  });
});

describe('createTiandituStyle', () => {
  const style = createTiandituStyle({ kind: 'tianditu', layer: 'img', key: 'k3y0001' });

  it('asks subdomains t0–t7 for Web Mercator WMTS tiles with the key, imagery under its annotation', () => {
    const base = style.sources['basemap-tianditu'] as { tiles: string[]; attribution: string };
    expect(base.tiles).toHaveLength(8);
    expect(base.tiles[0]).toBe('https://t0.tianditu.gov.cn/img_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=img&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=k3y0001');
    expect(base.tiles[7]).toContain('https://t7.tianditu.gov.cn/');
    expect((style.sources['basemap-tianditu-label'] as { tiles: string[] }).tiles[0]).toContain('/cia_w/wmts?');
    expect(style.layers.map((l) => l.id)).toEqual(['background', 'tianditu', 'tianditu-label']);
  });

  it('carries the attribution and review-number line 天地图 requires', () => {
    expect((style.sources['basemap-tianditu'] as { attribution: string }).attribution).toMatch(/天地图.*审图号/);
  });
});
