import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Chunk {
  readonly name: string;
  readonly bytes: number;
  readonly gzip: number;
}

export interface BundleSize {
  /** JavaScript the first screen loads: the entry and what index.html preloads. */
  readonly firstScreenJsGzip: number;
  readonly firstScreenCssGzip: number;
  readonly totalJsGzip: number;
  readonly largestChunk: Chunk | undefined;
  readonly chunks: readonly Chunk[];
}

/** Sizes of a built app in `dist`, gzipped at level 9 as a static host would serve them. */
export async function measureBundle(dist = 'dist'): Promise<BundleSize> {
  const html = await readFile(path.join(dist, 'index.html'), 'utf8');
  const initial = new Set(
    [...html.matchAll(/(?:src|href)="\.\/assets\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]),
  );
  const names = await readdir(path.join(dist, 'assets'));
  const chunks = await Promise.all(
    names.map(async (name): Promise<Chunk> => {
      const bytes = await readFile(path.join(dist, 'assets', name));
      return { name, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    }),
  );
  chunks.sort((a, b) => b.gzip - a.gzip);
  const sum = (list: Chunk[]) => list.reduce((n, c) => n + c.gzip, 0);
  const js = chunks.filter((c) => c.name.endsWith('.js'));
  const first = chunks.filter((c) => initial.has(c.name));
  return {
    firstScreenJsGzip: sum(first.filter((c) => c.name.endsWith('.js'))),
    firstScreenCssGzip: sum(first.filter((c) => c.name.endsWith('.css'))),
    totalJsGzip: sum(js),
    largestChunk: js[0],
    chunks,
  };
}
