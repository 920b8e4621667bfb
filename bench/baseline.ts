/**
 * The app as it was built at another commit, for figures side by side with today's in one run
 * (the machine's load moves every time by ±20% between runs; alternating cancels it out).
 *   BENCH_BASELINE=<commit> npm run bench     (default: 5384aa7, the first wave's last commit)
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { preview, type PreviewServer } from 'vite';
import { REPO } from './config.ts';

/** The first wave's build: issue 21 compares today's start-up with it. */
export const FIRST_WAVE = '5384aa7';

const git = (...args: string[]) =>
  execFileSync('git', args, { cwd: REPO, encoding: 'utf8' }).trim();

/**
 * The commit's tree, built with its own Vite config, in a temporary folder kept between runs
 * (the build is the same every time). Its packages are this checkout's: the first wave's are a
 * subset of today's.
 */
export async function buildCommit(commit: string): Promise<string> {
  const sha = git('rev-parse', '--verify', `${commit}^{commit}`);
  const root = path.join(os.tmpdir(), `prepdeck-baseline-${sha.slice(0, 12)}`);
  const dist = path.join(root, 'dist');
  if (existsSync(path.join(dist, 'index.html'))) return root;
  await rm(root, { recursive: true, force: true });
  await mkdir(root, { recursive: true });
  const archive = path.join(root, 'tree.tar');
  git('archive', '--format=tar', '-o', archive, sha);
  execFileSync('tar', ['-xf', archive, '-C', root]);
  await symlink(path.join(REPO, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  return root;
}

/** `vite preview` of a built root with its own config (gzip on, as a static host serves it). */
export function servePreview(root: string, port: number): Promise<PreviewServer> {
  return preview({
    root,
    configFile: path.join(root, 'vite.config.ts'),
    preview: { port, strictPort: true, host: '127.0.0.1' },
    logLevel: 'silent',
  });
}
