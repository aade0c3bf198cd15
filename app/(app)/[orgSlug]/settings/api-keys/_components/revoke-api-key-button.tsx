"use client";

import { Ban } from "lucide-react";
import type { ApiKeyView } from "@/lib/api-keys/schemas";
import { Button } from "@/components/ui/button";
import { ConfirmActionDialog } from "@/components/ui/confirm-action-dialog";
import { revokeApiKeyAction } from "../actions";

export function RevokeApiKeyButton({ orgSlug, apiKey }: { orgSlug: string; apiKey: ApiKeyView }) {
  return (
    <ConfirmActionDialog
      trigger={
        <Button variant="outline" size="sm" aria-label={`Revoke API key ${apiKey.name}`}>
          <Ban aria-hidden />
          Revoke
        </Button>
      }
      title={`Revoke “${apiKey.name}”?`}
      description={
        <>
          Requests with <code className="font-mono">{apiKey.prefix}_…</code> are refused from now on. Anything still using it stops
          working; this cannot be undone.
        </>
      }
      confirmLabel="Revoke key"
      confirm={() => revokeApiKeyAction(orgSlug, apiKey.id)}
      successMessage={`Revoked "${apiKey.name}"`}
    />
  );
}
