import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { guardedStateStorage } from '../kernel/guarded-storage.ts';

export type MockScore = 'nailed' | 'partial' | 'missed';

/** Key points a typed answer covered, out of the answer's total (answer-first mode). */
export interface MockCoverage {
  readonly covered: number;
  readonly total: number;
}

/** A mock interview under way: enough to carry on after a reload where it was left. */
export interface MockRun {
  readonly keys: readonly string[];
  readonly seconds: number;
  readonly countAsReviews: boolean;
  readonly scores: readonly MockScore[];
  /** Milliseconds taken on each answered question, up to the reveal. */
  readonly times: readonly number[];
  /** Per answered question, its key points covered; null where no answer was typed. Older runs lack it. */
  readonly coverage?: readonly (MockCoverage | null)[];
  /** When the current question appeared, and when its answer was revealed. */
  readonly questionAt: number;
  readonly revealedAt: number | null;
  /** What is typed so far for the current question (answer first): kept across a reload. */
  readonly typed?: string;
}

/** A finished mock interview, as the history lists it. */
export interface MockResult {
  readonly at: number;
  readonly keys: readonly string[];
  readonly scores: readonly MockScore[];
  readonly times: readonly number[];
}

interface MockState {
  readonly run: MockRun | null;
  readonly history: readonly MockResult[];
  start(setup: Pick<MockRun, 'keys' | 'seconds' | 'countAsReviews'>, now: number): void;
  reveal(now: number): void;
  /** Keeps the current question's typed answer, key by key. */
  type(text: string): void;
  /** Scores the current question; the last one files the interview in the history. */
  score(score: MockScore, now: number, coverage?: MockCoverage | null): void;
  /** Leaves the finished (or abandoned) interview for a new one. */
  clear(): void;
}

export const MOCK_STORAGE_KEY = 'prepdeck:mock';
const HISTORY_LIMIT = 100;

const SCORES: readonly unknown[] = ['nailed', 'partial', 'missed'];
const isNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const isStrings = (x: unknown): x is string[] =>
  Array.isArray(x) && x.every((k) => typeof k === 'string');
const isScores = (x: unknown): x is MockScore[] =>
  Array.isArray(x) && x.every((s) => SCORES.includes(s));
const isNumbers = (x: unknown): x is number[] => Array.isArray(x) && x.every(isNumber);
const isCoverage = (x: unknown): boolean => {
  const c = x as Partial<Record<keyof MockCoverage, unknown>> | null;
  return c === null || (typeof c === 'object' && isNumber(c.covered) && isNumber(c.total));
};

function readRun(x: unknown): MockRun | null {
  const r = x as Partial<Record<keyof MockRun, unknown>> | null;
  if (!r || typeof r !== 'object') return null;
  const ok =
    isStrings(r.keys) &&
    isNumber(r.seconds) &&
    typeof r.countAsReviews === 'boolean' &&
    isScores(r.scores) &&
    isNumbers(r.times) &&
    r.scores.length <= r.keys.length &&
    isNumber(r.questionAt) &&
    (r.revealedAt === null || isNumber(r.revealedAt)) &&
    (r.typed === undefined || typeof r.typed === 'string') &&
    (r.coverage === undefined || (Array.isArray(r.coverage) && r.coverage.every(isCoverage)));
  return ok ? (r as MockRun) : null;
}

function readResult(x: unknown): MockResult | null {
  const r = x as Partial<Record<keyof MockResult, unknown>> | null;
  return r &&
    typeof r === 'object' &&
    isNumber(r.at) &&
    isStrings(r.keys) &&
    isScores(r.scores) &&
    isNumbers(r.times)
    ? (r as MockResult)
    : null;
}

/**
 * The mock interview in progress and the past ones, kept apart from the review progress (its
 * own key and version): an interview never touches the schedule unless asked to, and a bad
 * entry here costs only that entry.
 */
export const useMock = create<MockState>()(
  persist(
    (set, get) => ({
      run: null,
      history: [],
      start(setup, now) {
        set({ run: { ...setup, scores: [], times: [], questionAt: now, revealedAt: null } });
      },
      reveal(now) {
        const run = get().run;
        if (run && run.revealedAt === null) set({ run: { ...run, revealedAt: now } });
      },
      type(typed) {
        const run = get().run;
        if (run && run.revealedAt === null) set({ run: { ...run, typed } });
      },
      score(score, now, covered = null) {
        const run = get().run;
        if (!run || run.scores.length >= run.keys.length) return;
        const scores = [...run.scores, score];
        // Aligned with the scores, also for a run begun before coverage was recorded.
        const coverage = [...run.scores.map((_, i) => run.coverage?.[i] ?? null), covered];
        const times = [...run.times, Math.max(0, (run.revealedAt ?? now) - run.questionAt)];
        const next: MockRun = {
          ...run,
          scores,
          times,
          coverage,
          questionAt: now,
          revealedAt: null,
          typed: undefined,
        };
        const done = scores.length >= run.keys.length;
        set({
          run: next,
          history: done
            ? [...get().history, { at: now, keys: run.keys, scores, times }].slice(-HISTORY_LIMIT)
            : get().history,
        });
      },
      clear() {
        set({ run: null });
      },
    }),
    {
      name: MOCK_STORAGE_KEY,
      version: 1,
      // Written at each key typed: through the guarded path, so a full or blocked storage keeps
      // the interview in this tab instead of throwing into the page.
      storage: createJSONStorage(guardedStateStorage),
      partialize: ({ run, history }) => ({ run, history }),
      // Anything unreadable is dropped entry by entry; the rest is kept.
      merge: (saved, current) => {
        const s = (saved ?? {}) as { run?: unknown; history?: unknown };
        const history = Array.isArray(s.history)
          ? s.history.map(readResult).filter((r): r is MockResult => r !== null)
          : [];
        return { ...current, run: readRun(s.run), history };
      },
    },
  ),
);
