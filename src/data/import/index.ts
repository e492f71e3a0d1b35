/**
 * Importing user files into PlanMap: GeoJSON, plan packages, KML/KMZ, zipped shapefiles and CSV,
 * with CRS detection and conversion to WGS84, validation, one-click fixes and export. Pure (no
 * DOM), so it runs in Node, in the browser and in `import.worker.ts`.
 */
export { importFile, importFiles, type ImportInput } from './import-file';
export { applyFix, findFixes, FIXES, CHINA_BOUNDS, isInChina } from './fixes/fixes';
export { IMPORT_LIMITS, measureJsonDepth, type ImportLimits } from './limits';
export { toGeoJsonText, toPlanPackageZip } from './export';
export { createImportWorker, connectImportWorker, type ImportWorker, type WorkerLike } from './import-client';
export { CANDIDATE_ZONES, describeZone, gaussKrugerProj4, epsgOfZone, zoneFromEpsg } from './crs/gauss-kruger';
export { guessFromBounds } from './crs/detect';
export { LON_COLUMNS, LAT_COLUMNS } from './formats/csv';
export type { CrsDescription, CrsReport, CrsSource, GaussKrugerZone, Proj4Crs, SourceCrs } from './crs/crs-types';
export type * from './types';
export type { ImportRequest, ImportResponse } from './worker-protocol';
