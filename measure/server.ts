/**
 * A small static server for build/, as a static host would serve it: under a base path, with
 * `x` resolving to `x.html` or `x/index.html`, gzip when the client asks, long caching of hashed
 * assets, optional extra headers
 * (the CSP tests use it), and 404.html for missing pages. Loopback only.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import type {AddressInfo} from 'node:net';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

export interface ServeOptions {
  root: string;
  /** Path the site is mounted at, e.g. "/" or "/scaratlas/". */
  baseUrl?: string;
  headers?: Record<string, string>;
  gzip?: boolean;
}

export interface RunningServer {
  origin: string;
  /** origin + baseUrl, without the trailing slash. */
  url: (pathname?: string) => string;
  close: () => Promise<void>;
}

function resolveFile(root: string, pathname: string): string | undefined {
  const safe = path.normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const base = path.join(root, safe);
  if (!base.startsWith(root)) return undefined;
  const candidates = [base, `${base}.html`, path.join(base, 'index.html')];
  return candidates.find((file) => fs.existsSync(file) && fs.statSync(file).isFile());
}

export async function serve({root, baseUrl = '/', headers = {}, gzip = true}: ServeOptions): Promise<RunningServer> {
  // Compressed bodies by file: the every-page walk asks for the same bundles on every page, and
  // compressing them again each time cost about a second of CPU per page.
  const gzipped = new Map<string, Buffer>();
  const gzipOf = (file: string, body: Buffer): Buffer => {
    const key = `${file}:${fs.statSync(file).mtimeMs}:${body.length}`;
    let packed = gzipped.get(key);
    if (!packed) gzipped.set(key, (packed = zlib.gzipSync(body)));
    return packed;
  };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let file: string | undefined;
    let status = 200;
    if (url.pathname.startsWith(baseUrl) || `${url.pathname}/` === baseUrl) {
      file = resolveFile(root, url.pathname.slice(baseUrl.length - 1) || '/');
    }
    if (!file) {
      status = 404;
      file = path.join(root, '404.html');
      if (!fs.existsSync(file)) {
        res.writeHead(404, {'Content-Type': 'text/plain; charset=utf-8', ...headers});
        res.end('Not found');
        return;
      }
    }
    const body = fs.readFileSync(file);
    const type = types[path.extname(file)] ?? 'application/octet-stream';
    const compress = gzip && /gzip/.test(String(req.headers['accept-encoding'] ?? '')) && /text|json|xml|svg/.test(type);
    res.writeHead(status, {
      'Content-Type': type,
      // As deploy/nginx.conf: hashed assets never change; pages, the service worker and the search
      // index revalidate. (The every-page walk then loads the bundles once, as a reader's browser does.)
      'Cache-Control': /\/assets\//.test(url.pathname) ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...(compress ? {'Content-Encoding': 'gzip', Vary: 'Accept-Encoding'} : {}),
      ...headers,
    });
    res.end(compress ? gzipOf(file, body) : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (pathname = '') => `${origin}${baseUrl.replace(/\/$/, '')}${pathname}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
