/** The shapes of the scale benchmark's results (what bench-results/bench.json holds). */

export interface Summary {
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
}

export interface ProfileEntry {
  /** Source file (mapped through the source map) or script URL, or a V8 category. */
  readonly where: string;
  /** Self time on the main thread, ms. */
  readonly selfMs: number;
}

export interface ProfileSummary {
  /** Sampled main-thread time, ms (idle excluded). */
  readonly busyMs: number;
  /**
   * Self time by source file, largest first. "(program)" is native work no script is charged
   * with (V8's runtime, compiling, Blink); a bare name is a browser API (`setItem`, `focus`) or
   * Playwright's own injected code (`innerAccumulatedElementText`: its polling for the link).
   */
  readonly byFile: readonly ProfileEntry[];
  /** Self time by function (`file:line  source line`), largest first. */
  readonly byFunction: readonly ProfileEntry[];
  /** From a separate run with a Chromium trace: renderer main-thread self time by trace event. */
  readonly byTraceEvent: readonly ProfileEntry[];
}

export interface ParseTimes {
  /** The 5,000-card deck, one run. */
  readonly ms: number;
  /** The first 1,000 and 2,000 cards, and all 5,000: how the time grows. */
  readonly scaling: readonly { readonly cards: number; readonly ms: number }[];
}

/** Start-up runs, each in a new page from navigation start, ms. */
export interface StartupSeries {
  /** To the "Study now" link visible, read in the page once Playwright saw it (as specified). */
  readonly runs: number[];
  readonly median: number;
  /** To the link in the DOM and laid out (a MutationObserver: no polling delay). */
  readonly inDomRuns: number[];
  readonly inDomMedian: number;
  /** Longest main-thread task before the link was in the DOM (median over the runs). */
  readonly longestTaskMedian: number;
}

export interface ScaleResults {
  readonly date: string;
  /** The figures are wall-clock times: a busy machine shows in them. */
  readonly machine: {
    readonly cpus: number;
    readonly loadAverageAtStart: number;
    readonly loadAverageAtEnd: number;
  };
  readonly deck: {
    readonly id: string;
    readonly cards: number;
    readonly sections: number;
    readonly markdownBytes: number;
    readonly answerChars: { readonly min: number; readonly mean: number; readonly max: number };
    /** parseDeck in Node, ms, on the whole deck and on its first cards. */
    readonly parse: ParseTimes;
  };
  readonly build: {
    readonly ms: number;
    readonly firstScreenJsGzip: number;
    readonly totalJsGzip: number;
    readonly largestChunk: { readonly name: string; readonly bytes: number; readonly gzip: number };
  };
  readonly history: {
    /** Days of history actually stored (365 unless a year does not fit in localStorage). */
    readonly days: number;
    readonly reviews: number;
    readonly cardsStudied: number;
    /** `savedProgress(progress)`: what the app saves. */
    readonly jsonChars: number;
    readonly jsonBytesUtf8: number;
    /** Review cards due on the day of the run, and learning cards. */
    readonly dueToday: number;
    /** Every attempt, the full year first: did localStorage.setItem take it? */
    readonly attempts: readonly {
      readonly days: number;
      readonly reviews: number;
      readonly jsonChars: number;
      readonly fits: boolean;
      readonly error?: string;
    }[];
    /** The largest ASCII value (in characters) this Chromium's localStorage took under the key. */
    readonly localStorageMaxChars: number;
    readonly simulationMs: number;
  };
  readonly startup: {
    /** A first visit with the history saved (fresh context, empty HTTP cache). */
    readonly firstVisit: StartupSeries;
    /** The same with nothing saved (same deck): what the history itself costs. */
    readonly emptyStorage: StartupSeries;
    /** With the history, a returning visitor: new pages in one context, the HTTP cache warm. */
    readonly warmCache: StartupSeries;
  };
  readonly studyLatency: {
    readonly cycles: number;
    /** Key press to the next question in the DOM and laid out. */
    readonly work: Summary;
    /** Key press to the next frame painted. */
    readonly painted: Summary;
  };
  readonly profiles: {
    readonly startup: ProfileSummary;
    /** Over PROFILED_GRADES reveal-and-grade cycles. */
    readonly grading: ProfileSummary & { readonly grades: number };
  };
}

export interface ScaleBenchOptions {
  readonly chromiumPath: string;
  readonly port: number;
  /** Progress messages (default: none). */
  readonly onProgress?: (message: string) => void;
}
