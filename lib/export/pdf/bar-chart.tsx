import { G, Line, Rect, Svg, Text, View } from "@react-pdf/renderer";
import { isPercentUnit, fraction, niceScale, PERCENT_SCALE } from "./chart-scale";
import { formatQuantity } from "./format";
import type { PdfBarChart } from "./prepare-report";
import { COLORS, CONTENT_WIDTH, styles } from "./styles";
import { fitLabel, SvgLabel } from "./svg-label";

const LABEL_WIDTH = 150;
const VALUE_WIDTH = 48;
const ROW_HEIGHT = 15;
const BAR_HEIGHT = 9;
const AXIS_HEIGHT = 14;
const LABEL_SIZE = 7;

/** Horizontal bars: category labels (framework names, classes) are long and read best on the left. */
export function BarChart({ chart }: { chart: PdfBarChart }) {
  const values = chart.bars.map((bar) => bar.value).filter(Number.isFinite);
  const percent = isPercentUnit(chart.unit) && values.every((value) => value >= 0 && value <= 100);
  const scale = percent ? PERCENT_SCALE : niceScale(Math.min(0, ...values), Math.max(0, ...values));
  const plotX = LABEL_WIDTH + 6;
  const plotWidth = CONTENT_WIDTH - plotX - VALUE_WIDTH;
  const plotHeight = chart.bars.length * ROW_HEIGHT;
  const xOf = (value: number) => plotX + fraction(scale, value) * plotWidth;
  const zeroX = xOf(0);
  return (
    <View style={styles.block} wrap={false}>
      <Text style={styles.blockTitle}>{chart.title}</Text>
      {chart.bars.length === 0 ? (
        <Text style={styles.note}>No data to chart.</Text>
      ) : (
        <Svg width={CONTENT_WIDTH} height={plotHeight + AXIS_HEIGHT}>
          {scale.ticks.map((tick) => (
            <Line key={`grid-${tick}`} x1={xOf(tick)} x2={xOf(tick)} y1={0} y2={plotHeight} stroke={COLORS.grid} strokeWidth={0.5} />
          ))}
          {scale.ticks.map((tick) => (
            <SvgLabel key={`tick-${tick}`} x={xOf(tick)} y={plotHeight + AXIS_HEIGHT - 4} anchor="middle" size={6.5} fill={COLORS.muted}>
              {formatQuantity(tick, chart.unit)}
            </SvgLabel>
          ))}
          {chart.bars.map((bar, index) => {
            const top = index * ROW_HEIGHT;
            const baseline = top + ROW_HEIGHT / 2 + 2.5;
            const value = Number.isFinite(bar.value) ? bar.value : 0;
            const end = xOf(value);
            return (
              <G key={`bar-${index}`}>
                <SvgLabel x={LABEL_WIDTH} y={baseline} anchor="end" size={LABEL_SIZE}>
                  {fitLabel(bar.label, LABEL_WIDTH, LABEL_SIZE)}
                </SvgLabel>
                <Rect x={Math.min(zeroX, end)} y={top + (ROW_HEIGHT - BAR_HEIGHT) / 2} width={Math.abs(end - zeroX)} height={BAR_HEIGHT} fill={COLORS.accent} />
                <SvgLabel x={Math.max(zeroX, end) + 3} y={baseline} size={LABEL_SIZE}>
                  {formatQuantity(bar.value, chart.unit)}
                </SvgLabel>
              </G>
            );
          })}
          <Line x1={zeroX} x2={zeroX} y1={0} y2={plotHeight} stroke={COLORS.muted} strokeWidth={0.75} />
        </Svg>
      )}
      {chart.totalBars > chart.bars.length && (
        <Text style={styles.note}>
          Showing the first {chart.bars.length} of {chart.totalBars} bars.
        </Text>
      )}
    </View>
  );
}
