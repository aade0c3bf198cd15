import type { Metadata } from "next";
import Link from "next/link";
import { LinkIcon } from "lucide-react";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Button } from "@/components/ui/button";
import { ResetPasswordForm } from "./reset-password-form";

export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token } = await searchParams;
  if (typeof token !== "string" || token.length < 16 || token.length > 256) {
    return (
      <EmptyState
        icon={LinkIcon}
        headingLevel="h1"
        className="bg-card"
        title="This reset link is incomplete"
        description="Open the link from the email again, or ask for a new one: links work once and expire after an hour."
        action={
          <Button asChild>
            <Link href="/forgot-password">Email me a new link</Link>
          </Button>
        }
      />
    );
  }
  return (
    <Card className="shadow-sm">
      <CardHeader className="text-center">
        <h1 className="text-xl font-semibold tracking-tight">Choose a new password</h1>
        <CardDescription>Setting it signs your account out on every device.</CardDescription>
      </CardHeader>
      <CardContent>
        <ResetPasswordForm token={token} />
      </CardContent>
    </Card>
  );
}
