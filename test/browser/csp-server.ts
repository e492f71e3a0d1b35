import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

/** The policy a cautious government site sends: nothing inline, nothing evaluated, nothing foreign. */
export const STRICT_CSP = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "worker-src 'self' blob:", "img-src 'self' data: blob:",
  "connect-src 'self'", "object-src 'none'", "base-uri 'self'", 'frame-ancestors *',
].join('; ');

const ROOT = path.resolve(import.meta.dirname, '..', '..');

/** URL prefixes and the folders they serve: the site, the embed build and the example host pages. */
export const DEFAULT_MOUNTS: Record<string, string> = {
  '/dist-embed/': path.join(ROOT, 'dist-embed'),
  '/examples/': path.join(ROOT, 'examples'),
  '/': path.join(ROOT, 'dist'),
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.geojson': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml',
};

/** A static server that sends {@link STRICT_CSP} with every response. */
export interface CspServer {
  origin: string;
  close(): Promise<void>;
}

/** The file a request path maps to, or null outside the mounts. */
function resolveFile(pathname: string, mounts: Record<string, string>): string | null {
  const prefix = Object.keys(mounts).sort((a, b) => b.length - a.length).find((p) => pathname.startsWith(p));
  if (!prefix) return null;
  const dir = mounts[prefix];
  const rel = pathname.slice(prefix.length) || 'index.html';
  const file = path.resolve(dir, rel.endsWith('/') ? `${rel}index.html` : rel);
  return file.startsWith(dir + path.sep) ? file : null;
}

/** Serves `mounts` on a free port of 127.0.0.1 with the strict CSP header. */
export async function startCspServer(mounts: Record<string, string> = DEFAULT_MOUNTS): Promise<CspServer> {
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = resolveFile(pathname, mounts);
    res.setHeader('Content-Security-Policy', STRICT_CSP);
    if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/plain');
      res.end('not found');
      return;
    }
    res.setHeader('Content-Type', TYPES[path.extname(file)] ?? 'application/octet-stream');
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('CSP server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
