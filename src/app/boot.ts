/**
 * Starts the app after the first frame has been painted, so that the static picture of the first
 * view shows at once instead of waiting for maplibre's code to be compiled.
 */
function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

await afterFirstPaint();
await import('./main');
export {};
