// Axis arithmetic shared by the vector charts: round tick steps (1, 2, 2.5, 5 × 10ⁿ) so a reader
// can interpolate between gridlines, and a colour ramp for the heat map.

export interface AxisScale {
  min: number;
  max: number;
  ticks: number[];
}

const STEPS = [1, 2, 2.5, 5, 10];

function niceStep(span: number, targetTicks: number): number {
  const raw = span / targetTicks;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const normalized = raw / magnitude;
  const factor = STEPS.find((step) => normalized <= step) ?? 10;
  return factor * magnitude;
}

/** A scale covering [low, high] with about `targetTicks` round steps; an empty span widens to one unit. */
export function niceScale(low: number, high: number, targetTicks = 5): AxisScale {
  let min = Math.min(low, high);
  let max = Math.max(low, high);
  if (max === min) {
    if (max === 0) max = 1;
    else if (max > 0) min = 0;
    else max = 0;
  }
  const step = niceStep(max - min, targetTicks);
  const niceMin = Math.floor(min / step) * step;
  const niceMax = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  const count = Math.round((niceMax - niceMin) / step);
  // toPrecision trims the binary noise of repeated addition (0.1 + 0.2).
  for (let i = 0; i <= count; i++) ticks.push(Number((niceMin + i * step).toPrecision(12)));
  return { min: ticks[0] ?? niceMin, max: ticks[ticks.length - 1] ?? niceMax, ticks };
}

/** The scale of a percent axis: always 0-100 in steps of 20, so charts compare across sections. */
export const PERCENT_SCALE: AxisScale = { min: 0, max: 100, ticks: [0, 20, 40, 60, 80, 100] };

export function isPercentUnit(unit: string | undefined): boolean {
  return unit === "%";
}

/** Position of `value` on a scale, 0 at `min` and 1 at `max`, clamped. */
export function fraction(scale: AxisScale, value: number): number {
  const t = (value - scale.min) / (scale.max - scale.min);
  return Math.min(1, Math.max(0, t));
}

type Rgb = [number, number, number];

// A sequential ramp from pale cream to deep red: more risks read as hotter, and it survives
// greyscale printing because lightness falls monotonically.
const RAMP: Rgb[] = [
  [255, 247, 236],
  [253, 212, 158],
  [252, 141, 89],
  [215, 48, 31],
  [127, 0, 0],
];

function hex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, "0")).join("")}`;
}

/** The ramp colour at t in [0, 1], linearly interpolated between its stops. */
export function rampColor(t: number): string {
  const clamped = Math.min(1, Math.max(0, t));
  const position = clamped * (RAMP.length - 1);
  const index = Math.min(RAMP.length - 2, Math.floor(position));
  const local = position - index;
  const from = RAMP[index] as Rgb;
  const to = RAMP[index + 1] as Rgb;
  return hex([0, 1, 2].map((c) => from[c]! + (to[c]! - from[c]!) * local) as Rgb);
}

/** Dark cells need white text; the switch sits where the ramp's lightness crosses the middle. */
export function rampTextColor(t: number): string {
  return t > 0.55 ? "#ffffff" : "#1f2937";
}
