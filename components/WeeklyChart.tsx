import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface ChartPoint {
  /** Short label shown under the bar, e.g. "3 Nov". */
  label: string;
  value: number;
}

interface WeeklyChartProps {
  title: string;
  /** One sentence that says what the chart shows, for everyone and for screen readers. */
  summary: string;
  points: readonly ChartPoint[];
  valueLabel: string;
  periodLabel: string;
  /** "Show as a table" / "Afficher en tableau". */
  tableLabel: string;
}

/** A bar chart with its text alternative: a summary sentence, and the same numbers as a table on demand. */
export function WeeklyChart({
  title,
  summary,
  points,
  valueLabel,
  periodLabel,
  tableLabel,
}: WeeklyChartProps) {
  const headingId = useId();
  return (
    <figure className="chart" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <p className="chart-summary">{summary}</p>
      {/* The picture is for the eyes; the summary and the table carry the same numbers for everyone else. */}
      <div className="chart-area" aria-hidden="true" inert>
        <ResponsiveContainer width="100%" height={140}>
          <BarChart
            accessibilityLayer={false}
            data={[...points]}
            margin={{ top: 4, right: 4, bottom: 0, left: -24 }}
          >
            <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" vertical={false} />
            <XAxis
              dataKey="label"
              tick={{ fontSize: 11, fill: 'var(--muted)' }}
              interval="preserveStartEnd"
            />
            <YAxis allowDecimals={false} tick={{ fontSize: 11, fill: 'var(--muted)' }} />
            <Tooltip
              contentStyle={{
                background: 'var(--bg)',
                border: '1px solid var(--border)',
                color: 'var(--fg)',
              }}
              formatter={(value) => [String(value), valueLabel]}
            />
            <Bar dataKey="value" fill="var(--accent)" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <details>
        <summary>{tableLabel}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{periodLabel}</th>
              <th scope="col">{valueLabel}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((point) => (
              <tr key={point.label}>
                <td>{point.label}</td>
                <td>{point.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
