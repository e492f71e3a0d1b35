import { html, nothing, type TemplateResult } from 'lit';
import type { LoadedPlan, Locale } from '../domain/plan';
import { t } from '../domain/i18n';
import type { LayerQuestion } from '../ui/pm-layer-questions';
import type { ToolName } from '../ui/pm-tools';
import '../ui/pm-tools';
import { listQuestionTargets } from './question-targets';
import type { QueryController } from './query-controller';

function renderQuestionForm(queries: QueryController, plans: LoadedPlan[], locale: Locale): TemplateResult {
  const targets = listQuestionTargets(plans);
  return html`<pm-layer-questions .locale=${locale} .structures=${targets.structures} .layers=${targets.layers}
    @pm-question=${(e: CustomEvent<LayerQuestion>) => void queries.ask(e.detail)}></pm-layer-questions>`;
}

/**
 * The side panel's questions: the toolbar (measuring, click modes, radius, pictures), the layer
 * questions form and the current answer, all wired to the query controller. The form and the
 * answer table load their code when first shown.
 */
export function renderQuerySection(queries: QueryController, plans: LoadedPlan[], locale: Locale): TemplateResult {
  const outcome = queries.outcome;
  if (outcome) void import('../ui/pm-query-results');
  return html`
    ${queries.error ? html`<p class="error" role="alert">${queries.error}</p>` : nothing}
    <pm-tools .locale=${locale} .measureMode=${queries.measureMode} .isNearestMode=${queries.isNearestMode}
      .isRadiusMode=${queries.isRadiusMode} .radiusKm=${queries.radiusKm} .drawnMeasures=${queries.drawnMeasures}
      @pm-tool=${(e: CustomEvent<{ tool: ToolName }>) => queries.useTool(e.detail.tool)}
      @pm-radius-change=${(e: CustomEvent<{ km: number }>) => queries.setRadius(e.detail.km)}></pm-tools>
    <details class="questions" @toggle=${(e: Event) => queries.showQuestions((e.target as HTMLDetailsElement).open)}><summary>${t('layerQuestions', locale)}</summary>
      ${queries.areQuestionsShown ? renderQuestionForm(queries, plans, locale) : nothing}</details>
    ${outcome ? html`<pm-query-results .heading=${outcome.title} .note=${outcome.note}
      .columns=${outcome.columns} .rows=${outcome.rows} .locale=${locale}
      @pm-close=${() => queries.clear()} @pm-result-export=${(e: CustomEvent<{ format: 'csv' | 'geojson' }>) => void queries.download(e.detail.format)}
      @pm-result-copy=${(e: CustomEvent<{ text: string }>) => void navigator.clipboard?.writeText(e.detail.text).catch(() => undefined)}
      @pm-result-pick=${(e: CustomEvent<{ row: number }>) => queries.pickRow(e.detail.row)}></pm-query-results>` : nothing}`;
}
