import { DOMParser, type Document } from '@xmldom/xmldom';
import { kml } from '@tmcw/togeojson';
import type { Feature, Geometry } from 'geojson';
import { isRecord } from '../../validate/guards';
import type { RawLayer } from '../build-layer';
import { decodeText } from '../decode';
import { describeError, t, type ProblemList } from '../problems';
import type { ImportFormat } from '../types';
import { baseName } from './geojson';

/** The encoding an XML declaration names (`<?xml version="1.0" encoding="GBK"?>`), if any. */
export function xmlDeclaredEncoding(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  return /^\uFEFF?\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1];
}

/**
 * The layer of a KML document (Google Earth, 奥维互动地图 exports): parsed with @xmldom/xmldom,
 * which runs in Node and in workers alike (workers have no DOMParser), converted with
 * @tmcw/togeojson. KML is WGS84 by definition.
 */
export function kmlLayer(file: string, bytes: Uint8Array, format: ImportFormat, problems: ProblemList): RawLayer | undefined {
  const { text, encoding } = decodeText(bytes, xmlDeclaredEncoding(bytes));
  try {
    const doc = new DOMParser({ onError: () => undefined }).parseFromString(text, 'text/xml');
    if (doc.getElementsByTagName('kml').length === 0 && doc.getElementsByTagName('Placemark').length === 0) {
      throw new Error('no <kml> element');
    }
    const collection = kml(doc);
    const name = documentName(doc);
    return {
      name: name !== undefined && name !== '' ? name : baseName(file),
      features: collection.features.map(flattenHtmlValues),
      details: { format, file, encoding },
      crsHints: { isWgs84ByFormat: true },
    };
  } catch (error) {
    problems.add('error', 'import-format', { file },
      t(`无法读取 KML:${describeError(error)}`, `Could not read the KML: ${describeError(error)}`),
      t('用 Google Earth 或奥维互动地图重新导出 KML/KMZ。', 'Export the KML/KMZ again from Google Earth or 奥维互动地图 (Ovital Map).'));
    return undefined;
  }
}

/** The `<name>` directly inside the first `<Document>` or `<Folder>`, if any. */
function documentName(doc: Document): string | undefined {
  const container = doc.getElementsByTagName('Document')[0] ?? doc.getElementsByTagName('Folder')[0];
  const children = container?.childNodes;
  for (let i = 0; children !== undefined && i < children.length; i++) {
    const child = children[i];
    if (child?.nodeName === 'name') return child.textContent?.trim();
  }
  return undefined;
}

/**
 * togeojson writes an HTML description as `{"@type": "html", "value": "…"}`; the feature card wants
 * text, so the value is kept as a string (unchanged; the HTML check flags it).
 */
function flattenHtmlValues(feature: Feature<Geometry | null>): Feature<Geometry | null> {
  const properties = feature.properties;
  if (!properties) return feature;
  const flat = Object.fromEntries(Object.entries(properties).map(([key, value]) =>
    [key, isRecord(value) && value['@type'] === 'html' && typeof value.value === 'string' ? value.value : value]));
  return { ...feature, properties: flat };
}
