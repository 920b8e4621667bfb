/** Profiles: Chromium's sampling CPU profiler and traces, mapped back to sources. */
import type { Browser, Page } from 'playwright-core';
import { DECK_ID, PROFILED_GRADES } from './config.ts';
import { gradeCycle, latencyProbe, openStudy } from './latency.ts';
import { SourceMaps } from './source-maps.ts';
import { round } from './stats.ts';
import { newContext, store } from './storage-probes.ts';
import type { ProfileEntry, ProfileSummary, ScaleResults } from './types.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

const IDLE = new Set(['(idle)']);

async function summarizeProfile(
  profile: CpuProfile,
  maps: SourceMaps,
): Promise<Omit<ProfileSummary, 'byTraceEvent'>> {
  const self = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  // Each sample's time is the gap to the next one.
  for (let i = 0; i < samples.length; i++) {
    const node = samples[i] as number;
    self.set(node, (self.get(node) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  }
  const byFile = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let busy = 0;
  for (const node of profile.nodes) {
    const ms = self.get(node.id) ?? 0;
    if (ms === 0) continue;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    if (IDLE.has(functionName)) continue;
    busy += ms;
    let file: string;
    let fn: string;
    if (!url) {
      file = functionName || '(anonymous native)';
      fn = file;
    } else if (!functionName && lineNumber === 0 && columnNumber === 0) {
      // A module's top-level code (for a data chunk: building its object literals).
      file = `(top level of ${url.replace(/^https?:\/\/[^/]+\//, '')})`;
      fn = file;
    } else {
      const at = await maps.locate(url, lineNumber, columnNumber);
      file = at?.file ?? url.replace(/^https?:\/\/[^/]+\//, '');
      fn = at ? `${at.file}:${at.line}  ${at.text}` : `${file} ${functionName || '(anonymous)'}`;
    }
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([where, ms]) => ({ where, selfMs: round(ms, 1) }));
  return { busyMs: round(busy, 1), byFile: top(byFile, 12), byFunction: top(byFunction, 15) };
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

/** Self time of the renderer main thread by trace event name (nested events subtracted). */
function summarizeTrace(buffer: Buffer): ProfileEntry[] {
  const { traceEvents } = JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] };
  const main = new Set(
    traceEvents
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const threads = new Map<string, TraceEvent[]>();
  for (const e of traceEvents) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || e.dur === undefined || !main.has(thread)) continue;
    threads.set(thread, [...(threads.get(thread) ?? []), e]);
  }
  const self = new Map<string, number>();
  for (const events of threads.values()) {
    events.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    const stack: { end: number; name: string }[] = [];
    for (const e of events) {
      const dur = e.dur ?? 0;
      while (stack.length > 0 && (stack.at(-1)?.end ?? 0) <= e.ts) stack.pop();
      const parent = stack.at(-1);
      if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - dur);
      self.set(e.name, (self.get(e.name) ?? 0) + dur);
      stack.push({ end: e.ts + dur, name: e.name });
    }
  }
  return [...self]
    .map(([where, us]) => ({ where, selfMs: round(us / 1000, 1) }))
    .filter((e) => e.selfMs > 0)
    .sort((a, b) => b.selfMs - a.selfMs)
    .slice(0, 12);
}

async function traced(
  browser: Browser,
  page: Page,
  run: () => Promise<void>,
): Promise<ProfileEntry[]> {
  await browser.startTracing(page, { categories: ['devtools.timeline', 'toplevel', 'v8'] });
  let buffer: Buffer;
  try {
    await run();
  } finally {
    buffer = await browser.stopTracing();
  }
  return summarizeTrace(buffer);
}

async function profiled<T>(
  page: Page,
  run: () => Promise<T>,
): Promise<{ result: T; profile: CpuProfile }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    const result = await run();
    const { profile } = await cdp.send('Profiler.stop');
    return { result, profile: profile as CpuProfile };
  } finally {
    await cdp.detach();
  }
}

export async function profiles(
  browser: Browser,
  base: string,
  json: string,
  maps: SourceMaps,
): Promise<ScaleResults['profiles']> {
  const context = await newContext(browser);
  try {
    // Start-up, twice from a fresh document with the history stored: a CPU profile, then a trace.
    const page = await context.newPage();
    const startupOnce = async (tag: string) => {
      await page.goto(`${base}?profile=${tag}#/`, { waitUntil: 'commit' });
      await page.getByRole('link', { name: /^Study now/ }).waitFor({ state: 'visible' });
    };
    await store(page, base, json);
    const cpuStart = await profiled(page, () => startupOnce('cpu'));
    await store(page, base, json);
    const traceStart = await traced(browser, page, () => startupOnce('trace'));
    // Grading: the study screen loaded and one card graded first (answers and FSRS loaded),
    // then a CPU profile over some cycles, then a trace over as many more.
    await openStudy(page, base, json, 999, DECK_ID);
    await page.evaluate(latencyProbe);
    await gradeCycle(page, 0);
    const cycles = (from: number) => async () => {
      for (let i = from; i < from + PROFILED_GRADES; i++) await gradeCycle(page, i);
    };
    const cpuGrading = await profiled(page, cycles(1));
    const traceGrading = await traced(browser, page, cycles(1 + PROFILED_GRADES));
    return {
      startup: { ...(await summarizeProfile(cpuStart.profile, maps)), byTraceEvent: traceStart },
      grading: {
        ...(await summarizeProfile(cpuGrading.profile, maps)),
        byTraceEvent: traceGrading,
        grades: PROFILED_GRADES,
      },
    };
  } finally {
    await context.close();
  }
}
