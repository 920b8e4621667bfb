/** The app, built on the generated deck in a temporary Vite root. */
import { mkdir, mkdtemp, readFile, readdir, realpath, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { DECK_ID, REPO } from './config.ts';

/** A Vite root holding only the big deck, with the app's sources and public files linked in. */
export async function prepareRoot(markdown: string): Promise<string> {
  const tmp = await realpath(await mkdtemp(path.join(os.tmpdir(), 'prepdeck-scale-')));
  await mkdir(path.join(tmp, 'content'));
  await writeFile(path.join(tmp, 'content', `${DECK_ID}.md`), markdown);
  await writeFile(path.join(tmp, 'index.html'), await readFile(path.join(REPO, 'index.html')));
  await symlink(path.join(REPO, 'src'), path.join(tmp, 'src'), 'dir');
  await symlink(path.join(REPO, 'public'), path.join(tmp, 'public'), 'dir');
  // Virtual modules (the service worker's registration) resolve their packages from the root.
  await symlink(path.join(REPO, 'node_modules'), path.join(tmp, 'node_modules'), 'dir');
  return tmp;
}

export async function buildApp(root: string, outDir: string): Promise<void> {
  await build({
    root,
    configFile: path.join(REPO, 'vite.config.ts'),
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      // Maps for the profiles only: 'hidden' adds no comment, the served scripts are unchanged.
      sourcemap: 'hidden',
      // The full big deck is one large chunk on purpose: no warning about it.
      chunkSizeWarningLimit: 100_000,
    },
  });
  // The build must hold the big deck and nothing else (the glob is root-relative).
  const assets = await readdir(path.join(outDir, 'assets'));
  const scripts = await Promise.all(
    assets
      .filter((name) => name.endsWith('.js'))
      .map((name) => readFile(path.join(outDir, 'assets', name), 'utf8')),
  );
  const all = scripts.join('\n');
  if (!all.includes('(variant 96)')) throw new Error('the build does not hold the big deck');
  if (all.includes('AWS Interview Questions & Answers')) {
    throw new Error("the build picked up the repository's content/ instead of the temporary one");
  }
}
