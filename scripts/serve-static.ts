/**
 * A tiny static host for the built app, as a CDN would serve it: files under a base path,
 * hashed assets immutable, `index.html` and the service worker never cached. Its folder can be
 * swapped while it runs (a redeploy, in tests) and it can go quiet (no network, in benches).
 *
 *   npx tsx scripts/serve-static.ts [dir=dist] [--base /prepdeck/] [--port 4180]
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** The Cache-Control a host should send for a built file (docs/deploy.md says the same). */
export function cacheControl(file: string): string {
  return /\/assets\//.test(file.replaceAll('\\', '/'))
    ? 'public, max-age=31536000, immutable'
    : 'no-cache';
}

export interface StaticServer {
  readonly url: string;
  /** Serves another folder from now on, as a redeploy would. */
  swap(root: string): void;
  close(): Promise<void>;
}

export async function serveStatic(options: {
  root: string;
  base?: string;
  port?: number;
}): Promise<StaticServer> {
  let root = path.resolve(options.root);
  const base = `/${(options.base ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (!pathname.startsWith(base)) {
      // Like a host with the app in a subfolder: the folder without its slash redirects.
      if (`${pathname}/` === base) {
        response.writeHead(301, { location: base }).end();
      } else response.writeHead(404).end('Not found');
      return;
    }
    let relative = pathname.slice(base.length) || 'index.html';
    if (relative.endsWith('/')) relative += 'index.html';
    const file = path.join(root, relative);
    if (!file.startsWith(root + path.sep)) {
      response.writeHead(403).end();
      return;
    }
    void stat(file).then(
      (info) => {
        if (!info.isFile()) throw new Error('not a file');
        response.writeHead(200, {
          'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
          'content-length': info.size,
          'cache-control': cacheControl(file),
        });
        if (request.method === 'HEAD') response.end();
        else createReadStream(file).pipe(response);
      },
      () => response.writeHead(404, { 'cache-control': 'no-cache' }).end('Not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    swap: (next) => {
      root = path.resolve(next);
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args.splice(i, 2)[1] : undefined;
  };
  const base = option('--base');
  const port = Number(option('--port') ?? 4180);
  const server = await serveStatic({ root: args[0] ?? 'dist', base, port });
  console.log(`Serving ${args[0] ?? 'dist'} at ${server.url}`);
}
