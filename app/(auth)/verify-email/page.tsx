import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { MailCheck, MailX } from "lucide-react";
import { ResendVerificationButton } from "@/components/account/resend-verification-button";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { verifyEmail } from "@/lib/accounts/verify-email";
import { metaFromHeaders } from "@/lib/api/request-meta";
import { getCurrentSession } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";

export const metadata: Metadata = { title: "Confirm your email address", referrer: "no-referrer" };

/** Opening the emailed link confirms the address (the link's token is single use). */
export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token } = await searchParams;
  const valid = typeof token === "string" && token.length >= 16 && token.length <= 256;
  const verified = valid ? await verify(token) : null;
  const session = await getCurrentSession();

  if (verified) {
    return (
      <EmptyState
        icon={MailCheck}
        headingLevel="h1"
        className="bg-card"
        title="Email address confirmed"
        description={
          <>
            <strong className="font-medium text-foreground">{verified.email}</strong> is confirmed. You can now invite teammates, connect
            ServiceNow instances and manage billing.
          </>
        }
        action={
          <Button asChild>
            <Link href={session ? "/app" : "/login"}>{session ? "Continue to ComplianceIQ" : "Sign in"}</Link>
          </Button>
        }
      />
    );
  }

  const alreadyVerified = session?.emailVerified ?? false;
  return (
    <EmptyState
      icon={MailX}
      headingLevel="h1"
      className="bg-card"
      title={alreadyVerified ? "Your address is already confirmed" : token ? "This link does not work" : "Check your inbox"}
      description={
        alreadyVerified
          ? "There is nothing more to do."
          : token
            ? "Verification links work once and expire after 24 hours, and sending a new link cancels the older ones."
            : "We emailed you a link to confirm your address. It expires after 24 hours."
      }
      action={
        alreadyVerified ? (
          <Button asChild>
            <Link href="/app">Continue to ComplianceIQ</Link>
          </Button>
        ) : session ? (
          <ResendVerificationButton size="md" variant="default" />
        ) : (
          <Button asChild>
            <Link href="/login?callbackUrl=%2Fverify-email">Sign in to get a new link</Link>
          </Button>
        )
      }
    />
  );
}

async function verify(token: string): Promise<{ email: string } | null> {
  try {
    return await verifyEmail(token, metaFromHeaders(await headers()));
  } catch (error) {
    if (error instanceof AppError && error.code === "invalid_token") return null;
    throw error;
  }
}
