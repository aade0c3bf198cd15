"use client";

import { useState } from "react";
import { useMutation } from "@tanstack/react-query";
import { Check, X } from "lucide-react";
import { apiFetch, errorMessage } from "@/components/api/api-fetch";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import type { CrosswalkSuggestion } from "@/lib/analysis/compliance/compliance-types";

type Decision = "accepted" | "rejected";
const keyOf = (s: CrosswalkSuggestion) => `${s.sourceId}/${s.requirementId}`;

/**
 * Suggested mappings to NIST SP 800-53 by text similarity. Accepting one counts it toward NIST
 * coverage from the next compliance analysis; rejecting one stops it being suggested.
 */
export function CrosswalkTable({ orgSlug, instanceId, suggestions, canDecide }: { orgSlug: string; instanceId: string; suggestions: CrosswalkSuggestion[]; canDecide: boolean }) {
  const { toast } = useToast();
  const [decided, setDecided] = useState<Record<string, Decision>>({});
  const decide = useMutation({
    mutationFn: ({ s, decision }: { s: CrosswalkSuggestion; decision: Decision }) =>
      apiFetch("/api/v1/insights/crosswalk/decisions", {
        orgSlug,
        method: "POST",
        body: { instanceId, source: s.sourceId, requirement: s.requirementId, decision },
      }),
    onSuccess: (_data, { s, decision }) => setDecided((d) => ({ ...d, [keyOf(s)]: decision })),
    onError: (error) => toast({ title: "Could not record the decision", description: errorMessage(error), variant: "destructive" }),
  });
  if (suggestions.length === 0) return null;
  return (
    <div className="overflow-x-auto rounded-lg border">
      <table className="w-full text-sm">
        <caption className="px-4 pt-3 pb-2 text-left">
          <span className="text-sm font-semibold">Crosswalk suggestions to NIST SP 800-53 Rev. 5</span>
          <span className="block text-xs text-muted-foreground">
            By text similarity (TF-IDF cosine). Accepted mappings count toward NIST coverage from the next compliance analysis.
          </span>
        </caption>
        <thead className="bg-muted/50 text-left text-xs text-muted-foreground">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">Your control or citation</th>
            <th scope="col" className="px-4 py-2 font-medium">NIST requirement</th>
            <th scope="col" className="px-4 py-2 text-right font-medium">Confidence</th>
            <th scope="col" className="px-4 py-2 font-medium">Why</th>
            {canDecide ? <th scope="col" className="px-4 py-2 font-medium">Decision</th> : null}
          </tr>
        </thead>
        <tbody>
          {suggestions.map((s) => {
            const verdict = decided[keyOf(s)];
            return (
              <tr key={keyOf(s)} className="border-t align-top">
                <td className="px-4 py-2">{s.sourceLabel}</td>
                <td className="px-4 py-2">{s.requirementLabel}</td>
                <td className="px-4 py-2 text-right tabular-nums">{Math.round(s.confidence * 100)} %</td>
                <td className="px-4 py-2 text-xs text-muted-foreground">{s.reason}</td>
                {canDecide ? (
                  <td className="px-4 py-2">
                    {verdict ? (
                      <span className="text-xs font-medium">{verdict === "accepted" ? "Accepted" : "Rejected"}</span>
                    ) : (
                      <div className="flex gap-1">
                        <Button size="sm" variant="outline" aria-label={`Accept ${s.requirementId} for ${s.sourceLabel}`} onClick={() => decide.mutate({ s, decision: "accepted" })} disabled={decide.isPending}>
                          <Check aria-hidden />
                        </Button>
                        <Button size="sm" variant="outline" aria-label={`Reject ${s.requirementId} for ${s.sourceLabel}`} onClick={() => decide.mutate({ s, decision: "rejected" })} disabled={decide.isPending}>
                          <X aria-hidden />
                        </Button>
                      </div>
                    )}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
