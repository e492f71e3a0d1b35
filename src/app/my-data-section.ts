import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../domain/plan';
import { t } from '../domain/i18n';
import { IMPORT_LIMITS } from '../data/import/limits';
import { downloadText, withoutId } from './app-helpers';
import type { UserLayersController } from './user-layers-controller';

async function exportUserLayer(userLayers: UserLayersController, id: string, format: 'geojson' | 'package'): Promise<void> {
  const file = await userLayers.exportLayer(id, format);
  if (file) downloadText(file.data, file.name, format === 'geojson' ? 'application/geo+json' : 'application/zip');
}

/** Defines the section's components the first time it is open: the first screen does without them. */
function loadComponents(): void {
  void import('../ui/pm-import-panel');
  void import('../ui/pm-user-layers');
}

/** "My data": the import panel and the list of the user's layers, wired to their controller. */
export function renderMyDataSection(userLayers: UserLayersController, locale: Locale): TemplateResult {
  const isOpen = !!userLayers.records.length || !!userLayers.result;
  if (isOpen) loadComponents();
  return html`<details class="import" ?open=${isOpen} @toggle=${(e: Event) => (e.target as HTMLDetailsElement).open && loadComponents()}><summary>${t('myData', locale)}</summary>
    <pm-import-panel .locale=${locale} .limitBytes=${IMPORT_LIMITS.maxFileBytes} .progress=${userLayers.progress} .result=${userLayers.result}
      @pm-import-files=${(e: CustomEvent<{ files: File[] }>) => void userLayers.importFiles(e.detail.files)}
      @pm-import-crs=${(e: CustomEvent<{ candidate: number }>) => void userLayers.confirmCrs(e.detail.candidate)}
      @pm-import-fix=${(e: CustomEvent<{ layer: number; fixId: string }>) => void userLayers.applyFix(e.detail.layer, e.detail.fixId)}
      @pm-import-dismiss=${() => userLayers.dismiss()}></pm-import-panel>
    <pm-user-layers .layers=${userLayers.summaries} .locale=${locale}
      @pm-user-layer-change=${(e: CustomEvent<{ id: string; name?: string; color?: string; isVisible?: boolean }>) => void userLayers.change(e.detail.id, withoutId(e.detail))}
      @pm-user-layer-move=${(e: CustomEvent<{ id: string; delta: -1 | 1 }>) => void userLayers.move(e.detail.id, e.detail.delta)}
      @pm-user-layer-delete=${(e: CustomEvent<{ id: string }>) => void userLayers.remove(e.detail.id)}
      @pm-user-layer-export=${(e: CustomEvent<{ id: string; format: 'geojson' | 'package' }>) => void exportUserLayer(userLayers, e.detail.id, e.detail.format)}></pm-user-layers>
    ${userLayers.error ? html`<p class="error" role="alert">${userLayers.error}</p>` : nothing}
  </details>`;
}
