// Recharts styling read from the theme's CSS variables, so every chart follows the light/dark switch.

export const chartTooltipStyle = {
  background: "var(--card)",
  border: "1px solid var(--border)",
  borderRadius: 8,
  color: "var(--card-foreground)",
  fontSize: 12,
} as const;

export const chartAxisProps = {
  stroke: "var(--muted-foreground)",
  fontSize: 11,
  tickLine: false,
} as const;

export const chartGridProps = {
  stroke: "var(--border)",
  strokeDasharray: "3 3",
} as const;

export const chartLegendStyle = { fontSize: 12, color: "var(--muted-foreground)" } as const;

/** Series colours in order; all theme tokens that keep AA contrast on the card in both themes. */
export const seriesColors = ["var(--primary)", "var(--success)", "var(--warning)", "var(--destructive)", "var(--muted-foreground)"] as const;
