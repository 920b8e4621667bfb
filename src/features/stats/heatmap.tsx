import { useEffect, useRef } from 'react';
import { studyDayStart } from '../../srs/study-day.ts';
import type { UtcOffset } from '../../srs/types.ts';
import { DataTable } from './charts.tsx';
import { useFirstFramePainted } from '../../hooks/use-first-frame-painted.ts';
import { plural } from '../../lib/plural.ts';
import './heatmap.css';

const CELL = 12;
/** Room for the weekday names on the left and the month names on top. */
const LEFT = 28;
const TOP = 14;
const WEEKS = 53;
const dateLabel = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  month: 'short',
  day: 'numeric',
  year: 'numeric',
});
const monthLabel = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric' });
const monthShort = new Intl.DateTimeFormat(undefined, { month: 'short' });
const weekdayShort = new Intl.DateTimeFormat(undefined, { weekday: 'short' });

interface HeatmapProps {
  readonly counts: ReadonlyMap<number, number>;
  readonly today: number;
  readonly utcOffset: UtcOffset;
  readonly dayStartHour: number;
}

/**
 * One cell a day for the last twelve months, darker for more reviews: a column per week
 * (Monday at the top), the months named above and Mon, Wed, Fri on the left. Drawn at a size
 * that can be read; on a narrow screen it scrolls sideways inside its box, showing the most
 * recent weeks first.
 */
export function Heatmap({ counts, today, utcOffset, dayStartHour }: HeatmapProps) {
  const dateOf = (day: number) => studyDayStart(day, utcOffset, dayStartHour);
  // Row of a day: Monday 0 … Sunday 6.
  const rowOf = (day: number) => (new Date(dateOf(day)).getDay() + 6) % 7;
  const first = today - rowOf(today) - (WEEKS - 1) * 7;
  const cells = Array.from({ length: today - first + 1 }, (_, i) => first + i);
  const max = Math.max(1, ...[...counts].filter(([d]) => d >= first).map(([, n]) => n));
  const level = (n: number) => (n === 0 ? 0 : Math.min(4, Math.ceil((n / max) * 4)));
  const active = cells.filter((d) => (counts.get(d) ?? 0) > 0);
  const total = active.reduce((n, d) => n + (counts.get(d) ?? 0), 0);
  const months = new Map<string, number>();
  for (const d of active) {
    const m = monthLabel.format(dateOf(d));
    months.set(m, (months.get(m) ?? 0) + (counts.get(d) ?? 0));
  }
  // A month is named above the first week that starts in it.
  const monthStarts = Array.from({ length: WEEKS }, (_, week) => first + week * 7).flatMap(
    (day, week) => {
      const date = new Date(dateOf(day));
      const previous = new Date(dateOf(day - 7));
      return week === 0 || date.getMonth() !== previous.getMonth()
        ? [{ week, name: monthShort.format(date) }]
        : [];
    },
  );
  const weekdays = [0, 2, 4].map((row) => ({
    row,
    name: weekdayShort.format(dateOf(first + row)),
  }));

  // A cell's tooltip is half the map's elements and a date formatted: added after the first
  // frame, which they held back (~9 ms of rendering in a trace; no pointer reaches one before).
  const tooltips = useFirstFramePainted();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (el) el.scrollLeft = el.scrollWidth;
  }, []);

  return (
    <>
      <div
        className="heatmap-box"
        ref={box}
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a keyboard must be able to scroll it where it is narrower than the map (axe: scrollable-region-focusable)
        tabIndex={0}
        role="region"
        aria-label="Reviews per day, by week"
      >
        <svg
          className="heatmap"
          viewBox={`0 0 ${LEFT + WEEKS * CELL} ${TOP + 7 * CELL}`}
          role="img"
          aria-label={`Reviews per day over the last 12 months: ${plural(total, 'review')} on ${plural(active.length, 'day')}`}
        >
          {monthStarts.map(({ week, name }) => (
            <text
              key={`m${week}`}
              className="heatmap-label"
              x={LEFT + week * CELL}
              y={TOP - 4}
              aria-hidden="true"
            >
              {name}
            </text>
          ))}
          {weekdays.map(({ row, name }) => (
            <text
              key={`d${row}`}
              className="heatmap-label"
              x={0}
              y={TOP + row * CELL + CELL - 3}
              aria-hidden="true"
            >
              {name}
            </text>
          ))}
          {cells.map((day, i) => {
            const n = counts.get(day) ?? 0;
            return (
              <rect
                key={day}
                className={`heatmap-${level(n)}`}
                x={LEFT + Math.floor(i / 7) * CELL}
                y={TOP + (i % 7) * CELL}
                width={CELL - 2}
                height={CELL - 2}
                rx={2}
              >
                {tooltips && (
                  <title>{`${dateLabel.format(dateOf(day))}: ${plural(n, 'review')}`}</title>
                )}
              </rect>
            );
          })}
        </svg>
      </div>
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
