import { CircleAlert, CircleCheck, CircleDashed, KeyRound, TriangleAlert } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import type { InstanceHealthStatus } from "@/lib/instances/schemas";
import { healthBadge, healthDescription, healthLabel } from "./format";

const icons = {
  unknown: CircleDashed,
  healthy: CircleCheck,
  degraded: TriangleAlert,
  down: CircleAlert,
  auth_failed: KeyRound,
} satisfies Record<InstanceHealthStatus, unknown>;

/** The instance's health as a badge; the icon and the words carry it, not the colour alone. */
export function InstanceStatusBadge({ health }: { health: InstanceHealthStatus }) {
  const Icon = icons[health];
  return (
    <Badge variant={healthBadge[health]} title={healthDescription[health]}>
      <Icon aria-hidden />
      {healthLabel[health]}
    </Badge>
  );
}
