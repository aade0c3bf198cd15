import type { Metadata } from "next";
import Link from "next/link";
import { MailX } from "lucide-react";
import { getCurrentUser } from "@/lib/auth/current-user";
import { findInvitationByToken } from "@/lib/invitations/find-invitation";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { AcceptInvitationButton } from "./accept-invitation-button";
import { NewAccountForm } from "./new-account-form";
import { SwitchAccountButton } from "./switch-account-button";

export const metadata: Metadata = { title: "Accept invitation", referrer: "no-referrer" };

const DEAD = {
  invalid: ["This invitation link does not work", "Check that you opened the whole link from the email, or ask the person who invited you to send a new one."],
  expired: ["This invitation has expired", "Invitations are valid for 7 days. Ask an administrator of the organization to send it again."],
  revoked: ["This invitation was withdrawn", "An administrator revoked it. Ask them for a new invitation if you still need access."],
  accepted: ["This invitation has already been used", "Each link works once. If you accepted it, sign in to reach the organization."],
} as const;

export default async function AcceptInvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [invitation, user] = await Promise.all([findInvitationByToken(token), getCurrentUser()]);
  const here = `/invite/${token}`;

  if (!invitation || invitation.status !== "pending") {
    const [title, text] = DEAD[(invitation?.status ?? "invalid") as keyof typeof DEAD];
    return (
      <Card className="shadow-sm">
        <CardHeader className="items-center text-center">
          <MailX aria-hidden className="size-8 text-muted-foreground" />
          <h1 className="text-xl font-semibold tracking-tight">{title}</h1>
          <CardDescription>{text}</CardDescription>
        </CardHeader>
        <CardContent className="flex justify-center">
          <Link href={user ? "/app" : "/login"} className={buttonClasses({ variant: "outline" })}>
            {user ? "Go to your organizations" : "Sign in"}
          </Link>
        </CardContent>
      </Card>
    );
  }

  const intro = (
    <CardDescription>
      {invitation.inviterName ?? "An administrator"} invited <strong className="font-medium text-foreground">{invitation.email}</strong> to join{" "}
      <strong className="font-medium text-foreground">{invitation.organization.name}</strong> as {invitation.roleName}.
    </CardDescription>
  );
  const heading = <h1 className="text-xl font-semibold tracking-tight">Join {invitation.organization.name}</h1>;

  let body;
  if (user && user.email.toLowerCase() === invitation.email) {
    body = <AcceptInvitationButton token={token} organizationName={invitation.organization.name} />;
  } else if (user) {
    body = (
      <div className="grid gap-4">
        <p role="alert" className="rounded-md border border-warning/30 bg-warning/5 px-3 py-2 text-sm">
          You are signed in as <strong className="font-medium">{user.email}</strong>, but this invitation is for{" "}
          <strong className="font-medium">{invitation.email}</strong>. Sign out, then sign in or create an account with {invitation.email}.
        </p>
        <SwitchAccountButton callbackPath={here} />
      </div>
    );
  } else if (invitation.accountExists) {
    body = (
      <div className="grid gap-3">
        <p className="text-sm text-muted-foreground">You already have an account with this email. Sign in to accept.</p>
        <Link href={`/login?callbackUrl=${encodeURIComponent(here)}`} className={buttonClasses({ size: "lg", className: "w-full" })}>
          Sign in as {invitation.email}
        </Link>
      </div>
    );
  } else {
    body = <NewAccountForm token={token} email={invitation.email} />;
  }

  return (
    <Card className="shadow-sm">
      <CardHeader className="text-center">
        {heading}
        {intro}
      </CardHeader>
      <CardContent>{body}</CardContent>
    </Card>
  );
}
