import { css, unsafeCSS } from 'lit';
import { MAPLIBRE_CSS } from '../map/map-controller';

/**
 * The `<plan-map>` box: the map filling it, a quiet loading line and, when a parameter is wrong,
 * a message in place of the map. Constructable stylesheets only, so a strict CSP allows them.
 */
export const planMapStyles = [unsafeCSS(MAPLIBRE_CSS), css`
  :host { display: block; position: relative; min-width: 160px; contain: content;
    font-family: 'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', system-ui, sans-serif; color: #222; }
  :host([hidden]) { display: none; }
  .frame { position: relative; width: 100%; height: 400px; min-height: 120px; background: #e4e8ec; overflow: hidden; }
  #map { position: absolute; inset: 0; }
  #map.is-hidden { visibility: hidden; }
  #map.is-static .maplibregl-ctrl-top-right { display: none; }
  #map.is-static .maplibregl-canvas { cursor: default; }
  .status { position: absolute; left: 8px; top: 8px; margin: 0; padding: 2px 8px; font-size: 13px; color: #444;
    background: rgba(255, 255, 255, .85); border-radius: 3px; }
  .problem { position: absolute; inset: 0; overflow: auto; padding: 16px 20px; background: #fbf7f2; border: 2px solid #a40000;
    box-sizing: border-box; font-size: 14px; line-height: 1.5; }
  .problem h2 { margin: 0 0 8px; font-size: 16px; color: #a40000; }
  .problem ul { margin: 0; padding-left: 20px; }
  .problem li { margin: 4px 0; overflow-wrap: anywhere; }
`];
