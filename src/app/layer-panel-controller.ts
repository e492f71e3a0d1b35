import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LoadedPlan } from '../domain/plan';
import type { MapController } from '../map/map-controller';
import type { LayerOpacityDetail, LayerTargetDetail, LayerToggleDetail, PlanToggleDetail } from '../ui/pm-layer-list';
import { exportFeatures, withMember } from './app-helpers';
import { findLayerBounds, listLayersBesides } from './plan-lookup';
import { USER_PLAN_ID } from './user-plan';

/** What the layer panel's changes reach in the app. */
export interface LayerPanelTargets {
  controller(): MapController | undefined;
  /** The bundled plans loaded so far, in drawing order. */
  plans(): LoadedPlan[];
  /** Loads plans that were not loaded yet (a plan ticked for the first time). */
  loadPlans(ids: string[]): Promise<void>;
  /** Called after a plan was hidden, so a selection in it can be dropped. */
  planHidden(id: string): void;
  /** Whether one of the user's own layers is switched on (they have their own switches). */
  isUserLayerShown(layer: string): boolean;
  /** Records a change the user made in the URL (a new history entry). */
  pushUrl(): void;
}

/**
 * The layer panel as a Lit reactive controller: which plans and layers are hidden and how opaque
 * each layer is, kept on the map; a plan ticked for the first time is loaded and flown to; "show
 * only this structure" hides the rest; "zoom to" fits a layer; "export" downloads its features.
 */
export class LayerPanelController implements ReactiveController {
  hiddenPlans = new Set<string>();
  /** Hidden layers as `plan/layer`. */
  hiddenLayers = new Set<string>();
  /** Opacity (0–1) by `plan/layer`, for the layers the user changed. */
  opacities = new Map<string, number>();

  constructor(private readonly host: ReactiveControllerHost, private readonly targets: LayerPanelTargets) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Takes what a permalink hides; `apply` then puts it on the map. */
  restore(hiddenPlans: string[], hiddenLayers: string[]): void {
    this.hiddenPlans = new Set(hiddenPlans);
    this.hiddenLayers = new Set(hiddenLayers);
    this.host.requestUpdate();
  }

  /** Shows and hides every layer of the loaded plans on the map as the panel says. */
  apply(): void {
    const controller = this.targets.controller();
    for (const plan of this.targets.plans()) {
      const id = plan.manifest.id;
      for (const layer of plan.manifest.structures.flatMap((s) => s.layers)) {
        controller?.setLayerVisible(id, layer.id, this.isShown(id, layer.id));
      }
    }
  }

  /** Whether a layer is on the map: its plan and itself not hidden, or for the user's layers, switched on. */
  isShown(plan: string, layer: string): boolean {
    if (plan === USER_PLAN_ID) return this.targets.isUserLayerShown(layer);
    return !this.hiddenPlans.has(plan) && !this.hiddenLayers.has(`${plan}/${layer}`);
  }

  readonly onPlanToggle = async (e: CustomEvent<PlanToggleDetail>): Promise<void> => {
    const { plan: id, isVisible } = e.detail;
    this.hiddenPlans = withMember(this.hiddenPlans, id, !isVisible);
    this.host.requestUpdate();
    if (isVisible && !this.targets.plans().some((p) => p.manifest.id === id)) {
      await this.targets.loadPlans([id]);
      const plan = this.targets.plans().find((p) => p.manifest.id === id);
      if (plan) this.targets.controller()?.flyTo(plan.manifest.camera);
    }
    this.apply();
    if (!isVisible) this.targets.planHidden(id);
    this.targets.pushUrl();
  };

  readonly onLayerToggle = (e: CustomEvent<LayerToggleDetail>): void => {
    const { plan, layer, isVisible } = e.detail;
    this.hiddenLayers = withMember(this.hiddenLayers, `${plan}/${layer}`, !isVisible);
    this.host.requestUpdate();
    this.apply();
    this.targets.pushUrl();
  };

  readonly onLayerOpacity = (e: CustomEvent<LayerOpacityDetail>): void => {
    const { plan, layer, opacity } = e.detail;
    this.opacities = new Map(this.opacities).set(`${plan}/${layer}`, opacity);
    this.host.requestUpdate();
    this.targets.controller()?.setLayerOpacity(plan, layer, opacity);
  };

  readonly onLayerZoom = (e: CustomEvent<LayerTargetDetail>): void => {
    const bounds = findLayerBounds(this.targets.plans(), e.detail.plan, e.detail.layer ?? '');
    if (bounds) this.targets.controller()?.fitBounds(bounds);
  };

  readonly onLayerExport = (e: CustomEvent<LayerTargetDetail>): void => {
    const { plan, layer } = e.detail;
    exportFeatures(this.targets.plans().find((p) => p.manifest.id === plan)?.layers.get(layer ?? '')?.features ?? [], `${plan}-${layer}`);
  };

  readonly onStructureSolo = (e: CustomEvent<LayerTargetDetail>): void => {
    const hidden = listLayersBesides(this.targets.plans(), e.detail.plan, e.detail.structure ?? '');
    if (!hidden) return;
    this.hiddenLayers = hidden;
    this.host.requestUpdate();
    this.apply();
    this.targets.pushUrl();
  };
}
