import { studyDayStart } from '../../srs/study-day.ts';
import type { UtcOffset } from '../../srs/types.ts';
import { DataTable } from './charts.tsx';
import { plural } from '../../lib/plural.ts';
import './heatmap.css';

const CELL = 12;
const dateLabel = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  month: 'short',
  day: 'numeric',
  year: 'numeric',
});
const monthLabel = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric' });

interface HeatmapProps {
  readonly counts: ReadonlyMap<number, number>;
  readonly today: number;
  readonly utcOffset: UtcOffset;
  readonly dayStartHour: number;
}

/** One cell a day for the last twelve months, darker for more reviews, weeks as columns. */
export function Heatmap({ counts, today, utcOffset, dayStartHour }: HeatmapProps) {
  const days = 53 * 7;
  const first = today - days + 1;
  const max = Math.max(1, ...[...counts].filter(([d]) => d >= first).map(([, n]) => n));
  const level = (n: number) => (n === 0 ? 0 : Math.min(4, Math.ceil((n / max) * 4)));
  const dateOf = (day: number) => studyDayStart(day, utcOffset, dayStartHour);
  const cells = Array.from({ length: days }, (_, i) => first + i);
  const active = cells.filter((d) => (counts.get(d) ?? 0) > 0);
  const total = active.reduce((n, d) => n + (counts.get(d) ?? 0), 0);
  const months = new Map<string, number>();
  for (const d of active) {
    const m = monthLabel.format(dateOf(d));
    months.set(m, (months.get(m) ?? 0) + (counts.get(d) ?? 0));
  }

  return (
    <>
      <svg
        className="heatmap"
        viewBox={`0 0 ${53 * CELL} ${7 * CELL}`}
        role="img"
        aria-label={`Reviews per day over the last 12 months: ${plural(total, 'review')} on ${plural(active.length, 'day')}`}
      >
        {cells.map((day, i) => {
          const n = counts.get(day) ?? 0;
          return (
            <rect
              key={day}
              className={`heatmap-${level(n)}`}
              x={Math.floor(i / 7) * CELL}
              y={(i % 7) * CELL}
              width={CELL - 2}
              height={CELL - 2}
              rx={2}
            >
              <title>{`${dateLabel.format(dateOf(day))}: ${plural(n, 'review')}`}</title>
            </rect>
          );
        })}
      </svg>
      <p className="heatmap-total">
        {total} {total === 1 ? 'review' : 'reviews'} on {active.length}{' '}
        {active.length === 1 ? 'day' : 'days'}
      </p>
      <DataTable
        caption="Reviews per month, last 12 months"
        head={['Month', 'Reviews']}
        rows={[...months].map(([m, n]) => [m, n])}
      />
    </>
  );
}
