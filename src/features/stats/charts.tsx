import type { CSSProperties, ReactNode } from 'react';
import './chart.css';

/** A chart's table equivalent, one click away, for screen readers and exact numbers. */
export function DataTable({
  caption,
  head,
  rows,
}: {
  caption: string;
  head: readonly string[];
  rows: readonly (readonly ReactNode[])[];
}) {
  return (
    <details className="chart-table">
      <summary>Show as a table</summary>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {head.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) =>
                j === 0 ? (
                  <th key={j} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={j}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

interface BarsProps {
  readonly values: readonly (number | null)[];
  /** One per bar: the x axis shows a few of them, every bar has its own as a tooltip. */
  readonly labels: readonly string[];
  readonly xTitle: string;
  readonly yTitle: string;
  readonly max?: number;
  /** A dashed reference line, e.g. the desired retention, labelled with its value. */
  readonly line?: number;
  /** The accessible name: what the chart shows, with its key numbers. */
  readonly label: string;
  readonly format?: (value: number) => string;
}

/** At most this many x-axis labels, so that they fit a 320 px phone. */
const X_LABELS = 5;
/** Past this many bars, a bar's own number shows only where there is room for it. */
const DENSE = 12;

const share = (v: number): CSSProperties => ({ '--share': v }) as CSSProperties;

/**
 * A bar chart in HTML and CSS rather than a scaled SVG, so that its text stays a legible size on
 * any screen: axis titles, the top and zero of the scale, a value over each bar.
 */
export function Bars({
  values,
  labels,
  xTitle,
  yTitle,
  max,
  line,
  label,
  format = String,
}: BarsProps) {
  const top = Math.max(max ?? 0, line ?? 0, ...values.map((v) => v ?? 0), 1);
  const every = Math.ceil(labels.length / X_LABELS);
  const columns = { '--bars': values.length } as CSSProperties;
  return (
    <div
      className={values.length > DENSE ? 'chart chart-dense' : 'chart'}
      role="img"
      aria-label={label}
    >
      <p className="chart-y-title">{yTitle}</p>
      <div className="chart-y-scale">
        <span>{format(top)}</span>
        <span>{format(0)}</span>
      </div>
      <div className="chart-plot">
        <ol className="chart-bars" style={columns}>
          {values.map((v, i) => (
            <li key={i} title={`${labels[i]}: ${v === null ? 'no data' : format(v)}`}>
              {v !== null && (
                <>
                  {v > 0 && <span className="chart-value">{format(v)}</span>}
                  <span className="chart-bar" style={share(v / top)} />
                </>
              )}
            </li>
          ))}
        </ol>
        {line !== undefined && (
          <div className="chart-line" style={share(line / top)}>
            <span className="chart-line-value">{format(line)}</span>
          </div>
        )}
      </div>
      <ol className="chart-x" style={columns}>
        {labels.map((l, i) =>
          i % every === 0 ? (
            <li key={i} style={{ gridColumn: `${i + 1} / span ${every}` }}>
              {l}
            </li>
          ) : null,
        )}
      </ol>
      <p className="chart-x-title">{xTitle}</p>
    </div>
  );
}

/** Horizontal bars with their names, for categories with long names (sections). */
export function NamedBars({
  rows,
  label,
  format,
}: {
  rows: readonly { readonly name: string; readonly value: number }[];
  label: string;
  format: (value: number) => string;
}) {
  return (
    <div className="chart-rows" role="img" aria-label={label}>
      {rows.map((r) => (
        <div key={r.name} className="chart-row">
          <span className="chart-row-name">{r.name}</span>
          <span className="chart-row-track">
            <span className="chart-row-bar" style={share(Math.min(1, r.value))} />
          </span>
          <span className="chart-row-value">{format(r.value)}</span>
        </div>
      ))}
    </div>
  );
}
