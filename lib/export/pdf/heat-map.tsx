import { G, Rect, Svg, Text, View } from "@react-pdf/renderer";
import type { ReportHeatMap } from "@/lib/analysis/report/types";
import { rampColor, rampTextColor } from "./chart-scale";
import { COLORS, styles } from "./styles";
import { SvgLabel } from "./svg-label";

const LEVELS = [1, 2, 3, 4, 5];
const CELL_WIDTH = 56;
const CELL_HEIGHT = 32;
const GRID_X = 44;
const GRID_Y = 4;
const GRID_WIDTH = 5 * CELL_WIDTH;
const GRID_HEIGHT = 5 * CELL_HEIGHT;
const LEGEND_X = GRID_X + GRID_WIDTH + 28;
const LEGEND_STEPS = 20;
const LEGEND_HEIGHT = GRID_HEIGHT - 20;
const WIDTH = LEGEND_X + 80;
const HEIGHT = GRID_Y + GRID_HEIGHT + 30;

function countAt(map: ReportHeatMap, likelihood: number, impact: number): number {
  const value = map.cells[likelihood - 1]?.[impact - 1] ?? 0;
  return Number.isFinite(value) ? value : 0;
}

/**
 * The 5×5 grid with likelihood rising upwards and impact to the right, as risk registers draw it;
 * each cell is shaded by how many items sit in it and prints the count.
 */
export function HeatMap({ map }: { map: ReportHeatMap }) {
  const counts = LEVELS.flatMap((likelihood) => LEVELS.map((impact) => countAt(map, likelihood, impact)));
  const max = Math.max(0, ...counts);
  const total = counts.reduce((sum, count) => sum + count, 0);
  const shade = (count: number) => (max === 0 ? 0 : count / max);
  return (
    <View style={styles.block} wrap={false}>
      <Text style={styles.blockTitle}>{map.title}</Text>
      <Svg width={WIDTH} height={HEIGHT}>
        {LEVELS.map((likelihood) =>
          LEVELS.map((impact) => {
            const count = countAt(map, likelihood, impact);
            const x = GRID_X + (impact - 1) * CELL_WIDTH;
            const y = GRID_Y + (5 - likelihood) * CELL_HEIGHT;
            return (
              <G key={`cell-${likelihood}-${impact}`}>
                <Rect x={x} y={y} width={CELL_WIDTH} height={CELL_HEIGHT} fill={rampColor(shade(count))} stroke="#ffffff" strokeWidth={1.5} />
                <SvgLabel x={x + CELL_WIDTH / 2} y={y + CELL_HEIGHT / 2 + 3.5} anchor="middle" size={10} bold fill={rampTextColor(shade(count))}>
                  {String(count)}
                </SvgLabel>
              </G>
            );
          }),
        )}
        {LEVELS.map((level) => (
          <G key={`axis-${level}`}>
            <SvgLabel x={GRID_X - 6} y={GRID_Y + (5 - level) * CELL_HEIGHT + CELL_HEIGHT / 2 + 2.5} anchor="end" fill={COLORS.muted}>
              {String(level)}
            </SvgLabel>
            <SvgLabel x={GRID_X + (level - 0.5) * CELL_WIDTH} y={GRID_Y + GRID_HEIGHT + 10} anchor="middle" fill={COLORS.muted}>
              {String(level)}
            </SvgLabel>
          </G>
        ))}
        <G transform={`rotate(-90 12 ${GRID_Y + GRID_HEIGHT / 2})`}>
          <SvgLabel x={12} y={GRID_Y + GRID_HEIGHT / 2} anchor="middle" size={7.5} bold>
            {map.yLabel}
          </SvgLabel>
        </G>
        <SvgLabel x={GRID_X + GRID_WIDTH / 2} y={GRID_Y + GRID_HEIGHT + 24} anchor="middle" size={7.5} bold>
          {map.xLabel}
        </SvgLabel>
        <SvgLabel x={LEGEND_X} y={GRID_Y + 6} size={6.5} fill={COLORS.muted}>
          Count per cell
        </SvgLabel>
        {Array.from({ length: LEGEND_STEPS }, (_, step) => (
          <Rect
            key={`legend-${step}`}
            x={LEGEND_X}
            y={GRID_Y + 12 + (LEGEND_STEPS - 1 - step) * (LEGEND_HEIGHT / LEGEND_STEPS)}
            width={12}
            height={LEGEND_HEIGHT / LEGEND_STEPS + 0.3}
            fill={rampColor(step / (LEGEND_STEPS - 1))}
          />
        ))}
        <SvgLabel x={LEGEND_X + 16} y={GRID_Y + 18} size={6.5}>
          {String(max)}
        </SvgLabel>
        <SvgLabel x={LEGEND_X + 16} y={GRID_Y + 12 + LEGEND_HEIGHT} size={6.5}>
          0
        </SvgLabel>
      </Svg>
      <Text style={styles.note}>
        {total} in total. Darker cells hold more; the darkest holds {max}.
      </Text>
    </View>
  );
}
