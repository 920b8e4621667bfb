/** Browser measurements: grade → next card latency, by keyboard. */
import type { Browser, Page } from 'playwright-core';
import { CYCLES, DECK_ID, ROUND } from './config.ts';
import { newContext, store } from './storage-probes.ts';

/** Installs the latency probe of scripts/bench.ts: key `3` to the next question, laid out and painted. */
export function latencyProbe() {
  const w = window as unknown as { __pressAt: number; __latencies: number[]; __work: number[] };
  w.__latencies = [];
  w.__work = [];
  window.addEventListener(
    'keydown',
    (e) => e.key === '3' && (w.__pressAt = performance.now()),
    true,
  );
  let last = document.querySelector('#card-question')?.textContent;
  new MutationObserver(() => {
    const text = document.querySelector('#card-question')?.textContent;
    if (!text || text === last) return;
    last = text;
    void document.body.offsetHeight;
    w.__work.push(performance.now() - w.__pressAt);
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => w.__latencies.push(performance.now() - w.__pressAt);
      channel.port2.postMessage(0);
    });
  }).observe(document.body, { subtree: true, childList: true, characterData: true });
}

export async function openStudy(
  page: Page,
  base: string,
  json: string,
  round: number,
  deckId: string,
): Promise<void> {
  await store(page, base, json);
  // A fresh document, so the app loads the progress just stored.
  await page.goto(`${base}?round=${round}#/decks/${deckId}/study`);
  await page.locator('#card-question').waitFor();
}

export async function gradeCycle(page: Page, i: number): Promise<void> {
  await page.keyboard.press('Space');
  await page.getByRole('region', { name: 'Answer', exact: true }).waitFor();
  const before = await page.locator('#card-question').textContent();
  await page.keyboard.press('3');
  await page.waitForFunction(
    ([n, text]) =>
      (window as unknown as { __latencies: number[] }).__latencies.length >= (n as number) &&
      document.querySelector('#card-question')?.textContent !== text,
    [i + 1, before] as const,
    { timeout: 60_000 },
  );
}

/**
 * Reveal-and-grade cycles by keyboard on a deck's study screen, with `json` as the saved
 * progress: milliseconds from each `3` to the next question laid out, and to the next frame.
 */
export async function studyLatency(
  browser: Browser,
  base: string,
  json: string,
  deckId = DECK_ID,
): Promise<{ work: number[]; painted: number[] }> {
  const samples = { work: [] as number[], painted: [] as number[] };
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    for (let done = 0; done < CYCLES; done += ROUND) {
      await openStudy(page, base, json, done, deckId);
      await page.evaluate(latencyProbe);
      for (let i = 0; i < ROUND; i++) await gradeCycle(page, i);
      const round = await page.evaluate(() => {
        const w = window as unknown as { __latencies: number[]; __work: number[] };
        return { work: w.__work, painted: w.__latencies };
      });
      samples.work.push(...round.work);
      samples.painted.push(...round.painted);
    }
  } finally {
    await context.close();
  }
  return samples;
}
