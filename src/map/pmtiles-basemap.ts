import * as maplibregl from 'maplibre-gl';
import { Protocol } from 'pmtiles';
import { layers, namedFlavor } from '@protomaps/basemaps';
import type { StyleSpecification } from 'maplibre-gl';
import { LABEL_FONTS } from './basemap-style';

let isProtocolAdded = false;

/**
 * A style for a Protomaps basemap archive served by the site itself, read through the `pmtiles://`
 * protocol (HTTP range requests on one file; no tile server needed). Labels in Chinese, drawn
 * with local fonts.
 */
export function createPmtilesStyle(archiveUrl: string, flavor: 'light' | 'white' | 'grayscale'): StyleSpecification {
  if (!isProtocolAdded) {
    maplibregl.addProtocol('pmtiles', new Protocol().tile);
    isProtocolAdded = true;
  }
  const styleLayers = layers('protomaps', namedFlavor(flavor), { lang: 'zh' }).map((layer) =>
    layer.type === 'symbol' && layer.layout?.['text-font'] ? { ...layer, layout: { ...layer.layout, 'text-font': LABEL_FONTS } } : layer);
  return {
    version: 8,
    name: `Protomaps ${flavor}`,
    sources: { protomaps: { type: 'vector', url: `pmtiles://${archiveUrl}`, attribution: '© OpenStreetMap contributors · Protomaps' } },
    layers: styleLayers,
  };
}
