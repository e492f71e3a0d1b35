// OpenLayers 10 in its plain form: one VectorLayer + VectorSource per file, read with the GeoJSON
// format, canvas styles with text labels (no decluttering, which would only add work).
import Map from 'ol/Map.js';
import View from 'ol/View.js';
import GeoJSON from 'ol/format/GeoJSON.js';
import VectorLayer from 'ol/layer/Vector.js';
import VectorSource from 'ol/source/Vector.js';
import { fromLonLat } from 'ol/proj.js';
import { Circle, Fill, Stroke, Style, Text } from 'ol/style.js';
import 'ol/ol.css';
import { CENTER, COLORS, PLAN, ZOOM_256, labelOf, loadBasemap, loadPlanLayers, markInteractive, markPainted, nextFrame } from '../shared.js';

const map = new Map({ target: 'map', view: new View({ center: fromLonLat(CENTER), zoom: ZOOM_256 }) });
const format = new GeoJSON({ featureProjection: 'EPSG:3857' });
const font = '12px "Noto Sans CJK SC", sans-serif';

/** Adds one feature collection as a vector layer. */
const addLayer = (data, style) => map.addLayer(new VectorLayer({ source: new VectorSource({ features: format.readFeatures(data) }), style }));

/** A text style with the feature's name, placed below points as in the maplibre pages. */
const text = (feature, offsetY) => new Text({ text: labelOf(feature.getProperties()), font, offsetY, fill: new Fill({ color: COLORS.text }), stroke: new Stroke({ color: '#fff', width: 2 }) });

const planArea = new Style({ fill: new Fill({ color: COLORS.planFill }), stroke: new Stroke({ color: COLORS.plan, width: 2 }) });
const planPoint = new Circle({ radius: 6, fill: new Fill({ color: COLORS.plan }) });
/** Plan features: areas filled, lines stroked, points as circles, each with its name. */
const planStyle = (feature) => {
  const isPoint = feature.getGeometry().getType().endsWith('Point');
  return new Style({ fill: planArea.getFill(), stroke: planArea.getStroke(), image: isPoint ? planPoint : undefined, text: text(feature, isPoint ? 16 : 0) });
};

/** The basemap: land, boundaries, and the province and prefecture names. */
async function addBasemap() {
  const { provinces, boundaries, labels } = await loadBasemap();
  addLayer(provinces, new Style({ fill: new Fill({ color: COLORS.land }) }));
  addLayer(boundaries, new Style({ stroke: new Stroke({ color: COLORS.boundary, width: 1 }) }));
  addLayer(labels, (feature) => new Style({ text: text(feature, 0) }));
}

/** Every plan layer; marks the first frame after they were added. */
async function addPlan() {
  for (const data of await loadPlanLayers(PLAN)) addLayer(data, planStyle);
  // OpenLayers renders in the next animation frame: after it the plan is on screen.
  await nextFrame();
  markPainted();
}

/** Interactive once every layer is added and OpenLayers reports its first complete render. */
Promise.all([addBasemap(), addPlan()]).then(() => new Promise((resolve) => {
  map.once('rendercomplete', resolve);
  map.render();
})).then(markInteractive);
