import proj4 from 'proj4';
import gcoord from 'gcoord';
import type { FeatureCollection, Position } from 'geojson';
import { isRecord, valueAt } from '../../validate/guards';
import { t } from '../problems';
import { boundsOf, mapPositions } from '../positions';
import type { CrsDescription, CrsReport, GaussKrugerZone, SourceCrs } from './crs-types';
import { guessFromBounds } from './detect';
import { describeZone, gaussKrugerProj4, zoneFromEpsg } from './gauss-kruger';

/** What is known about a layer's CRS before looking at its coordinates. */
export interface CrsHints {
  /** `options.sourceCrs`: the user's word, which wins. */
  option?: SourceCrs;
  /** The text of a shapefile's .prj. */
  prj?: string;
  /** The `crs` member of a GeoJSON file (GeoJSON 2008). */
  geojsonCrs?: unknown;
  /** The format fixes the CRS (KML is always WGS84). */
  isWgs84ByFormat?: boolean;
}

/** A layer in WGS84 and what was done to get it there, or why nothing was. */
export interface CrsOutcome {
  collection: FeatureCollection;
  report: CrsReport;
  /** Positions that did not convert (left as they were). */
  failedPositions: number;
}

type Converter = (position: Position) => Position;

interface Plan {
  detected: CrsDescription;
  convert?: { name: string; fn: Converter };
  needsConfirmation?: CrsReport['needsConfirmation'];
}

const WGS84_LABEL = t('WGS84 / CGCS2000 经纬度', 'WGS84 / CGCS2000 longitude/latitude');

/**
 * Brings a layer to WGS84 longitude/latitude: from the user's choice, else the .prj, else a GeoJSON
 * `crs` member, else a guess from coordinate magnitudes (applied, but flagged for confirmation).
 * Pure; proj4 and gcoord do the maths.
 */
export function resolveCrs(collection: FeatureCollection, hints: CrsHints): CrsOutcome {
  const plan = planConversion(collection, hints);
  const report: CrsReport = { detected: plan.detected, appliedTransform: plan.convert?.name ?? null };
  if (plan.needsConfirmation) report.needsConfirmation = plan.needsConfirmation;
  if (!plan.convert) return { collection, report, failedPositions: 0 };
  let failed = 0;
  const fn = plan.convert.fn;
  const converted = mapPositions(collection, (p) => {
    const out = fn(p);
    if (Number.isFinite(out[0]) && Number.isFinite(out[1])) return out;
    failed++;
    return p;
  });
  return { collection: converted, report, failedPositions: failed };
}

function planConversion(collection: FeatureCollection, hints: CrsHints): Plan {
  if (hints.option !== undefined) return planFromOption(hints.option);
  if (hints.isWgs84ByFormat) return { detected: { kind: 'geographic', label: WGS84_LABEL, source: 'format' } };
  const fromPrj = hints.prj === undefined ? undefined : planFromDefinition(hints.prj, 'prj');
  if (fromPrj) return fromPrj;
  const fromMember = planFromGeojsonCrs(hints.geojsonCrs);
  if (fromMember) return fromMember;
  return planFromMagnitudes(collection);
}

function planFromOption(option: SourceCrs): Plan {
  if (option === 'wgs84' || option === 'cgcs2000') return { detected: { kind: 'geographic', label: WGS84_LABEL, source: 'option' } };
  if (option === 'gcj02' || option === 'bd09') return planFromShift(option);
  if (option === 'web-mercator') return planFromDefinition('EPSG:3857', 'option') ?? unknownPlan('option');
  if (option.kind === 'gauss-kruger') return planFromZone(option, 'option');
  return planFromDefinition(option.definition, 'option') ?? unknownPlan('option');
}

function planFromShift(option: 'gcj02' | 'bd09'): Plan {
  const from = option === 'gcj02' ? gcoord.GCJ02 : gcoord.BD09;
  const label = option === 'gcj02' ? t('GCJ-02(火星坐标,高德/腾讯)', 'GCJ-02 (Amap, Tencent)') : t('BD-09(百度)', 'BD-09 (Baidu)');
  const fn: Converter = ([x = NaN, y = NaN, ...rest]) => [...gcoord.transform([x, y], from, gcoord.WGS84), ...rest];
  return { detected: { kind: option, label, source: 'option' }, convert: { name: `gcoord ${from}→WGS84`, fn } };
}

function planFromZone(zone: GaussKrugerZone, source: CrsDescription['source']): Plan {
  const definition = gaussKrugerProj4(zone);
  const project = proj4(definition, 'WGS84');
  const fn: Converter = ([a = NaN, b = NaN, ...rest]) => [...project.forward(zone.swapAxes ? [b, a] : [a, b]), ...rest];
  return { detected: { kind: 'gauss-kruger', label: describeZone(zone), source, zone }, convert: { name: definition, fn } };
}

function planFromDefinition(definition: string, source: CrsDescription['source']): Plan | undefined {
  let projection: proj4.Converter;
  try {
    projection = proj4(definition, 'WGS84');
  } catch {
    return undefined;
  }
  const name = wktName(definition) ?? definition;
  if (isGeographic(definition)) return { detected: { kind: 'geographic', label: t(name, name), source } };
  const fn: Converter = ([x = NaN, y = NaN, ...rest]) => [...projection.forward([x, y]), ...rest];
  return { detected: { kind: 'projected', label: t(name, name), source }, convert: { name: definition, fn } };
}

function isGeographic(definition: string): boolean {
  return /^\s*(GEOGCS|GEOGCRS)\s*\[|\+proj=(longlat|latlong)\b|^(EPSG:(4326|4490)|WGS84)$/i.test(definition.trim());
}

function wktName(definition: string): string | undefined {
  return /^\s*(?:PROJCS|GEOGCS|PROJCRS|GEOGCRS)\s*\[\s*"([^"]*)"/i.exec(definition)?.[1];
}

function planFromGeojsonCrs(member: unknown): Plan | undefined {
  const name = valueAt(valueAt(member, 'properties'), 'name');
  if (!isRecord(member) || typeof name !== 'string') return undefined;
  if (/CRS84$|EPSG:{1,2}(4326|4490)$/i.test(name)) return { detected: { kind: 'geographic', label: t(name, name), source: 'geojson-crs' } };
  const code = Number(/EPSG:{1,2}(\d+)$/i.exec(name)?.[1]);
  const zone = zoneFromEpsg(code);
  if (zone) return planFromZone(zone, 'geojson-crs');
  if (code === 3857 || code === 900913) return planFromDefinition('EPSG:3857', 'geojson-crs');
  return undefined;
}

function planFromMagnitudes(collection: FeatureCollection): Plan {
  const bounds = boundsOf(collection);
  const guess = bounds ? guessFromBounds(bounds) : { kind: 'geographic' as const };
  if (guess.kind === 'geographic') return { detected: { kind: 'geographic', label: WGS84_LABEL, source: 'coordinates' } };
  if (guess.kind === 'unknown') return unknownPlan('coordinates');
  const [first] = guess.candidates;
  if (!first) return unknownPlan('coordinates');
  const plan = planFromZone(first, 'coordinates');
  plan.needsConfirmation = {
    message: t(`坐标像是投影坐标(米),没有 .prj 说明;已按${describeZone(first).zh}换算,请确认或选择其他分带。`,
      `The coordinates look projected (metres) and no .prj says which projection; converted as ${describeZone(first).en}. Confirm, or choose another zone.`),
    candidates: guess.candidates,
  };
  return plan;
}

function unknownPlan(source: CrsDescription['source']): Plan {
  return { detected: { kind: 'unknown', label: t('无法识别的坐标系', 'Unrecognised coordinate system'), source } };
}
