import http from 'node:http';

/** A response for one request, or null for 404. */
export type Route = (url: URL, req: http.IncomingMessage) => { status?: number; type?: string; body: Uint8Array | string } | null;

/** A local HTTP server for tests, with CORS and byte ranges (what PMTiles readers use). */
export async function startTileServer(route: Route): Promise<{ origin: string; requests: string[]; close(): Promise<void> }> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname + url.search);
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Allow-Headers', 'Range, If-Match');
    res.setHeader('Access-Control-Expose-Headers', 'Content-Range, Content-Length, ETag');
    if (req.method === 'OPTIONS') return void res.end();
    const answer = route(url, req);
    if (!answer) { res.statusCode = 404; return void res.end(); }
    const body = typeof answer.body === 'string' ? Buffer.from(answer.body) : Buffer.from(answer.body);
    res.setHeader('Content-Type', answer.type ?? 'application/octet-stream');
    const range = /bytes=(\d+)-(\d+)/.exec(req.headers.range ?? '');
    if (range && (answer.status ?? 200) === 200) {
      const [start, end] = [Number(range[1]), Math.min(Number(range[2]), body.length - 1)];
      res.statusCode = 206;
      res.setHeader('Content-Range', `bytes ${start}-${end}/${body.length}`);
      return void res.end(body.subarray(start, end + 1));
    }
    res.statusCode = answer.status ?? 200;
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as { port: number }).port;
  return { origin: `http://127.0.0.1:${port}`, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** A 1×1 PNG, enough for a raster tile. */
export const ONE_PIXEL_PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));
