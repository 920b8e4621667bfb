import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, type Rollup } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { decksPlugin } from '../../build/vite-plugin-decks.ts';
import { parseDeck } from '../../src/deck/index.ts';

let root = '';

afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

async function buildWithDeck(markdown: string) {
  root = await mkdtemp(path.join(tmpdir(), 'prepdeck-plugin-'));
  await mkdir(path.join(root, 'content'));
  await writeFile(path.join(root, 'content', 'sample.md'), markdown);
  await writeFile(
    path.join(root, 'main.js'),
    "import deck from './content/sample.md';\nexport default deck;\n",
  );
  return build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [decksPlugin()],
    build: { write: false, lib: { entry: 'main.js', formats: ['es'], fileName: 'out' } },
  });
}

describe('decks Vite plugin', () => {
  it('turns a deck into a data module, so the browser does no parsing', async () => {
    const markdown = '# T\n\n## S\n\n### Q?\n\nA\n\n### `x` or **y**?\n\nB\n';
    const output = (await buildWithDeck(markdown)) as Rollup.RollupOutput[];
    const code = output
      .flatMap((o) => o.output)
      .map((chunk) => ('code' in chunk ? chunk.code : ''))
      .join('');
    expect(code).not.toContain('### Q?');
    // The module gives the deck as parsed, each card's plain question included.
    const built = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as {
      default: unknown;
    };
    const { deck } = parseDeck(markdown, 'content/sample.md');
    expect(built.default).toEqual(deck);
    expect(deck?.sections[0]?.cards.map((c) => c.questionText)).toEqual(['Q?', 'x or y?']);
  });

  it('fails the build with path:line:column for a broken deck', async () => {
    await expect(buildWithDeck('# T\n\n## S\n\n### First\n\n### Second\n\nA\n')).rejects.toThrow(
      'content/sample.md:5:1: Empty answer for "First"',
    );
  });

  it('fails the build at the line of a code fence that swallows the cards after it', async () => {
    await expect(
      buildWithDeck('# T\n\n## S\n\n### One\n\n```\nx\n\n### Two\n\nA\n'),
    ).rejects.toThrow('content/sample.md:7:1: Unclosed code fence');
  });
});
