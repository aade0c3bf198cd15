"use client";

import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { SLOW_RESPONSE_MS } from "@/lib/instances/health-thresholds";
import type { HealthCheckView } from "@/lib/instances/schemas";
import { formatDateTime, formatLatency, formatShort, healthLabel } from "./format";

interface Point {
  at: number;
  latencyMs: number | null;
  health: HealthCheckView["health"];
}

/**
 * Latency of the health checks over time, oldest on the left. Checks that got no answer have no
 * latency and leave a gap. Colours come from the theme, so it reads in light and dark.
 */
export function LatencyChart({ checks }: { checks: HealthCheckView[] }) {
  const points: Point[] = checks
    .map((c) => ({ at: new Date(c.checkedAt).getTime(), latencyMs: c.latencyMs, health: c.health }))
    .sort((a, b) => a.at - b.at);
  const timed = points.filter((p) => p.latencyMs !== null);
  const summary =
    timed.length > 0
      ? `Latency of ${timed.length} health checks, from ${formatLatency(Math.min(...timed.map((p) => p.latencyMs!)))} to ${formatLatency(Math.max(...timed.map((p) => p.latencyMs!)))}.`
      : "No health check has measured a latency yet.";

  return (
    <figure className="grid gap-2">
      <div className="h-56 w-full" role="img" aria-label={summary}>
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={points} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
            <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" vertical={false} />
            <XAxis
              dataKey="at"
              type="number"
              scale="time"
              domain={["dataMin", "dataMax"]}
              tickFormatter={(value: number) => formatShort(new Date(value).toISOString())}
              stroke="var(--muted-foreground)"
              fontSize={11}
              tickLine={false}
            />
            <YAxis
              dataKey="latencyMs"
              width={56}
              tickFormatter={(value: number) => formatLatency(value)}
              stroke="var(--muted-foreground)"
              fontSize={11}
              tickLine={false}
            />
            <ReferenceLine y={SLOW_RESPONSE_MS} stroke="var(--warning)" strokeDasharray="4 4" ifOverflow="extendDomain" />
            <Tooltip
              contentStyle={{ background: "var(--card)", border: "1px solid var(--border)", borderRadius: 8, color: "var(--card-foreground)" }}
              labelFormatter={(value) => formatDateTime(new Date(Number(value)).toISOString())}
              formatter={(value, _name, item) => [
                `${formatLatency(typeof value === "number" ? value : null)} · ${healthLabel[(item.payload as Point).health]}`,
                "Latency",
              ]}
            />
            <Line
              type="monotone"
              dataKey="latencyMs"
              stroke="var(--primary)"
              strokeWidth={2}
              dot={{ r: 2 }}
              connectNulls={false}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="text-xs text-muted-foreground">
        {summary} The dashed line marks 2 s, above which an instance counts as degraded.
      </figcaption>
    </figure>
  );
}
