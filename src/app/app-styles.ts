import { css, unsafeCSS } from 'lit';
import { MAPLIBRE_CSS } from '../map/map-controller';

/** The app shell's layout: header, side panel and map; the panel becomes a bottom sheet on phones. */
export const appStyles = [unsafeCSS(MAPLIBRE_CSS), css`
  :host { display: grid; grid-template-columns: minmax(280px, 360px) 1fr; grid-template-rows: auto 1fr; height: 100%;
    font-family: 'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', system-ui, sans-serif; color: #222; }
  header { grid-column: 1 / -1; height: 50px; box-sizing: border-box; display: flex; align-items: center; gap: 12px; padding: 6px 12px; border-bottom: 1px solid #ddd; background: #fff; }
  h1 { font-size: 17px; margin: 0; white-space: nowrap; }
  pm-search { flex: 1; max-width: 420px; }
  .share { border: 1px solid #bbb; background: #fafafa; border-radius: 4px; padding: 3px 10px; cursor: pointer; font: inherit; color: inherit; text-decoration: none; font-size: 14px; }
  .share[data-action='embed'] { margin-left: auto; }
  .lang { border: 1px solid #bbb; background: #fafafa; border-radius: 4px; padding: 3px 10px; cursor: pointer; font: inherit; }
  .lang:focus-visible { outline: 2px solid #1f5fa8; outline-offset: 2px; }
  aside { overflow: auto; padding: 10px 12px; border-right: 1px solid #ddd; background: #fff; display: flex; flex-direction: column; gap: 14px; }
  #map { position: relative; min-height: 300px; }
  .status { color: #555; font-size: 13px; margin: 0; }
  .error { color: #a40000; font-size: 13px; margin: 0; }
  .notice { color: #6a4a00; background: #fff6dd; border: 1px solid #e6cf8a; border-radius: 4px; padding: 4px 8px; font-size: 13px; margin: 0; }
  @media (max-width: 700px) {
    :host { grid-template-columns: 1fr; grid-template-rows: auto 1fr 42%; }
    header { flex-wrap: wrap; height: auto; }
    pm-search { order: 3; flex-basis: 100%; max-width: none; }
    #map { min-height: 0; }
    aside { grid-row: 3; border-right: 0; border-top: 1px solid #ddd; border-radius: 12px 12px 0 0; box-shadow: 0 -2px 8px rgba(0,0,0,.12); }
  }
  @media (min-width: 2400px) {
    :host { grid-template-columns: minmax(420px, 520px) 1fr; font-size: 20px; }
    h1 { font-size: 26px; }
  }
`];
