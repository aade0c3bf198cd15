"use client";

import Link from "next/link";
import { KeyRound } from "lucide-react";
import type { ApiKeyView } from "@/lib/api-keys/schemas";
import type { Permission } from "@/lib/permissions";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ApiKeysTable } from "./api-keys-table";
import { CreateApiKeyDialog } from "./create-api-key-dialog";

export function ApiKeysManager({ orgSlug, keys, grantable }: { orgSlug: string; keys: ApiKeyView[]; grantable: Permission[] }) {
  const create = <CreateApiKeyDialog orgSlug={orgSlug} grantable={grantable} />;
  if (keys.length === 0) {
    return (
      <EmptyState
        icon={KeyRound}
        title="No API keys yet"
        description={
          <>
            Create a key for each script or integration that calls the REST API, such as a nightly export or a ticketing
            integration. Give it only the permissions it needs; you can revoke it at any time. The{" "}
            <Link href="/docs/api" className="font-medium text-foreground underline underline-offset-4">
              API documentation
            </Link>{" "}
            shows what each route needs.
          </>
        }
        action={create}
      />
    );
  }
  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-muted-foreground">
          Send a key as <code className="rounded bg-muted px-1 py-0.5 font-mono text-xs">Authorization: Bearer ciq_…</code>. See the{" "}
          <Link href="/docs/api" className={buttonClasses({ variant: "ghost", size: "sm", className: "h-auto px-1 underline underline-offset-4" })}>
            API documentation
          </Link>
          .
        </p>
        {create}
      </div>
      <ApiKeysTable orgSlug={orgSlug} keys={keys} />
    </div>
  );
}
