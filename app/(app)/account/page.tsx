import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CheckCircle2, MailWarning } from "lucide-react";
import { PageHeader } from "@/components/app-shell/page-header";
import { ResendVerificationButton } from "@/components/account/resend-verification-button";
import { TwoFactorCard } from "@/components/account/two-factor-card";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { hasPassword } from "@/lib/accounts/queries";
import { getCurrentSession } from "@/lib/auth/current-user";
import { listLoginHistory } from "@/lib/auth/login-attempts";
import { getMfaStatus } from "@/lib/auth/mfa/get-mfa-status";
import { listActiveSessions } from "@/lib/auth/sessions/list-sessions";
import { LoginHistory } from "./_components/login-history";
import { PasswordForm } from "./_components/password-form";
import { ProfileForm } from "./_components/profile-form";
import { SessionsList } from "./_components/sessions-list";

export const metadata: Metadata = { title: "Account settings" };

export default async function AccountPage() {
  const session = await getCurrentSession();
  if (!session) redirect("/login?callbackUrl=%2Faccount");
  const userId = session.user.id;
  const [passwordSet, mfa, sessions, history] = await Promise.all([
    hasPassword(userId),
    getMfaStatus(userId),
    listActiveSessions(userId, session.sessionId),
    listLoginHistory(userId, 50),
  ]);

  return (
    <div className="grid gap-8">
      <PageHeader title="Account settings" description="Your profile, password, two-factor authentication and where your account is signed in." />

      <Card>
        <CardHeader>
          <CardTitle>Profile</CardTitle>
          <CardDescription>Your name is what colleagues see in member lists and the audit log.</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-6">
          <div className="grid gap-1.5 text-sm">
            <span className="font-medium">Email</span>
            <span className="flex flex-wrap items-center gap-2 text-muted-foreground">
              {session.user.email}
              {session.emailVerified ? (
                <span className="inline-flex items-center gap-1 text-success">
                  <CheckCircle2 aria-hidden className="size-4" /> Confirmed
                </span>
              ) : (
                <span className="inline-flex items-center gap-1 text-warning">
                  <MailWarning aria-hidden className="size-4" /> Not confirmed
                </span>
              )}
            </span>
            {session.emailVerified ? null : (
              <div className="mt-1 grid gap-2">
                <p className="text-muted-foreground">Confirm it with the emailed link to invite teammates, connect instances and change billing.</p>
                <ResendVerificationButton />
              </div>
            )}
          </div>
          <ProfileForm name={session.user.name ?? ""} />
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>Password</CardTitle>
          <CardDescription>Use a long passphrase you do not use anywhere else.</CardDescription>
        </CardHeader>
        <CardContent>
          <PasswordForm hasPassword={passwordSet} />
        </CardContent>
      </Card>

      <TwoFactorCard enabled={mfa.enabled} backupCodesRemaining={mfa.backupCodesRemaining} />

      <Card>
        <CardHeader>
          <CardTitle>Sessions</CardTitle>
          <CardDescription>Browsers and API tokens signed in to your account. Sign out any you do not recognise, then change your password.</CardDescription>
        </CardHeader>
        <CardContent>
          <SessionsList
            sessions={sessions.map(({ id, kind, device, ip, current, createdAt, lastSeenAt }) => ({
              ...{ id, kind, device, ip, current },
              createdAt: createdAt.toISOString(),
              lastSeenAt: lastSeenAt.toISOString(),
            }))}
          />
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>Login history</CardTitle>
          <CardDescription>The last 50 sign-in attempts to your account, newest first.</CardDescription>
        </CardHeader>
        <CardContent>
          <LoginHistory entries={history} />
        </CardContent>
      </Card>
    </div>
  );
}
