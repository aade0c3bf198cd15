"use client";

import { Loader2, ShieldCheck, ShieldX } from "lucide-react";
import { errorMessage } from "@/components/api/api-fetch";
import { Button } from "@/components/ui/button";
import { useVerifyAuditLog } from "./use-audit-events";

/** Recomputes the hash chain on the server and says whether the log is intact, or where it breaks. */
export function VerifyIntegrity({ orgSlug }: { orgSlug: string }) {
  const verify = useVerifyAuditLog(orgSlug);
  const report = verify.data;
  return (
    <div className="grid gap-2">
      <Button variant="outline" onClick={() => verify.mutate()} disabled={verify.isPending}>
        {verify.isPending ? <Loader2 aria-hidden className="animate-spin" /> : <ShieldCheck aria-hidden />}
        Verify integrity
      </Button>
      <div role="status" aria-live="polite" className="max-w-xs text-sm">
        {verify.isError ? (
          <p className="text-destructive">Could not verify: {errorMessage(verify.error)}</p>
        ) : report?.valid ? (
          <p className="flex items-start gap-1.5 text-success">
            <ShieldCheck aria-hidden className="mt-0.5 size-4 shrink-0" />
            Intact: {report.checked.toLocaleString("en-US")} event{report.checked === 1 ? "" : "s"} checked.
          </p>
        ) : report?.firstBroken ? (
          <p className="flex items-start gap-1.5 text-destructive">
            <ShieldX aria-hidden className="mt-0.5 size-4 shrink-0" />
            <span>
              Broken at event #{report.firstBroken.seq}
              {report.firstBroken.id ? <span className="font-mono text-xs"> ({report.firstBroken.id})</span> : null}:{" "}
              {report.firstBroken.reason}. {report.checked.toLocaleString("en-US")} earlier event
              {report.checked === 1 ? "" : "s"} verified.
            </span>
          </p>
        ) : null}
      </div>
    </div>
  );
}
