/**
 * Listens to both maps' events and writes each one into the log, as text: a host page never puts
 * what a map reports into HTML.
 */
const log = document.getElementById('log');

function record(event) {
  const item = document.createElement('li');
  item.dataset.type = event.type;
  item.dataset.source = event.target.id;
  item.textContent = `${event.target.id} ${event.type} ${JSON.stringify(event.detail)}`;
  log.append(item);
}

for (const map of document.querySelectorAll('plan-map')) {
  for (const type of ['plan-map-ready', 'plan-map-select', 'plan-map-view']) map.addEventListener(type, record);
}
