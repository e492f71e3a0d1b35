import { parseDbf, parseShp } from 'shpjs';
import type { Feature, Geometry } from 'geojson';
import type { RawLayer } from '../build-layer';
import { decodeText, encodingFromCpg, isUtf8 } from '../decode';
import { describeError, t, type ProblemList } from '../problems';
import type { FileSet } from '../zip';
import { baseName } from './geojson';

/** The parts of one shapefile found in a file set. */
interface ShapefileParts {
  base: string;
  shp: Uint8Array;
  dbf?: Uint8Array;
  prj?: string;
  cpg?: string;
}

/** True when a file set holds a shapefile (.shp). */
export function hasShapefile(files: FileSet): boolean {
  return [...files.keys()].some((name) => /\.shp$/i.test(name));
}

/**
 * One layer per .shp in the set, with attributes from its .dbf and the .prj text kept as a CRS hint
 * (shpjs reads the geometry raw; `resolveCrs` converts it). Attribute encoding: the .cpg when it
 * names one, else UTF-8 when the .dbf is valid UTF-8, else GBK.
 */
export function shapefileLayers(files: FileSet, problems: ProblemList): RawLayer[] {
  return findParts(files).flatMap((parts) => {
    const layer = readShapefile(parts, problems);
    return layer ? [layer] : [];
  });
}

function findParts(files: FileSet): ShapefileParts[] {
  const byLowerName = new Map([...files].map(([name, data]) => [name.toLowerCase(), data]));
  const sidecar = (base: string, ext: string): Uint8Array | undefined => byLowerName.get(`${base}.${ext}`.toLowerCase());
  return [...files].filter(([name]) => /\.shp$/i.test(name)).map(([name, shp]) => {
    const base = name.slice(0, -4);
    const parts: ShapefileParts = { base, shp };
    const dbf = sidecar(base, 'dbf');
    const prj = sidecar(base, 'prj');
    const cpg = sidecar(base, 'cpg');
    if (dbf) parts.dbf = dbf;
    if (prj) parts.prj = decodeText(prj).text;
    if (cpg) parts.cpg = decodeText(cpg).text;
    return parts;
  });
}

function readShapefile(parts: ShapefileParts, problems: ProblemList): RawLayer | undefined {
  const file = `${parts.base}.shp`;
  try {
    const geometries = parseShp(parts.shp);
    const encoding = parts.dbf ? dbfEncoding(parts.dbf, parts.cpg) : undefined;
    const rows = parts.dbf ? parseDbf(parts.dbf, encoding) : [];
    const features = geometries.map((geometry, i): Feature<Geometry | null> => ({
      type: 'Feature', properties: { ...(rows[i] ?? {}) }, geometry,
    }));
    const layer: RawLayer = {
      name: baseName(parts.base),
      features,
      details: { format: 'shapefile', file, ...(encoding ? { encoding } : {}) },
      crsHints: parts.prj === undefined ? {} : { prj: parts.prj },
    };
    if (!parts.dbf) reportMissingDbf(file, problems);
    return layer;
  } catch (error) {
    problems.add('error', 'import-format', { file },
      t(`无法读取 Shapefile:${describeError(error)}`, `Could not read the shapefile: ${describeError(error)}`),
      t('把 .shp、.shx、.dbf、.prj(和 .cpg)一起压缩成 ZIP 再导入。', 'Zip the .shp, .shx, .dbf, .prj (and .cpg) together and import the ZIP.'));
    return undefined;
  }
}

function reportMissingDbf(file: string, problems: ProblemList): void {
  problems.add('warning', 'import-format', { file },
    t('缺少 .dbf:要素没有属性。', 'No .dbf: the features have no attributes.'),
    t('把同名的 .dbf 一起压缩进 ZIP。', 'Include the .dbf of the same name in the ZIP.'));
}

/**
 * The TextDecoder label for a .dbf's text: the .cpg's when it names a known encoding, else UTF-8
 * when the field names and records are valid UTF-8, else GBK.
 */
export function dbfEncoding(dbf: Uint8Array, cpg?: string): string {
  const declared = cpg === undefined ? undefined : encodingFromCpg(cpg);
  if (declared) return declared;
  return isUtf8(dbfTextBytes(dbf)) ? 'utf-8' : 'gbk';
}

/** The bytes of a .dbf that hold text: each field name, then the records. */
function dbfTextBytes(dbf: Uint8Array): Uint8Array {
  const view = new DataView(dbf.buffer, dbf.byteOffset, dbf.byteLength);
  const headerLength = dbf.length >= 12 ? view.getUint16(8, true) : dbf.length;
  const names: number[] = [];
  for (let offset = 32; offset + 11 <= headerLength && dbf[offset] !== 0x0d; offset += 32) {
    names.push(...dbf.subarray(offset, offset + 11));
  }
  const records = dbf.subarray(Math.min(headerLength, dbf.length));
  const out = new Uint8Array(names.length + 1 + records.length);
  out.set(names, 0);
  out[names.length] = 0x20;
  out.set(records, names.length + 1);
  return out;
}
