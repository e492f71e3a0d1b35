// Leaflet 1.9 at its fastest for vector data: one canvas renderer (preferCanvas) and plain
// L.geoJSON layers; names as permanent tooltips, the usual Leaflet way to label features.
import * as L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { CENTER, COLORS, PLAN, ZOOM_256, labelOf, loadBasemap, loadPlanLayers, markInteractive, markPainted, nextFrame } from '../shared.js';

// zoomSnap 0: Leaflet would otherwise round the fractional zoom 7.3 to 7.
const map = L.map('map', { preferCanvas: true, zoomSnap: 0, center: [CENTER[1], CENTER[0]], zoom: ZOOM_256 });

/** A permanent label at the feature, below points (Leaflet draws tooltips as DOM, not on the canvas). */
const label = (feature, layer) => {
  const text = labelOf(feature.properties);
  const below = feature.geometry.type === 'Point' && layer.options.radius > 0;
  if (text) layer.bindTooltip(text, { permanent: true, direction: below ? 'bottom' : 'center', offset: below ? [0, 4] : [0, 0], className: 'peer-label' });
};

/** The basemap: land, boundaries, and the names as labels on invisible points. */
async function addBasemap() {
  const { provinces, boundaries, labels } = await loadBasemap();
  L.geoJSON(provinces, { style: { stroke: false, fillColor: COLORS.land, fillOpacity: 1 }, interactive: false }).addTo(map);
  L.geoJSON(boundaries, { style: { color: COLORS.boundary, weight: 1, opacity: 1 }, interactive: false }).addTo(map);
  L.geoJSON(labels, { pointToLayer: (_, at) => L.circleMarker(at, { radius: 0, stroke: false, fill: false }), onEachFeature: label }).addTo(map);
}

const areaStyle = { color: COLORS.plan, weight: 2, fillColor: COLORS.plan, fillOpacity: 0.15 };
const pointStyle = { stroke: false, fillColor: COLORS.plan, fillOpacity: 1 };

/** Every plan layer: areas filled, lines stroked, points as circles, each with its name. */
async function addPlan() {
  const layers = await loadPlanLayers(PLAN);
  for (const data of layers) {
    L.geoJSON(data, {
      // L.geoJSON applies `style` to the point markers too, so points get their own.
      style: (feature) => (feature.geometry.type === 'Point' ? pointStyle : areaStyle),
      pointToLayer: (_, at) => L.circleMarker(at, { radius: 6 }),
      onEachFeature: label,
    }).addTo(map);
  }
  // Leaflet's canvas redraws in the next animation frame: after it the plan is on screen.
  await nextFrame();
  markPainted();
}

Promise.all([addBasemap(), addPlan()]).then(nextFrame).then(markInteractive);
