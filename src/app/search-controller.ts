import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Camera, LoadedPlan, Locale } from '../domain/plan';
import type { SearchItem } from '../ui/pm-search';
import { memoizeLast } from './memoize-last';
import { buildSearchEntries, type BasemapPlace, type Bounds, type SearchEntry } from './plan-lookup';

/** Where a search result takes the app. */
export interface SearchTargets {
  plans(): LoadedPlan[];
  locale(): Locale;
  selectFeature(key: string): void;
  fitBounds(bounds: Bounds): void;
  flyTo(camera: Camera): void;
  fail(message: string): void;
}

/**
 * Search as a Lit reactive controller: the entries of the loaded plans and, once the box is first
 * focused, the basemap's place names; a picked entry flies the map there.
 */
export class SearchController implements ReactiveController {
  private places: BasemapPlace[] = [];

  constructor(private readonly host: ReactiveControllerHost, private readonly dataUrl: string, private readonly targets: SearchTargets) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** What the search box lists. */
  get items(): SearchItem[] {
    return this.toItems(this.entries);
  }

  private readonly build = memoizeLast(buildSearchEntries);
  private readonly toItems = memoizeLast((entries: SearchEntry[]) => entries.map((e, id): SearchItem => ({ id, kind: e.kind, label: e.label, detail: e.detail })));

  /** Goes to the entry the user picked. */
  pick(id: number): void {
    const entry = this.entries[id];
    if (entry?.featureKey) this.targets.selectFeature(entry.featureKey);
    else if (entry?.bounds) this.targets.fitBounds(entry.bounds);
    else if (entry?.camera) this.targets.flyTo(entry.camera);
  }

  /** Loads the basemap's place names the first time they are needed. */
  async loadPlaces(): Promise<void> {
    if (this.places.length) return;
    try {
      const response = await fetch(new URL('basemap/labels.geojson', this.dataUrl));
      const labels = (await response.json()) as GeoJSON.FeatureCollection<GeoJSON.Point, { name: string; kind: string }>;
      this.places = labels.features.map((f) => ({ name: f.properties.name, kind: f.properties.kind, center: f.geometry.coordinates as [number, number] }));
      this.host.requestUpdate();
    } catch (error) {
      this.targets.fail((error as Error).message);
    }
  }

  private get entries(): SearchEntry[] {
    return this.build(this.targets.plans(), this.places, this.targets.locale());
  }
}
