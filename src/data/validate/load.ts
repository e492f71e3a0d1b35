import { manifestLayers, MANIFEST_FILE } from './context';
import { missingManifestProblem, parseJson } from './parse';
import type { Problem } from './problem';

/** A plan package read into memory: what `validatePlan` needs, plus problems met while reading. */
export interface CollectedPlan {
  /** Undefined when manifest.json is missing or not JSON (see `readProblems`). */
  manifest: unknown;
  files: Map<string, unknown>;
  readProblems: Problem[];
}

/**
 * Reads a plan package through `readText` (file name relative to the plan folder → its text, or
 * undefined when absent): manifest.json, then every layer file it names. Pure; the CLI passes a
 * file-system reader, a browser import a reader over the files the user dropped. Missing layer
 * files are left out for the layer-files rule to report.
 */
export function collectPlan(readText: (file: string) => string | undefined): CollectedPlan {
  const plan: CollectedPlan = { manifest: undefined, files: new Map(), readProblems: [] };
  const text = readText(MANIFEST_FILE);
  if (text === undefined) {
    plan.readProblems.push(missingManifestProblem());
    return plan;
  }
  const parsed = parseJson(MANIFEST_FILE, text);
  if (!parsed.ok) {
    plan.readProblems.push(parsed.problem);
    return plan;
  }
  plan.manifest = parsed.value;
  for (const { file } of manifestLayers(parsed.value)) {
    if (file === undefined || plan.files.has(file) || file.includes('..') || file.includes('/') || file.includes('\\')) continue;
    const layerText = readText(file);
    if (layerText === undefined) continue;
    const layer = parseJson(file, layerText);
    if (layer.ok) plan.files.set(file, layer.value);
    else plan.readProblems.push(layer.problem);
  }
  return plan;
}
