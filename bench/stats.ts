/** Percentiles and rounding shared by every benchmark. */
import type { Summary } from './types.ts';

export const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};
export const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;
export const median = (values: readonly number[]) => round(percentile(values, 50), 1);
export const summary = (values: readonly number[]): Summary => ({
  p50: round(percentile(values, 50)),
  p95: round(percentile(values, 95)),
  max: round(Math.max(...values)),
});
