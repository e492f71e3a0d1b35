import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Camera, Locale } from '../domain/plan';
import { formatElementSnippet, formatEmbedPageUrl, formatIframeSnippet, type EmbedView } from './embed-links';
import { embedText } from './embed-strings';

declare global {
  interface HTMLElementTagNameMap {
    'pm-embed-dialog': PmEmbedDialog;
  }
  interface HTMLElementEventMap {
    'pm-close': CustomEvent<void>;
  }
}

type SnippetKind = 'element' | 'iframe';

/**
 * "Embed this map": the `<plan-map>` snippet with its script tag and the `<iframe>` snippet for the
 * current view, each with a copy button, and a live preview of the iframe. Properties in, `pm-close`
 * out; the host decides where and when it is shown.
 * @fires pm-close when the user closes the dialog (button or Escape)
 */
@customElement('pm-embed-dialog')
export class PmEmbedDialog extends LitElement {
  static override styles = css`
    :host { display: block; max-width: 760px; font-size: 14px; line-height: 1.5; color: #222; background: #fff;
      border: 1px solid #ccc; border-radius: 6px; box-shadow: 0 4px 20px rgba(0,0,0,.2); padding: 14px 18px; }
    header { display: flex; align-items: center; justify-content: space-between; }
    h2 { margin: 0; font-size: 17px; }
    h3 { margin: 12px 0 4px; font-size: 14px; }
    p { margin: 6px 0; color: #555; font-size: 13px; }
    textarea { box-sizing: border-box; width: 100%; min-height: 64px; font: 12px/1.4 ui-monospace, monospace; resize: vertical; }
    .row { display: flex; gap: 8px; align-items: center; }
    button { font: inherit; font-size: 13px; border: 1px solid #bbb; border-radius: 4px; background: #fafafa; padding: 3px 10px; cursor: pointer; }
    button.close { border: 0; background: none; font-size: 20px; line-height: 1; padding: 2px 6px; }
    button:focus-visible, textarea:focus-visible { outline: 2px solid #1f5fa8; outline-offset: 1px; }
    .status { color: #1b6e2a; font-size: 12px; }
    iframe { width: 100%; height: 280px; border: 1px solid #ddd; }
  `;

  /** The plan's id. */
  @property() plan = '';
  /** The plan's title, for the iframe's accessible name. */
  @property() planTitle = '';
  /** The ids of the layers shown, or null (or empty) when all of them are. */
  @property({ attribute: false }) layers: string[] | null = null;
  @property({ attribute: false }) camera: Camera | null = null;
  @property() locale: Locale = 'zh';
  /** The site's address, ending in `/`: where `embed.html` and `data/` live. */
  @property() siteUrl = new URL('./', document.baseURI).href;
  /** Where the embed build's `plan-map.js` is served; by default `embed/plan-map.js` on the site. */
  @property() scriptUrl = '';

  @state() private copied: SnippetKind | null = null;
  @state() private copyFailed: SnippetKind | null = null;

  private get view(): EmbedView {
    return { plan: this.plan, layers: this.layers, camera: this.camera, locale: this.locale };
  }

  private get snippets(): Record<SnippetKind, string> {
    const scriptUrl = this.scriptUrl || new URL('embed/plan-map.js', this.siteUrl).href;
    return {
      element: formatElementSnippet(this.view, scriptUrl),
      iframe: formatIframeSnippet(this.view, this.siteUrl, this.planTitle || this.plan),
    };
  }

  override render() {
    const locale = this.locale;
    const snippets = this.snippets;
    return html`<section role="dialog" aria-labelledby="embed-title" @keydown=${this.onKeyDown}>
      <header><h2 id="embed-title">${embedText('dialogTitle', locale)}</h2>
        <button class="close" aria-label=${embedText('close', locale)} @click=${this.close}>×</button></header>
      <p>${embedText('dialogIntro', locale)}</p>
      ${this.renderSnippet('element', embedText('elementSnippet', locale), snippets.element)}
      ${this.renderSnippet('iframe', embedText('iframeSnippet', locale), snippets.iframe)}
      <h3>${embedText('preview', locale)}</h3>
      <iframe src=${formatEmbedPageUrl(this.view, this.siteUrl)} title=${this.planTitle || this.plan} loading="lazy" referrerpolicy="no-referrer"></iframe>
    </section>`;
  }

  private renderSnippet(kind: SnippetKind, title: string, text: string) {
    const status = this.copied === kind ? embedText('copied', this.locale) : this.copyFailed === kind ? embedText('copyFailed', this.locale) : '';
    return html`<h3 id="title-${kind}">${title}</h3>
      <textarea readonly data-snippet=${kind} aria-labelledby="title-${kind}" .value=${text}></textarea>
      <div class="row"><button data-copy=${kind} @click=${() => this.copy(kind)}>${embedText('copy', this.locale)}</button>
        <span class="status" role="status">${status}</span></div>`;
  }

  private async copy(kind: SnippetKind): Promise<void> {
    this.copied = this.copyFailed = null;
    try {
      await navigator.clipboard.writeText(this.snippets[kind]);
      this.copied = kind;
    } catch {
      this.copyFailed = kind;
      this.renderRoot.querySelector<HTMLTextAreaElement>(`textarea[data-snippet=${kind}]`)?.select();
    }
  }

  /** Moves the keyboard focus into the dialog, so that Escape and Tab work at once. */
  override firstUpdated(): void {
    this.renderRoot.querySelector<HTMLButtonElement>('button.close')?.focus();
  }

  private onKeyDown(e: KeyboardEvent): void {
    if (e.key === 'Escape') this.close();
  }

  private close(): void {
    this.dispatchEvent(new CustomEvent('pm-close', { bubbles: true, composed: true }));
  }
}
