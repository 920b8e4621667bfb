// A Chromium of its own, on its own profile, that a test can kill as a crash would (SIGKILL to
// every process of it) and start again on the same profile.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.ts';

export interface Running {
  readonly process: ChildProcess;
  readonly browser: Browser;
  readonly page: Page;
}

/** Starts Chromium on a profile, with remote debugging on a port it picks, and connects. */
export async function launch(profile: string): Promise<Running> {
  await rm(join(profile, 'DevToolsActivePort'), { force: true });
  const child = spawn(
    CHROMIUM_PATH,
    [...CHROMIUM_ARGS, `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'],
    { detached: true, stdio: 'ignore' },
  );
  let port = '';
  for (let i = 0; i < 200 && !port; i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    port = (await readFile(join(profile, 'DevToolsActivePort'), 'utf8').catch(() => '')).split(
      '\n',
    )[0] as string;
  }
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const context = browser.contexts()[0] ?? (await browser.newContext());
  const page = context.pages()[0] ?? (await context.newPage());
  return { process: child, browser, page };
}

/** Kills every Chromium process at once, as a crash would: nothing gets to flush. */
export function crash(running: Running): Promise<void> {
  const exited = new Promise<void>((resolve) => running.process.once('exit', () => resolve()));
  process.kill(-(running.process.pid as number), 'SIGKILL');
  return exited;
}
