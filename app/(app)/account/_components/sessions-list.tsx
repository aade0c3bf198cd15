"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { KeyRound, Laptop, Loader2, LogOut } from "lucide-react";
import { LocalTime } from "@/components/account/local-time";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { useToast } from "@/components/ui/toast";
import { revokeOtherSessionsAction, revokeSessionAction } from "../actions";

export interface SessionRow {
  id: string;
  kind: "BROWSER" | "API";
  device: string;
  ip: string | null;
  createdAt: string;
  lastSeenAt: string;
  current: boolean;
}

/** The account's active sessions; any but this one can be ended, one at a time or all together. */
export function SessionsList({ sessions }: { sessions: SessionRow[] }) {
  const router = useRouter();
  const { toast } = useToast();
  const [busy, setBusy] = useState<string | null>(null);
  const [confirmOpen, setConfirmOpen] = useState(false);
  const others = sessions.filter((s) => !s.current).length;

  async function revoke(session: SessionRow) {
    setBusy(session.id);
    const result = await revokeSessionAction(session.id).catch(() => null);
    setBusy(null);
    if (result?.ok) toast({ title: "Session signed out", description: `${session.device}${session.ip ? ` (${session.ip})` : ""} no longer has access.`, variant: "success" });
    else toast({ title: "Could not sign that session out", description: result?.message, variant: "destructive" });
    router.refresh();
  }

  async function revokeOthers() {
    setBusy("others");
    const result = await revokeOtherSessionsAction().catch(() => null);
    setBusy(null);
    setConfirmOpen(false);
    if (result?.ok) toast({ title: `Signed out ${result.data.count} other session${result.data.count === 1 ? "" : "s"}`, variant: "success" });
    else toast({ title: "Could not sign the other sessions out", description: result?.message, variant: "destructive" });
    router.refresh();
  }

  return (
    <div className="grid gap-4">
      <ul className="divide-y rounded-lg border" aria-label="Active sessions">
        {sessions.map((session) => {
          const Icon = session.kind === "API" ? KeyRound : Laptop;
          return (
            <li key={session.id} className="flex flex-wrap items-center gap-3 px-4 py-3">
              <Icon aria-hidden className="size-5 shrink-0 text-muted-foreground" />
              <div className="grid min-w-0 flex-1 gap-0.5">
                <span className="flex flex-wrap items-center gap-2 text-sm font-medium">
                  {session.device}
                  {session.kind === "API" ? <Badge variant="secondary">API token</Badge> : null}
                  {session.current ? <Badge variant="success">This browser</Badge> : null}
                </span>
                <span className="text-xs text-muted-foreground">
                  {session.ip ?? "Unknown address"} · last active <LocalTime iso={session.lastSeenAt} /> · signed in <LocalTime iso={session.createdAt} />
                </span>
              </div>
              {session.current ? null : (
                <Button variant="outline" size="sm" onClick={() => revoke(session)} disabled={busy !== null} aria-label={`Sign out ${session.device}, last active from ${session.ip ?? "an unknown address"}`}>
                  {busy === session.id ? <Loader2 aria-hidden className="animate-spin" /> : <LogOut aria-hidden />}
                  Sign out
                </Button>
              )}
            </li>
          );
        })}
      </ul>
      {others > 0 ? (
        <Dialog open={confirmOpen} onOpenChange={setConfirmOpen}>
          <DialogTrigger asChild>
            <Button variant="outline" className="justify-self-start">
              <LogOut aria-hidden />
              Sign out all other sessions
            </Button>
          </DialogTrigger>
          <DialogContent>
            <DialogHeader>
              <DialogTitle>Sign out {others} other session{others === 1 ? "" : "s"}?</DialogTitle>
              <DialogDescription>
                Every other browser and API token of your account stops working at once. This browser stays signed in.
              </DialogDescription>
            </DialogHeader>
            <DialogFooter>
              <DialogClose asChild>
                <Button variant="outline">Cancel</Button>
              </DialogClose>
              <Button variant="destructive" onClick={revokeOthers} disabled={busy !== null}>
                {busy === "others" ? <Loader2 aria-hidden className="animate-spin" /> : null}
                Sign out other sessions
              </Button>
            </DialogFooter>
          </DialogContent>
        </Dialog>
      ) : (
        <p className="text-sm text-muted-foreground">This is your only active session.</p>
      )}
    </div>
  );
}
