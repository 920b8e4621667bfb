/** Generated positions in the built app mapped back to source lines, through the hidden maps. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { SourceMapConsumer, type RawSourceMap } from 'source-map-js';
import { REPO } from './config.ts';

export class SourceMaps {
  private readonly maps = new Map<string, SourceMapConsumer | null>();
  constructor(private readonly dist: string) {}

  private async load(url: string): Promise<SourceMapConsumer | null> {
    const name = url.split('/').pop()?.split('?')[0] ?? '';
    if (!this.maps.has(name)) {
      try {
        const raw = await readFile(path.join(this.dist, 'assets', `${name}.map`), 'utf8');
        this.maps.set(name, new SourceMapConsumer(JSON.parse(raw) as RawSourceMap));
      } catch {
        this.maps.set(name, null);
      }
    }
    return this.maps.get(name) ?? null;
  }

  /** Where a generated position (0-based line and column) comes from, and that line's text. */
  async locate(url: string, line: number, column: number) {
    // Frames without a position (native, injected) come as -1.
    if (line < 0 || column < 0) return null;
    const consumer = await this.load(url);
    if (!consumer) return null;
    // GREATEST_LOWER_BOUND: the mapping at or before the column, as a profiler position needs.
    const at = consumer.originalPositionFor({
      line: line + 1,
      column,
      bias: SourceMapConsumer.GREATEST_LOWER_BOUND,
    });
    if (at.source === null || at.line === null) return null;
    const relative = path.relative(REPO, path.resolve(this.dist, 'assets', at.source));
    const file = (relative.startsWith('..') ? at.source : relative).replace(
      /^.*node_modules\//,
      'node_modules/',
    );
    const text = consumer.sourceContentFor(at.source, true)?.split('\n')[at.line - 1]?.trim() ?? '';
    return { file, line: at.line, text: text.slice(0, 90) };
  }
}
