import type { Metadata } from "next";
import Link from "next/link";
import { Inbox } from "lucide-react";
import { LocalTime } from "@/components/account/local-time";
import { EmptyState } from "@/components/ui/empty-state";
import { listOutboxEmails } from "@/lib/email/outbox";
import { devOnly } from "./dev-only";

export const metadata: Metadata = { title: "Development outbox", robots: { index: false } };

export default async function OutboxPage() {
  await devOnly();
  const emails = await listOutboxEmails();
  return (
    <main id="main" className="mx-auto grid w-full max-w-4xl gap-6 px-4 py-10 sm:px-6">
      <header className="grid gap-1">
        <h1 className="text-2xl font-semibold tracking-tight">Development outbox</h1>
        <p className="text-sm text-muted-foreground">
          Without <code className="rounded bg-muted px-1">RESEND_API_KEY</code>, emails are kept here instead of being sent. Newest first; this page
          does not exist in production.
        </p>
      </header>
      {emails.length === 0 ? (
        <EmptyState icon={Inbox} title="No emails yet" description="Register an account, ask for a password reset or invite someone: the email appears here." />
      ) : (
        <ul className="divide-y rounded-lg border bg-card">
          {emails.map((email) => (
            <li key={email.id}>
              <Link href={`/dev/outbox/${email.id}`} className="grid gap-0.5 px-4 py-3 hover:bg-muted/50 sm:grid-cols-[1fr_auto] sm:items-baseline sm:gap-4">
                <span className="truncate text-sm font-medium">{email.subject}</span>
                <span className="text-xs text-muted-foreground sm:row-span-2 sm:self-center">
                  <LocalTime iso={email.createdAt.toISOString()} />
                </span>
                <span className="truncate text-xs text-muted-foreground">to {email.to}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
