import { describe, expect, it } from 'vitest';
import { listBasemapOptions } from './basemap-choice';

describe('listBasemapOptions', () => {
  it('offers the embedded basemap alone when nothing is configured', () => {
    expect(listBasemapOptions({}, null).map((o) => o.value)).toEqual(['embedded']);
  });

  it('offers 天地图 vector and imagery with a key, the configured style and archive, and the URL one', () => {
    const options = listBasemapOptions({ tiandituKey: 'key12345', styleUrl: '/style.json', pmtilesUrl: '/gz.pmtiles' }, 'style-gcj02:/amap.json');
    expect(options.map((o) => o.value)).toEqual(['embedded', 'tianditu:vec:key12345', 'tianditu:img:key12345', 'style:/style.json', 'pmtiles:/gz.pmtiles', 'style-gcj02:/amap.json']);
    expect(options[2].label.zh).toBe('天地图 影像');
  });

  it('drops values it cannot read', () => {
    expect(listBasemapOptions({ defaultBasemap: 'nonsense' }, 'also-nonsense').map((o) => o.value)).toEqual(['embedded']);
  });
});
