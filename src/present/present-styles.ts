import { css, unsafeCSS } from 'lit';
import { MAPLIBRE_CSS } from '../map/map-controller';

/**
 * The presentation screen: the map above, a high-contrast caption band below. Every size is in
 * vh/vmin, so type keeps its share of the screen from 1080p to 4K and on 32:9 walls; the caption is
 * 4.2% of the viewport height, readable from about 4 m on a 2 m screen.
 */
export const presentStyles = [unsafeCSS(MAPLIBRE_CSS), css`
  :host { position: fixed; inset: 0; display: flex; flex-direction: column; background: #0d1117; color: #fff;
    font-family: 'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', system-ui, sans-serif; }
  .stage { position: relative; flex: 1; min-height: 0; overflow: hidden; background: #e4e8ec; }
  #map { position: absolute; left: 0; top: 0; width: 100%; height: 100%; transform-origin: 0 0; color: #222; }
  #map .maplibregl-ctrl-top-right { display: none; }
  .caption { padding: 2.2vh 4vmin 2.8vh; border-top: 0.6vh solid #c0392b; background: #0d1117; }
  .structure { margin: 0 0 1vh; font-size: 2.8vh; font-weight: 700; color: #ffd27a; }
  .structure .name { font-weight: 400; color: #d8dde3; margin-left: 1.2vh; }
  .text { margin: 0; max-width: 175vh; font-size: 4.2vh; line-height: 1.35; }
  .text:lang(en) { font-size: 3.8vh; }
  .badge { position: absolute; top: 2vh; margin: 0; padding: 0.5vh 1.4vh; border-radius: 0.6vh; font-size: 2.4vh;
    background: rgba(13, 17, 23, .78); color: #eef1f4; }
  .title { left: 2.5vmin; max-width: 60vw; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
  .indicator { right: 2.5vmin; font-variant-numeric: tabular-nums; }
  .typed { color: #ffd27a; margin-left: 1vh; }
  .help { top: 7.5vh; right: 2.5vmin; font-size: 2vh; }
  .message { margin: auto; max-width: 80vmin; padding: 4vh; font-size: 3.5vh; line-height: 1.4; text-align: center; }
`];
