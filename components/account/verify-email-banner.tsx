import { MailWarning } from "lucide-react";
import { getCurrentSession } from "@/lib/auth/current-user";
import { ResendVerificationButton } from "./resend-verification-button";

/**
 * Shown on every organization page until the signed-in user confirms their address: until then
 * they cannot invite people, connect instances or change billing.
 */
export async function VerifyEmailBanner() {
  const session = await getCurrentSession();
  if (!session || session.emailVerified) return null;
  return (
    <section
      aria-label="Email address not confirmed"
      className="mb-6 flex flex-col gap-3 rounded-lg border border-warning/30 bg-warning/10 px-4 py-3 text-sm sm:flex-row sm:items-center sm:justify-between"
    >
      <p className="flex items-start gap-2">
        <MailWarning aria-hidden className="mt-0.5 size-4 shrink-0 text-warning" />
        <span>
          Confirm your email address: we sent a link to <strong className="font-medium">{session.user.email}</strong>. Until then you cannot
          invite teammates, connect instances or change billing.
        </span>
      </p>
      <ResendVerificationButton />
    </section>
  );
}
