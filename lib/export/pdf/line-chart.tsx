import { Circle, G, Line, Polyline, Svg, Text, View } from "@react-pdf/renderer";
import type { ReportLineChart } from "@/lib/analysis/report/types";
import { fraction, niceScale } from "./chart-scale";
import { formatQuantity } from "./format";
import { COLORS, CONTENT_WIDTH, styles } from "./styles";
import { fitLabel, SvgLabel } from "./svg-label";

const HEIGHT = 170;
const PLOT_LEFT = 44;
const PLOT_RIGHT = 36;
const PLOT_TOP = 8;
const PLOT_BOTTOM = 22;
const MAX_X_LABELS = 10;

/** Which points get an x label: every k-th so that at most MAX_X_LABELS print, never overlapping. */
export function labelledIndexes(count: number): Set<number> {
  const every = Math.max(1, Math.ceil(count / MAX_X_LABELS));
  const indexes = new Set<number>();
  for (let i = 0; i < count; i += every) indexes.add(i);
  return indexes;
}

/**
 * A trend over time. The y axis spans the data (not from zero) so a change of a few points is
 * visible; the tick labels say where it starts. Round steps divide 100, so values within 0-100
 * keep a percent axis within 0-100 too.
 */
export function LineChart({ chart }: { chart: ReportLineChart }) {
  const points = chart.points.filter((point) => Number.isFinite(point.y));
  const last = points[points.length - 1];
  if (last === undefined) {
    return (
      <View style={styles.block} wrap={false}>
        <Text style={styles.blockTitle}>{chart.title}</Text>
        <Text style={styles.note}>No data to chart.</Text>
      </View>
    );
  }
  const values = points.map((point) => point.y);
  const scale = niceScale(Math.min(...values), Math.max(...values));
  const plotWidth = CONTENT_WIDTH - PLOT_LEFT - PLOT_RIGHT;
  const plotHeight = HEIGHT - PLOT_TOP - PLOT_BOTTOM;
  const step = points.length > 1 ? plotWidth / (points.length - 1) : 0;
  const xOf = (index: number) => PLOT_LEFT + (points.length > 1 ? index * step : plotWidth / 2);
  const yOf = (value: number) => PLOT_TOP + (1 - fraction(scale, value)) * plotHeight;
  const labelled = labelledIndexes(points.length);
  const labelWidth = Math.max(step * Math.ceil(points.length / labelled.size), 30);
  return (
    <View style={styles.block} wrap={false}>
      <Text style={styles.blockTitle}>{chart.title}</Text>
      <Svg width={CONTENT_WIDTH} height={HEIGHT}>
        {scale.ticks.map((tick) => (
          <G key={`tick-${tick}`}>
            <Line x1={PLOT_LEFT} x2={PLOT_LEFT + plotWidth} y1={yOf(tick)} y2={yOf(tick)} stroke={COLORS.grid} strokeWidth={0.5} />
            <SvgLabel x={PLOT_LEFT - 5} y={yOf(tick) + 2.5} anchor="end" size={6.5} fill={COLORS.muted}>
              {formatQuantity(tick, chart.unit)}
            </SvgLabel>
          </G>
        ))}
        <Line x1={PLOT_LEFT} x2={PLOT_LEFT} y1={PLOT_TOP} y2={PLOT_TOP + plotHeight} stroke={COLORS.muted} strokeWidth={0.75} />
        <Line x1={PLOT_LEFT} x2={PLOT_LEFT + plotWidth} y1={PLOT_TOP + plotHeight} y2={PLOT_TOP + plotHeight} stroke={COLORS.muted} strokeWidth={0.75} />
        {points.map((point, index) =>
          labelled.has(index) ? (
            <SvgLabel key={`x-${index}`} x={xOf(index)} y={HEIGHT - 8} anchor="middle" size={6.5} fill={COLORS.muted}>
              {fitLabel(point.x, labelWidth, 6.5)}
            </SvgLabel>
          ) : null,
        )}
        <Polyline
          points={points.map((point, index) => `${xOf(index)},${yOf(point.y)}`).join(" ")}
          fill="none"
          stroke={COLORS.accent}
          strokeWidth={1.5}
          strokeLinejoin="round"
        />
        {points.map((point, index) => (
          <Circle key={`point-${index}`} cx={xOf(index)} cy={yOf(point.y)} r={2} fill={COLORS.accent} />
        ))}
        <SvgLabel x={xOf(points.length - 1) + 4} y={yOf(last.y) + 2.5} size={7} bold fill={COLORS.accent}>
          {formatQuantity(last.y, chart.unit)}
        </SvgLabel>
      </Svg>
    </View>
  );
}
