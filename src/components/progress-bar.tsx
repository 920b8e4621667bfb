import type { Tally } from '../srs/insights.ts';
import './progress-bar.css';

/** Learned, learning and new as one stacked bar, with the numbers in its label. */
export function ProgressBar({ tally: t, label }: { tally: Tally; label: string }) {
  const pct = (n: number) => `${t.total ? (n / t.total) * 100 : 0}%`;
  return (
    <div
      className="progress-bar"
      role="img"
      aria-label={`${label}: ${t.learned} learned, ${t.learning} learning, ${t.new} new`}
    >
      <span className="progress-bar-learned" style={{ width: pct(t.learned) }} />
      <span className="progress-bar-learning" style={{ width: pct(t.learning) }} />
    </div>
  );
}

/** The bar's key: learned, learning and new, and how many are due today. */
export function ProgressLegend({ tally: t }: { tally: Tally }) {
  return (
    <p className="progress-bar-legend">
      <span className="progress-bar-dot progress-bar-dot-learned" /> {t.learned}
      {' learned '}
      <span className="progress-bar-dot progress-bar-dot-learning" /> {t.learning}
      {' learning '}
      <span className="progress-bar-dot progress-bar-dot-new" /> {t.new} new · {t.dueToday} due
      today
    </p>
  );
}
