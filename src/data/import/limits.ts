/** The most an import accepts; each refusal names the limit it met. */
export interface ImportLimits {
  /** Bytes of one file, or of one entry unpacked from an archive. */
  maxFileBytes: number;
  /** Bytes unpacked from one archive, all entries together. */
  maxArchiveBytes: number;
  maxArchiveEntries: number;
  /** Positions in all layers of one import together. */
  maxVertices: number;
  /** Nesting of arrays and objects in a JSON file. */
  maxDepth: number;
  /** Problems of one rule in one file before the rest are summed up in one line. */
  maxProblemsPerRule: number;
}

/** The default limits: generous for a plan, small enough to keep a browser tab alive. */
export const IMPORT_LIMITS: Readonly<ImportLimits> = Object.freeze({
  maxFileBytes: 50 * 1024 * 1024,
  maxArchiveBytes: 200 * 1024 * 1024,
  maxArchiveEntries: 1000,
  maxVertices: 2_000_000,
  maxDepth: 64,
  maxProblemsPerRule: 50,
});

/** The limits in force: the defaults with the caller's overrides. */
export function resolveLimits(overrides: Partial<ImportLimits> = {}): ImportLimits {
  return { ...IMPORT_LIMITS, ...overrides };
}

/** A byte count for messages, e.g. `50 MB`. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round((bytes / 1024) * 10) / 10} KB`;
  return `${bytes} B`;
}

/**
 * The deepest nesting of `[` and `{` in a JSON text, outside strings, stopping as soon as it passes
 * `stopAbove`. A loop over characters, so a 100 000-deep array cannot overflow the stack before
 * `JSON.parse` is even tried.
 */
export function measureJsonDepth(text: string, stopAbove = Infinity): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > stopAbove) return deepest;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}
