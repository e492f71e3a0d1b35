import GeoJSONVT from 'geojson-vt';
import vtpbf from 'vt-pbf';
import { zxyToTileId } from 'pmtiles';
import type { FeatureCollection } from 'geojson';

/**
 * Writes a small PMTiles v3 archive (uncompressed directory, uncompressed MVT tiles) from GeoJSON
 * layers, for tests that need a real archive without any download. Follows the PMTiles v3 spec:
 * a 127-byte header, one root directory, the JSON metadata, then the tile data.
 */
export function writePmtiles(layers: Record<string, FeatureCollection>, maxZoom: number, bounds: [number, number, number, number]): Uint8Array {
  const indexes = Object.fromEntries(Object.entries(layers).map(([name, fc]) => [name, new GeoJSONVT(fc, { maxZoom, indexMaxZoom: maxZoom, buffer: 64 })]));
  const tiles: { id: number; data: Uint8Array }[] = [];
  for (let z = 0; z <= maxZoom; z++) {
    for (const [x, y] of tileRange(bounds, z)) {
      const present = Object.fromEntries(Object.entries(indexes).map(([name, index]) => [name, index.getTile(z, x, y)]).filter(([, t]) => t));
      if (Object.keys(present).length) tiles.push({ id: zxyToTileId(z, x, y), data: vtpbf.fromGeojsonVt(present, { version: 2 }) });
    }
  }
  tiles.sort((a, b) => a.id - b.id);
  let offset = 0;
  const entries = tiles.map((t) => ({ id: t.id, offset: (offset += t.data.length) - t.data.length, length: t.data.length }));
  const directory = serializeDirectory(entries);
  const metadata = new TextEncoder().encode(JSON.stringify({ vector_layers: Object.keys(layers).map((id) => ({ id, fields: {} })) }));
  const header = writeHeader({ directory: directory.length, metadata: metadata.length, data: offset, tiles: tiles.length, maxZoom, bounds });
  return concat([header, directory, metadata, ...tiles.map((t) => t.data)]);
}

function tileRange([w, s, e, n]: number[], z: number): [number, number][] {
  const x = (lon: number) => Math.floor(((lon + 180) / 360) * 2 ** z);
  const y = (lat: number) => Math.floor(((1 - Math.log(Math.tan((lat * Math.PI) / 180) + 1 / Math.cos((lat * Math.PI) / 180)) / Math.PI) / 2) * 2 ** z);
  const out: [number, number][] = [];
  for (let tx = x(w); tx <= x(e); tx++) for (let ty = y(n); ty <= y(s); ty++) out.push([tx, ty]);
  return out;
}

function serializeDirectory(entries: { id: number; offset: number; length: number }[]): Uint8Array {
  const bytes: number[] = [];
  const varint = (n: number) => {
    while (n >= 0x80) { bytes.push((n % 0x80) | 0x80); n = Math.floor(n / 0x80); }
    bytes.push(n);
  };
  varint(entries.length);
  entries.forEach((e, i) => varint(e.id - (i ? entries[i - 1].id : 0)));
  entries.forEach(() => varint(1));
  entries.forEach((e) => varint(e.length));
  entries.forEach((e, i) => varint(i && e.offset === entries[i - 1].offset + entries[i - 1].length ? 0 : e.offset + 1));
  return Uint8Array.from(bytes);
}

function writeHeader(p: { directory: number; metadata: number; data: number; tiles: number; maxZoom: number; bounds: number[] }): Uint8Array {
  const header = new Uint8Array(127);
  const view = new DataView(header.buffer);
  header.set(new TextEncoder().encode('PMTiles'), 0);
  header[7] = 3;
  const u64 = (at: number, n: number) => view.setBigUint64(at, BigInt(n), true);
  u64(8, 127); u64(16, p.directory);
  u64(24, 127 + p.directory); u64(32, p.metadata);
  u64(40, 127 + p.directory + p.metadata); u64(48, 0);
  u64(56, 127 + p.directory + p.metadata); u64(64, p.data);
  u64(72, p.tiles); u64(80, p.tiles); u64(88, p.tiles);
  header[96] = 1; header[97] = 1; header[98] = 1; header[99] = 1; header[100] = 0; header[101] = p.maxZoom;
  const e7 = (at: number, deg: number) => view.setInt32(at, Math.round(deg * 1e7), true);
  e7(102, p.bounds[0]); e7(106, p.bounds[1]); e7(110, p.bounds[2]); e7(114, p.bounds[3]);
  header[118] = Math.min(p.maxZoom, 6);
  e7(119, (p.bounds[0] + p.bounds[2]) / 2); e7(123, (p.bounds[1] + p.bounds[3]) / 2);
  return header;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}
