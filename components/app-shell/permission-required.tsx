import type { ReactNode } from "react";
import { Lock } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";

/** A page the member's role may not see: its header, and who can change that. */
export function PermissionRequired({ header, what, permission }: { header: ReactNode; what: string; permission: string }) {
  return (
    <div className="grid gap-8">
      {header}
      <EmptyState icon={Lock} title={`Your role cannot view ${what}`} description={`Ask an organization admin for a role with the ${permission} permission.`} />
    </div>
  );
}
