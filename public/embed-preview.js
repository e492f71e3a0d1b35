// Runs while embed.html is parsed, long before the map's code has arrived: shows the picture of
// the view the embed will draw first (its plan with every layer, on the embedded basemap, at the
// plan's own camera or at the camera the URL names), chosen from the list embed-previews.js holds
// (written by `npm run data:preview`), as its smaller crop when the frame fits in that. Any other
// view gets no picture: a wrong one would be worse than none. embed-page.ts fades it out once the
// plan is drawn or a problem is shown.
(() => {
  const query = new URLSearchParams(location.search);
  const plan = query.get('plan');
  const isOwnView = !query.has('layers') && (query.get('basemap') ?? 'embedded') === 'embedded' && query.has('center') === query.has('zoom');
  const main = document.querySelector('main');
  if (!plan || !isOwnView || !main) return;
  const center = query.get('center')?.split(',').map(Number);
  const zoom = Number(query.get('zoom'));
  const same = (a, b) => Math.abs(a - b) < 1e-6;
  const matches = (entry) => entry.plan === plan && (center
    ? same(entry.zoom, zoom) && same(entry.center[0], center[0]) && same(entry.center[1], center[1])
    : entry.isPlanCamera === true);
  const list = self.planmapPreviews;
  const entry = Array.isArray(list) ? list.find(matches) : undefined;
  if (!entry) return;
  // A frame that the small crop covers gets it: the same view, fewer pixels to decode.
  const small = entry.small;
  const picture = small && window.innerWidth <= small.width && window.innerHeight <= small.height ? small : entry;
  const img = new Image(picture.width, picture.height);
  img.className = 'embed-preview';
  img.alt = '';
  img.setAttribute('aria-hidden', 'true');
  img.setAttribute('elementtiming', 'plan-preview');
  img.addEventListener('error', () => img.remove());
  img.src = `data/previews/${picture.file}`;
  main.append(img);
})();
