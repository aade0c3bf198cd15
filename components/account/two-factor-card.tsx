"use client";

import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { useRouter } from "next/navigation";
import { AlertCircle, Loader2, RefreshCw, ShieldCheck, ShieldOff } from "lucide-react";
import type { MfaEnrollment } from "@/lib/auth/mfa/schemas";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { useToast } from "@/components/ui/toast";
import { BackupCodesPanel } from "./backup-codes-panel";
import { TwoFactorCodeDialog } from "./two-factor-code-dialog";
import { TwoFactorEnrollment } from "./two-factor-enrollment";
import { disableTwoFactorAction, regenerateBackupCodesAction, startTwoFactorAction } from "./two-factor-actions";

const subscribeNever = () => () => {};
const enrollmentRequested = () => new URLSearchParams(window.location.search).get("enroll2fa") === "1";

type View = { step: "idle" } | { step: "enrolling"; enrollment: MfaEnrollment } | { step: "codes"; codes: string[] };

/**
 * Two-factor authentication on the account page: set up with a QR code and a confirming code,
 * backup codes shown once, new backup codes and turning it off with a current code. An
 * organization that requires 2FA sends its members here with ?enroll2fa=1.
 */
export function TwoFactorCard({ enabled, backupCodesRemaining }: { enabled: boolean; backupCodesRemaining?: number }) {
  const router = useRouter();
  const { toast } = useToast();
  const [view, setView] = useState<View>({ step: "idle" });
  const [starting, setStarting] = useState(false);
  const [startError, setStartError] = useState<string | null>(null);
  // Read from the URL directly: useSearchParams would need a Suspense boundary around the card.
  const required = useSyncExternalStore(subscribeNever, enrollmentRequested, () => false);
  const cardRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (required && !enabled) cardRef.current?.scrollIntoView({ block: "start" });
  }, [required, enabled]);

  async function start() {
    setStarting(true);
    setStartError(null);
    const result = await startTwoFactorAction();
    setStarting(false);
    if (result.ok) setView({ step: "enrolling", enrollment: result.data });
    else setStartError(result.message);
  }

  function finish() {
    setView({ step: "idle" });
    router.refresh();
  }

  return (
    <Card ref={cardRef} id="two-factor">
      <CardHeader>
        <div className="flex flex-wrap items-center gap-2">
          <CardTitle id="two-factor-title">Two-factor authentication</CardTitle>
          {enabled ? <Badge variant="success">On</Badge> : <Badge variant="secondary">Off</Badge>}
        </div>
        <CardDescription>
          A code from an authenticator app on your phone, asked for at every sign-in, keeps your account safe even if your password
          leaks.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {required && !enabled && view.step === "idle" ? (
          <p role="alert" className="flex items-start gap-2 rounded-md border border-warning/40 bg-warning/5 px-3 py-2 text-sm">
            <AlertCircle aria-hidden className="mt-0.5 size-4 shrink-0 text-warning" />
            An organization you belong to requires two-factor authentication. Set it up to continue to that organization.
          </p>
        ) : null}

        {view.step === "codes" ? (
          <BackupCodesPanel codes={view.codes} onDone={finish} />
        ) : view.step === "enrolling" ? (
          <TwoFactorEnrollment
            enrollment={view.enrollment}
            onCancel={() => setView({ step: "idle" })}
            onConfirmed={(codes) => {
              toast({ title: "Two-factor authentication is on", variant: "success" });
              setView({ step: "codes", codes });
            }}
          />
        ) : enabled ? (
          <div className="grid gap-4">
            <p className="text-sm text-muted-foreground">
              Signing in asks for a code from your app.
              {backupCodesRemaining !== undefined
                ? ` ${backupCodesRemaining} of 10 backup codes left${backupCodesRemaining <= 3 ? ": make new ones soon." : "."}`
                : null}
            </p>
            <div className="flex flex-wrap gap-2">
              <TwoFactorCodeDialog
                trigger={
                  <Button variant="outline">
                    <RefreshCw aria-hidden />
                    New backup codes
                  </Button>
                }
                title="Make new backup codes"
                description="Your current backup codes stop working, used or not. Enter a code from your app to continue."
                submitLabel="Make new codes"
                action={regenerateBackupCodesAction}
                onDone={(data) => setView({ step: "codes", codes: data.backupCodes })}
              />
              <TwoFactorCodeDialog
                trigger={
                  <Button variant="outline" className="text-destructive">
                    <ShieldOff aria-hidden />
                    Turn off
                  </Button>
                }
                title="Turn off two-factor authentication?"
                description="Signing in will need only your password, and your backup codes are deleted. Organizations that require two-factor authentication will refuse access until you turn it on again."
                submitLabel="Turn off"
                submitVariant="destructive"
                action={disableTwoFactorAction}
                onDone={() => {
                  toast({ title: "Two-factor authentication is off" });
                  finish();
                }}
              />
            </div>
          </div>
        ) : (
          <div className="grid gap-3">
            <div>
              <Button onClick={() => void start()} disabled={starting}>
                {starting ? <Loader2 aria-hidden className="animate-spin" /> : <ShieldCheck aria-hidden />}
                Set up two-factor authentication
              </Button>
            </div>
            {startError ? (
              <p role="alert" className="text-sm text-destructive">
                {startError}
              </p>
            ) : null}
          </div>
        )}
      </CardContent>
    </Card>
  );
}
