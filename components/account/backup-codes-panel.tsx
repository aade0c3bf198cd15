"use client";

import { useState } from "react";
import { Check, Copy, Download, KeyRound } from "lucide-react";
import { Button } from "@/components/ui/button";

/** The backup codes, shown once: copy or download them before leaving. */
export function BackupCodesPanel({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const [copied, setCopied] = useState(false);
  const text = codes.join("\n");

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  function download() {
    const blob = new Blob([`ComplianceIQ backup codes\nEach code works once.\n\n${text}\n`], { type: "text/plain" });
    const url = URL.createObjectURL(blob);
    const link = Object.assign(document.createElement("a"), { href: url, download: "complianceiq-backup-codes.txt" });
    link.click();
    URL.revokeObjectURL(url);
  }

  return (
    <section aria-labelledby="backup-codes-title" className="grid gap-4 rounded-lg border border-warning/40 bg-warning/5 p-4">
      <div className="flex items-start gap-3">
        <KeyRound aria-hidden className="mt-0.5 size-5 shrink-0 text-warning" />
        <div className="grid gap-1">
          <h3 id="backup-codes-title" className="text-sm font-semibold">
            Save your backup codes now
          </h3>
          <p className="text-sm text-muted-foreground">
            If you lose your phone, each of these codes signs you in once. They will not be shown again; keep them somewhere
            safe, such as a password manager.
          </p>
        </div>
      </div>
      <ul aria-label="Backup codes" className="grid grid-cols-2 gap-2 font-mono text-sm sm:grid-cols-5">
        {codes.map((code) => (
          <li key={code} className="rounded-md border bg-background px-2 py-1.5 text-center tabular-nums">
            {code}
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap gap-2">
        <Button variant="outline" size="sm" onClick={() => void copy()}>
          {copied ? <Check aria-hidden /> : <Copy aria-hidden />}
          {copied ? "Copied" : "Copy all"}
        </Button>
        <Button variant="outline" size="sm" onClick={download}>
          <Download aria-hidden />
          Download .txt
        </Button>
        <Button size="sm" className="sm:ml-auto" onClick={onDone}>
          I have saved them
        </Button>
      </div>
      <p aria-live="polite" className="sr-only">
        {copied ? "Backup codes copied to the clipboard" : ""}
      </p>
    </section>
  );
}
