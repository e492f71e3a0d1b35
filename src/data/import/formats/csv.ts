import Papa from 'papaparse';
import type { Feature } from 'geojson';
import type { RawLayer } from '../build-layer';
import type { DecodedText } from '../decode';
import { t, type ProblemList } from '../problems';
import { baseName } from './geojson';

/** Column names read as longitude, most specific first (compared without case and spaces). */
export const LON_COLUMNS: readonly string[] = ['lon', 'lng', 'long', 'longitude', '经度', '东经', 'x'];
/** Column names read as latitude, most specific first. */
export const LAT_COLUMNS: readonly string[] = ['lat', 'latitude', '纬度', '北纬', 'y'];

/** The longitude and latitude columns of a header, by the names above, or undefined. */
export function findCoordinateColumns(header: readonly string[]): { lon: string; lat: string } | undefined {
  const pick = (names: readonly string[]): string | undefined => {
    for (const name of names) {
      const found = header.find((h) => h.trim().toLowerCase().replace(/\s+/g, '') === name);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  const lon = pick(LON_COLUMNS);
  const lat = pick(LAT_COLUMNS);
  return lon !== undefined && lat !== undefined ? { lon, lat } : undefined;
}

/**
 * A point layer from CSV text with a header row: one feature per row with a numeric longitude and
 * latitude; the other columns become string properties (kept as written: "007" stays "007").
 */
export function csvLayer(file: string, decoded: DecodedText, problems: ProblemList): RawLayer | undefined {
  const parsed = Papa.parse<string[]>(decoded.text, { header: false, skipEmptyLines: 'greedy' });
  const [header = [], ...rows] = parsed.data;
  const columns = findCoordinateColumns(header);
  if (!columns) {
    problems.add('error', 'csv-columns', { file },
      t(`找不到经纬度列(表头:${header.join(', ')})。`, `No longitude/latitude columns (header: ${header.join(', ')}).`),
      t('把坐标列命名为 lon/lng/经度/x 与 lat/纬度/y。', 'Name the coordinate columns lon/lng/longitude/经度/x and lat/latitude/纬度/y.'));
    return undefined;
  }
  const lonColumn = header.indexOf(columns.lon);
  const latColumn = header.indexOf(columns.lat);
  const features = rows.map((row, index) => rowFeature(file, header, row, index, [lonColumn, latColumn], problems));
  return {
    name: baseName(file),
    features,
    details: { format: 'csv', file, encoding: decoded.encoding, columns },
    crsHints: {},
  };
}

/**
 * The feature of one data row (undefined, reported, when its coordinates are not numbers). Properties
 * are built with `Object.fromEntries`, so a `__proto__` column stays an ordinary key.
 */
function rowFeature(file: string, header: readonly string[], row: readonly string[], index: number,
  [lonColumn, latColumn]: [number, number], problems: ProblemList): Feature | undefined {
  const lonText = row[lonColumn] ?? '';
  const latText = row[latColumn] ?? '';
  const lon = parseCoordinate(lonText);
  const lat = parseCoordinate(latText);
  if (lon === undefined || lat === undefined) {
    problems.add('error', 'csv-row', { file, featureIndex: index, path: `row ${index + 2}` },
      t(`第 ${index + 2} 行的坐标不是数字("${lonText}", "${latText}"),未导入。`,
        `Row ${index + 2} has non-numeric coordinates ("${lonText}", "${latText}"); not imported.`),
      t('改正该行的坐标(十进制度数或米)。', 'Correct the row\'s coordinates (decimal degrees or metres).'));
    return undefined;
  }
  const properties = Object.fromEntries(header.flatMap((key, i) =>
    i === lonColumn || i === latColumn ? [] : [[key, row[i] ?? '']]));
  return { type: 'Feature', properties, geometry: { type: 'Point', coordinates: [lon, lat] } };
}

function parseCoordinate(text: string | undefined): number | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const value = Number(text.trim());
  return Number.isFinite(value) ? value : undefined;
}
