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

export async function runLighthouse(
  url: string,
  chromiumPath: string,
  runs = 3,
): Promise<Record<'mobile' | 'desktop', LighthouseFigures>> {
  const port = 9300 + Math.floor(Math.random() * 500);
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`],
  });
  try {
    const results = {} as Record<'mobile' | 'desktop', LighthouseFigures>;
    for (const preset of ['mobile', 'desktop'] as const) {
      const samples: LighthouseFigures[] = [];
      for (let i = 0; i < runs; i++) {
        const flags: Flags = {
          port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices'],
        };
        const result = await lighthouse(
          url,
          flags,
          preset === 'desktop' ? desktopConfig : undefined,
        );
        const lhr = result?.lhr;
        if (!lhr) throw new Error('Lighthouse returned no report');
        const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
        samples.push({
          performance: lhr.categories.performance?.score ?? NaN,
          accessibility: lhr.categories.accessibility?.score ?? NaN,
          bestPractices: lhr.categories['best-practices']?.score ?? NaN,
          fcp: audit('first-contentful-paint'),
          lcp: audit('largest-contentful-paint'),
          tbt: audit('total-blocking-time'),
        });
      }
      const pick = (key: keyof LighthouseFigures) => median(samples.map((s) => s[key]));
      results[preset] = {
        performance: pick('performance'),
        accessibility: pick('accessibility'),
        bestPractices: pick('bestPractices'),
        fcp: Math.round(pick('fcp')),
        lcp: Math.round(pick('lcp')),
        tbt: Math.round(pick('tbt')),
      };
    }
    return results;
  } finally {
    await browser.close();
  }
}
