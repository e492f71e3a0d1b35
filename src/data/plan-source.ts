import type { LoadedPlan, LocalizedText, PlanFeatureCollection, PlanManifest } from '../domain/plan';
import { renameUnsafeKeys } from './safe-properties';

/** What the plan index says about one plan. */
export interface PlanSummary {
  id: string;
  title: LocalizedText;
}

/**
 * Where plan packages come from: the site's own `data/plans/`, a URL, or (later) a dropped file.
 * The app depends on this interface only.
 */
export interface PlanSource {
  listPlans(): Promise<PlanSummary[]>;
  loadPlan(id: string): Promise<LoadedPlan>;
}

/** A failure to load part of a plan package, naming the file. */
export class PlanLoadError extends Error {
  constructor(readonly file: string, detail: string) {
    super(`${file}: ${detail}`);
    this.name = 'PlanLoadError';
  }
}

/** Plan loads started by `startEarlyPlan` and not yet taken over, by data folder and plan id. */
const earlyLoads = new Map<string, Promise<LoadedPlan>>();

const earlyKey = (baseUrl: string, id: string): string => `${baseUrl}\n${id}`;

/**
 * Starts loading the plan `id` from the data folder `baseUrl` now; the first
 * `FetchPlanSource.loadPlan(id)` on the same folder then takes this load over instead of fetching
 * again. A page's entry calls it before importing maplibre, so the plan files arrive while the
 * library's code is evaluated. A failure is kept for that caller to report, never thrown here.
 *
 * @example
 * startEarlyPlan(new URL('data/', document.baseURI).href, 'zunyi-metropolitan');
 */
export function startEarlyPlan(baseUrl: string, id: string): Promise<LoadedPlan> {
  const loading = new FetchPlanSource(baseUrl).loadPlan(id);
  loading.catch(() => {});
  earlyLoads.set(earlyKey(baseUrl, id), loading);
  return loading;
}

/** Plan packages served as plain files under `baseUrl` (`plans/index.json`, `plans/<id>/…`). */
export class FetchPlanSource implements PlanSource {
  constructor(private readonly baseUrl: string, private readonly fetchFn: typeof fetch = (...a) => fetch(...a)) {}

  async listPlans(): Promise<PlanSummary[]> {
    const index = await this.fetchJson('plans/index.json');
    if (!isRecord(index) || !Array.isArray(index.plans)) throw new PlanLoadError('plans/index.json', 'has no "plans" list');
    return index.plans as PlanSummary[];
  }

  /** The plan `id`; a load `startEarlyPlan` began for this folder is taken over, once. */
  loadPlan(id: string): Promise<LoadedPlan> {
    const key = earlyKey(this.baseUrl, id);
    const early = earlyLoads.get(key);
    earlyLoads.delete(key);
    return early ?? this.fetchPlan(id);
  }

  private async fetchPlan(id: string): Promise<LoadedPlan> {
    if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) throw new PlanLoadError(`plans/${id}`, 'is not a valid plan id (lower-case letters, digits and hyphens)');
    const manifest = (await this.fetchJson(`plans/${id}/manifest.json`)) as PlanManifest;
    if (!isRecord(manifest) || !Array.isArray(manifest.structures)) throw new PlanLoadError(`plans/${id}/manifest.json`, 'has no "structures" list');
    const layers = new Map<string, PlanFeatureCollection>();
    const files = manifest.structures.flatMap((s) => s.layers);
    const loaded = await Promise.all(files.map((layer) => this.fetchJson(`plans/${id}/${layer.file}`)));
    files.forEach((layer, i) => layers.set(layer.id, toCollection(loaded[i], `plans/${id}/${layer.file}`)));
    return { manifest, layers };
  }

  private fetchJson(rel: string): Promise<unknown> {
    return fetchJsonFile(this.baseUrl, rel, this.fetchFn);
  }
}

/**
 * The JSON of the file `rel` under `baseUrl`, or a `PlanLoadError` naming the file: network
 * error, HTTP status, or not JSON.
 *
 * @example
 * await fetchJsonFile(dataUrl, 'plans/index.json');
 */
export async function fetchJsonFile(baseUrl: string, rel: string, fetchFn: typeof fetch = (...a) => fetch(...a)): Promise<unknown> {
  const url = new URL(rel, baseUrl).href;
  let response: Response;
  try {
    response = await fetchFn(url);
  } catch (error) {
    throw new PlanLoadError(rel, `network error (${(error as Error).message})`);
  }
  if (!response.ok) throw new PlanLoadError(rel, `HTTP ${response.status}`);
  try {
    return await response.json();
  } catch {
    throw new PlanLoadError(rel, 'is not valid JSON');
  }
}

/** Checks the outer shape of a layer file and renames keys that would break the map. */
function toCollection(data: unknown, file: string): PlanFeatureCollection {
  if (!isRecord(data) || data.type !== 'FeatureCollection' || !Array.isArray(data.features)) {
    throw new PlanLoadError(file, 'is not a GeoJSON FeatureCollection');
  }
  return renameUnsafeKeys(data) as PlanFeatureCollection;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
