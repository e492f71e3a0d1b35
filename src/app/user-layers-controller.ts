import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FeatureCollection } from 'geojson';
import type { ImportResult, SourceCrs } from '../data/import';
import type { MapController } from '../map/map-controller';
import type { LoadedPlan } from '../domain/plan';
import type { UserLayerSummary } from '../ui/pm-user-layers';
import { ZONE_TINTS } from '../domain/symbology';
import { nextOrder, openUserLayerStore, planMove, type UserLayerRecord, type UserLayerStore } from './user-layer-store';
import { toUserPlan, USER_PLAN_ID } from './user-plan';

/** A file the user dropped, read into memory. */
interface ReadFile {
  name: string;
  bytes: Uint8Array;
}

/**
 * The user's own layers as a Lit reactive controller: imports files in a worker, shows the result
 * (problems, fixes, CRS to confirm), keeps the layers in IndexedDB so they come back after a reload,
 * draws them as the plan "my-layers", and renames, recolours, reorders, deletes and exports them.
 */
export class UserLayersController implements ReactiveController {
  records: UserLayerRecord[] = [];
  /** The user's layers as the plan the map draws, for finding features by key. */
  plan: LoadedPlan | null = null;
  result: ImportResult | null = null;
  progress: { phase: string; fraction: number } | null = null;
  error = '';
  private store?: UserLayerStore;
  private lastFiles: ReadFile[] = [];
  private lastIds: string[] = [];

  constructor(private readonly host: ReactiveControllerHost, private readonly map: () => MapController | undefined) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Opens the store and draws the layers kept from earlier visits. */
  async restore(): Promise<void> {
    try {
      this.store = await openUserLayerStore();
      this.records = await this.store.list();
      await this.redraw();
    } catch (error) {
      this.error = (error as Error).message;
      this.host.requestUpdate();
    }
  }

  /** The list the layer panel shows. */
  get summaries(): UserLayerSummary[] {
    return this.records.map((r) => ({ id: r.id, name: r.name, color: r.color, featureCount: r.collection.features.length, isVisible: r.isVisible }));
  }

  /** Imports dropped or chosen files; a set of Shapefile parts is read together. */
  async importFiles(files: File[], sourceCrs?: SourceCrs): Promise<void> {
    this.lastFiles = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
    await this.runImport(sourceCrs);
  }

  /** Imports the last files again in the zone the user confirmed, replacing the guessed layers. */
  async confirmCrs(candidate: number): Promise<void> {
    const zone = this.result?.crs.needsConfirmation?.candidates[candidate];
    if (!zone) return;
    for (const id of this.lastIds) await this.store?.remove(id);
    await this.runImport(zone);
  }

  /** Applies a one-click fix to an imported layer, in the store too. */
  async applyFix(layerIndex: number, fixId: string): Promise<void> {
    const layer = this.result?.layers[layerIndex];
    const id = this.lastIds[layerIndex];
    if (!layer || !id || !this.result) return;
    const { applyFix } = await import('../data/import/fixes/fixes');
    const fixed = applyFix(layer.collection, fixId as Parameters<typeof applyFix>[1]);
    this.result = { ...this.result, layers: this.result.layers.map((l, i) => (i === layerIndex ? { ...l, collection: fixed } : l)), fixes: this.result.fixes.filter((f) => !(f.layer === layer.name && f.id === fixId)) };
    await this.store?.patch(id, { collection: fixed });
    await this.reload();
  }

  /** Renames, recolours, shows or hides a layer. */
  async change(id: string, patch: Partial<Pick<UserLayerRecord, 'name' | 'color' | 'isVisible'>>): Promise<void> {
    await this.store?.patch(id, patch);
    await this.reload();
  }

  /** Moves a layer up or down the list (and the drawing order). */
  async move(id: string, delta: -1 | 1): Promise<void> {
    for (const change of planMove(this.records, id, delta)) await this.store?.patch(change.id, { order: change.order });
    await this.reload();
  }

  async remove(id: string): Promise<void> {
    await this.store?.remove(id);
    await this.reload();
  }

  /** The layer as a file: lossless GeoJSON, or a plan package zip. */
  async exportLayer(id: string, format: 'geojson' | 'package'): Promise<{ name: string; data: string | Uint8Array } | null> {
    const record = this.records.find((r) => r.id === id);
    if (!record) return null;
    const { toGeoJsonText, toPlanPackageZip } = await import('../data/import/export');
    if (format === 'geojson') return { name: `${record.name}.geojson`, data: toGeoJsonText(record.collection) };
    const plan = toUserPlan([record]);
    const file = `${record.id}.geojson`;
    const manifest = { ...plan.manifest, id: 'my-plan', structures: plan.manifest.structures.map((s) => ({ ...s, layers: s.layers.map((l) => ({ ...l, file })) })) };
    return { name: `${record.name}.zip`, data: toPlanPackageZip(manifest, new Map<string, FeatureCollection>([[file, plan.layers.get(record.id)!]])) };
  }

  dismiss(): void {
    this.result = null;
    this.host.requestUpdate();
  }

  private async runImport(sourceCrs?: SourceCrs): Promise<void> {
    this.progress = { phase: 'read', fraction: 0 };
    this.host.requestUpdate();
    const result = await this.parse(sourceCrs);
    this.progress = null;
    this.result = result;
    this.lastIds = [];
    let order = nextOrder(this.records);
    for (const layer of result.layers) {
      const id = `layer-${Date.now().toString(36)}-${this.lastIds.length}`;
      this.lastIds.push(id);
      const color = ZONE_TINTS[(this.records.length + this.lastIds.length) % ZONE_TINTS.length];
      await this.store?.put({ id, name: layer.name, color, order: order++, isVisible: true, collection: layer.collection, source: { file: layer.details.file, format: layer.details.format, importedAt: new Date().toISOString() } });
    }
    await this.reload();
  }

  private async parse(sourceCrs?: SourceCrs): Promise<ImportResult> {
    const onProgress = (p: { phase: string; fraction: number }) => { this.progress = { phase: p.phase, fraction: p.fraction }; this.host.requestUpdate(); };
    if (this.lastFiles.length === 1) {
      const { createImportWorker } = await import('../data/import/import-client');
      const worker = createImportWorker();
      try {
        return await worker.import(this.lastFiles[0].name, this.lastFiles[0].bytes, { sourceCrs }, onProgress);
      } finally {
        worker.terminate();
      }
    }
    const { importFiles } = await import('../data/import/import-file');
    return importFiles(this.lastFiles, { sourceCrs, onProgress });
  }

  private async reload(): Promise<void> {
    this.records = (await this.store?.list()) ?? this.records;
    await this.redraw();
  }

  private async redraw(): Promise<void> {
    const map = this.map();
    this.plan = this.records.length ? toUserPlan(this.records) : null;
    if (map) {
      await map.whenLoaded();
      map.removePlan(USER_PLAN_ID);
      if (this.plan) {
        await map.addPlan(this.plan);
        for (const r of this.records) map.setLayerVisible(USER_PLAN_ID, r.id, r.isVisible);
      }
    }
    this.host.requestUpdate();
  }
}
