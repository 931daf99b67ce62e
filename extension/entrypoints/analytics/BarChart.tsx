// A horizontal bar chart drawn as plain SVG: a handful of bars needs no charting library (uPlot, 50 kB, is
// built for time series). The chart is an image with a name; the table it points at (aria-describedby) holds
// every number it shows, so nothing depends on seeing the bars.
export interface Bar {
  label: string;
  value: number;
  /** The value as the table writes it ("75%", "3 jobs"). */
  text: string;
}

const ROW = 28;
const LABEL_W = 150;
const WIDTH = 480;
const BAR_W = WIDTH - LABEL_W - 70;

export function BarChart(props: { name: string; bars: Bar[]; max?: number; tableId: string }) {
  const max = props.max ?? Math.max(1, ...props.bars.map((b) => b.value));
  const height = props.bars.length * ROW + 4;
  return (
    <svg
      className="chart"
      role="img"
      aria-label={props.name}
      aria-describedby={props.tableId}
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      style={{ maxWidth: WIDTH }}
    >
      {props.bars.map((bar, i) => {
        const y = i * ROW + 2;
        const w = Math.max(bar.value > 0 ? 2 : 0, (bar.value / max) * BAR_W);
        return (
          <g key={bar.label}>
            <text x={LABEL_W - 8} y={y + ROW / 2 + 4} textAnchor="end" className="chart-label">
              {bar.label}
            </text>
            <rect x={LABEL_W} y={y + 4} width={w} height={ROW - 10} rx={3} className="chart-bar" />
            <text x={LABEL_W + w + 6} y={y + ROW / 2 + 4} className="chart-value">
              {bar.text}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
