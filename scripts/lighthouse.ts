/**
 * Lighthouse 12.2.3 (13 needs Node 22) on the built app, mobile and desktop presets, median
 * of several runs. Chromium is Debian's, started by playwright-core with a debugging port
 * that Lighthouse attaches to.
 */
import lighthouse, { type Flags } from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from './chromium.ts';

export interface LighthouseFigures {
  readonly performance: number;
  readonly accessibility: number;
  readonly bestPractices: number;
  /** Milliseconds. */
  readonly fcp: number;
  readonly lcp: number;
  readonly tbt: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

type Preset = 'mobile' | 'desktop';

/** One Lighthouse run of `url` through the Chromium listening on `port`. */
async function lighthouseOnce(
  url: string,
  port: number,
  preset: Preset,
): Promise<LighthouseFigures> {
  const flags: Flags = {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices'],
  };
  const result = await lighthouse(url, flags, preset === 'desktop' ? desktopConfig : undefined);
  const lhr = result?.lhr;
  if (!lhr) throw new Error('Lighthouse returned no report');
  const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  return {
    performance: lhr.categories.performance?.score ?? NaN,
    accessibility: lhr.categories.accessibility?.score ?? NaN,
    bestPractices: lhr.categories['best-practices']?.score ?? NaN,
    fcp: audit('first-contentful-paint'),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
  };
}

/** Each figure's median over the runs (times rounded to the millisecond). */
function medianFigures(samples: readonly LighthouseFigures[]): LighthouseFigures {
  const pick = (key: keyof LighthouseFigures) => median(samples.map((s) => s[key]));
  return {
    performance: pick('performance'),
    accessibility: pick('accessibility'),
    bestPractices: pick('bestPractices'),
    fcp: Math.round(pick('fcp')),
    lcp: Math.round(pick('lcp')),
    tbt: Math.round(pick('tbt')),
  };
}

/** Runs `work` with a Chromium that Lighthouse can attach to on the port it is given. */
async function withDebuggableChromium<T>(
  chromiumPath: string,
  work: (port: number) => Promise<T>,
): Promise<T> {
  const port = 9300 + Math.floor(Math.random() * 500);
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`],
  });
  try {
    return await work(port);
  } finally {
    await browser.close();
  }
}

export function runLighthouse(
  url: string,
  chromiumPath: string,
  runs = 3,
): Promise<Record<Preset, LighthouseFigures>> {
  return withDebuggableChromium(chromiumPath, async (port) => {
    const results = {} as Record<Preset, LighthouseFigures>;
    for (const preset of ['mobile', 'desktop'] as const) {
      const samples: LighthouseFigures[] = [];
      for (let i = 0; i < runs; i++) samples.push(await lighthouseOnce(url, port, preset));
      results[preset] = medianFigures(samples);
    }
    return results;
  });
}

/**
 * Lighthouse mobile on several builds side by side: one run of each in turn, `rounds` times,
 * so that the machine's load falls on all of them alike; the median of each build's runs.
 */
export function alternateLighthouse<Name extends string>(
  urls: Readonly<Record<Name, string>>,
  chromiumPath: string,
  rounds = 4,
): Promise<Record<Name, LighthouseFigures>> {
  return withDebuggableChromium(chromiumPath, async (port) => {
    const names = Object.keys(urls) as Name[];
    const samples = new Map<Name, LighthouseFigures[]>(names.map((name) => [name, []]));
    for (let round = 0; round < rounds; round++) {
      for (const name of names)
        samples.get(name)?.push(await lighthouseOnce(urls[name], port, 'mobile'));
    }
    return Object.fromEntries(
      names.map((name) => [name, medianFigures(samples.get(name) ?? [])]),
    ) as Record<Name, LighthouseFigures>;
  });
}
