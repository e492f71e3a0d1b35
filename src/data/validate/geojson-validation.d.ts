/**
 * Types for the parts of `geojson-validation` (CommonJS, no bundled types) that the validator uses.
 * Every check returns a boolean, or with `trace = true` the list of error strings (empty = valid).
 */
declare module 'geojson-validation' {
  type Check = {
    (value: unknown, trace: true): string[];
    (value: unknown, trace?: false): boolean;
  };
  export const valid: Check;
  export const isGeoJSONObject: Check;
  export const isGeometryObject: Check;
  export const isFeature: Check;
  export const isFeatureCollection: Check;
  export const isPosition: Check;
  export const isPoint: Check;
  export const isMultiPoint: Check;
  export const isLineString: Check;
  export const isMultiLineString: Check;
  export const isPolygon: Check;
  export const isMultiPolygon: Check;
  export const isGeometryCollection: Check;
  export const isBbox: Check;
}
