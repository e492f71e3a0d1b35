import type { ImportProgress, ImportRequestOptions, ImportResult } from './types';

/** A request to the import worker. */
export interface ImportRequest {
  type: 'import';
  id: number;
  name: string;
  bytes: Uint8Array;
  options: ImportRequestOptions;
}

/** A message from the import worker: progress of request `id`, or its result. */
export type ImportResponse =
  | (ImportProgress & { id: number })
  | { type: 'result'; id: number; result: ImportResult };
