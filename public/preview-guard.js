// Runs before the first paint: the static picture shows only the default view, so any other view
// named in the URL hides it.
if (/[?&](at|plans|selected|basemap)=/.test(location.search)) document.documentElement.classList.add('pm-no-preview');
