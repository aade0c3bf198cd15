import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArrowLeft } from "lucide-react";
import { LocalTime } from "@/components/account/local-time";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { getOutboxEmail } from "@/lib/email/outbox";
import { devOnly } from "../dev-only";

export const metadata: Metadata = { title: "Outbox email", robots: { index: false } };

export default async function OutboxEmailPage({ params }: { params: Promise<{ emailId: string }> }) {
  await devOnly();
  const email = await getOutboxEmail((await params).emailId);
  if (!email) notFound();
  return (
    <main id="main" className="mx-auto grid w-full max-w-4xl gap-6 px-4 py-10 sm:px-6">
      <Link href="/dev/outbox" className="inline-flex w-fit items-center gap-1.5 rounded-md text-sm text-muted-foreground hover:text-foreground">
        <ArrowLeft aria-hidden className="size-4" />
        All emails
      </Link>
      <header className="grid gap-1">
        <h1 className="text-2xl font-semibold tracking-tight">{email.subject}</h1>
        <p className="text-sm text-muted-foreground">
          To {email.to} · <LocalTime iso={email.createdAt.toISOString()} />
        </p>
      </header>
      <Card>
        <CardHeader>
          <CardTitle>HTML part</CardTitle>
        </CardHeader>
        <CardContent>
          {/* sandbox without allow-scripts or allow-same-origin: the email cannot run code or reach this page. */}
          <iframe title={`HTML part of "${email.subject}"`} srcDoc={email.html} sandbox="allow-popups allow-popups-to-escape-sandbox" className="h-[32rem] w-full rounded-md border bg-white" />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Text part</CardTitle>
        </CardHeader>
        <CardContent>
          <pre className="overflow-x-auto rounded-md bg-muted p-4 text-sm whitespace-pre-wrap">{email.text}</pre>
        </CardContent>
      </Card>
    </main>
  );
}
