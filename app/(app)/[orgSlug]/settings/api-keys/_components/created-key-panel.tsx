"use client";

import { useState } from "react";
import { Check, Copy, TriangleAlert } from "lucide-react";
import type { CreatedApiKey } from "@/lib/api-keys/schemas";
import { Button } from "@/components/ui/button";
import { DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";

/** The new key, in full, the only time it is ever shown. */
export function CreatedKeyPanel({ created, onDone }: { created: CreatedApiKey; onDone: () => void }) {
  const [copied, setCopied] = useState(false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(created.key);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  return (
    <div className="grid gap-5">
      <DialogHeader>
        <DialogTitle>“{created.apiKey.name}” is ready</DialogTitle>
        <DialogDescription>Copy the key now and store it where your integration reads its secrets.</DialogDescription>
      </DialogHeader>
      <p className="flex items-start gap-2 rounded-md border border-warning/40 bg-warning/5 px-3 py-2 text-sm">
        <TriangleAlert aria-hidden className="mt-0.5 size-4 shrink-0 text-warning" />
        This is the only time the full key is shown. We keep only a hash of it, so it cannot be recovered; if it is lost, revoke it and
        create another.
      </p>
      <div className="grid gap-2">
        <label htmlFor="created-api-key" className="text-sm font-medium">
          API key
        </label>
        <div className="flex gap-2">
          <input
            id="created-api-key"
            readOnly
            value={created.key}
            onFocus={(event) => event.currentTarget.select()}
            className="h-9 min-w-0 flex-1 rounded-md border border-input bg-muted px-3 font-mono text-xs"
          />
          <Button variant="outline" onClick={() => void copy()}>
            {copied ? <Check aria-hidden /> : <Copy aria-hidden />}
            {copied ? "Copied" : "Copy"}
          </Button>
        </div>
        <p aria-live="polite" className="sr-only">
          {copied ? "API key copied to the clipboard" : ""}
        </p>
      </div>
      <DialogFooter>
        <Button onClick={onDone}>Done</Button>
      </DialogFooter>
    </div>
  );
}
