import type { Metadata } from "next";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { callbackUrl } = await searchParams;
  return (
    <Card className="shadow-sm">
      <CardHeader className="text-center">
        <h1 className="text-xl font-semibold tracking-tight">Sign in to ComplianceIQ</h1>
        <CardDescription>Use the email and password of your ComplianceIQ account.</CardDescription>
      </CardHeader>
      <CardContent>
        <LoginForm callbackUrl={typeof callbackUrl === "string" ? callbackUrl : null} />
      </CardContent>
    </Card>
  );
}
