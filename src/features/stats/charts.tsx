import type { ReactNode } from 'react';
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
  readonly labels: readonly string[];
  readonly max?: number;
  /** A dashed reference line, e.g. the desired retention. */
  readonly line?: number;
  readonly label: string;
  readonly format?: (value: number) => string;
}

/** A small bar chart in SVG: no chart library for a handful of bars. */
export function Bars({ values, labels, max, line, label, format = String }: BarsProps) {
  const width = 600;
  const height = 160;
  const top = Math.max(max ?? 0, line ?? 0, ...values.map((v) => v ?? 0), 1);
  const step = width / Math.max(1, values.length);
  const y = (v: number) => height - (v / top) * (height - 16);
  return (
    <svg className="chart" viewBox={`0 0 ${width} ${height + 18}`} role="img" aria-label={label}>
      {values.map((v, i) =>
        v === null ? null : (
          <g key={i}>
            <rect
              className="chart-bar"
              x={i * step + step * 0.15}
              y={y(v)}
              width={step * 0.7}
              height={height - y(v)}
            >
              <title>{`${labels[i]}: ${format(v)}`}</title>
            </rect>
          </g>
        ),
      )}
      {line !== undefined && (
        <line className="chart-line" x1={0} x2={width} y1={y(line)} y2={y(line)} />
      )}
      <line className="chart-axis" x1={0} x2={width} y1={height} y2={height} />
      {labels.map((l, i) =>
        i % Math.ceil(labels.length / 8) === 0 ? (
          <text
            key={i}
            className="chart-label"
            x={i * step + step / 2}
            y={height + 14}
            textAnchor="middle"
          >
            {l}
          </text>
        ) : null,
      )}
    </svg>
  );
}
