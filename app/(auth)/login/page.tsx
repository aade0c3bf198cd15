import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Card, CardContent, CardDescription, CardFooter, CardHeader } from "@/components/ui/card";
import { getCurrentUser, hasPendingSecondFactor } from "@/lib/auth/current-user";
import { enabledOAuthProviders } from "@/lib/auth/oauth/providers";
import { LoginForm } from "./login-form";
import { OAuthButtons } from "./oauth-buttons";
import { OAuthSecondStep } from "./oauth-second-step";
import { safeCallbackPath } from "./safe-callback";
import { problemFromQuery } from "./login-problem";

export const metadata: Metadata = { title: "Sign in" };

// Only for checking that a callback stays on this site; the real origin does not matter here.
const SAME_SITE = "http://same.site";

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { callbackUrl: rawCallback, error } = await searchParams;
  const callbackUrl = typeof rawCallback === "string" ? rawCallback : null;
  if (await getCurrentUser()) redirect(safeCallbackPath(callbackUrl, SAME_SITE));
  const pendingSecondFactor = await hasPendingSecondFactor();
  const providers = enabledOAuthProviders();
  const initialProblem = problemFromQuery(typeof error === "string" ? error : null);

  return (
    <Card className="shadow-sm">
      <CardHeader className="text-center">
        <h1 className="text-xl font-semibold tracking-tight">{pendingSecondFactor ? "Two-factor authentication" : "Sign in to ComplianceIQ"}</h1>
        <CardDescription>
          {pendingSecondFactor ? "One more step to finish signing in." : "Use the email and password of your ComplianceIQ account."}
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-5">
        {pendingSecondFactor ? (
          <OAuthSecondStep callbackUrl={callbackUrl} />
        ) : (
          <>
            <LoginForm callbackUrl={callbackUrl} initialProblem={initialProblem} />
            <OAuthButtons providers={providers} callbackUrl={safeCallbackPath(callbackUrl, SAME_SITE)} />
          </>
        )}
      </CardContent>
      {pendingSecondFactor ? null : (
        <CardFooter className="justify-center text-sm text-muted-foreground">
          New to ComplianceIQ?&nbsp;
          <Link href="/register" className="font-medium text-foreground underline-offset-4 hover:underline">
            Create an account
          </Link>
        </CardFooter>
      )}
    </Card>
  );
}
