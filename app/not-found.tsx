import type { Metadata } from "next";
import Link from "next/link";
import { Logo } from "@/components/brand/logo";
import { Button } from "@/components/ui/button";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <main id="main" className="flex min-h-dvh flex-col items-center justify-center gap-8 px-4 py-16 text-center">
      <Link href="/" className="rounded-md px-1">
        <Logo />
      </Link>
      <div className="grid max-w-md gap-3">
        <p className="text-sm font-medium text-primary">404</p>
        <h1 className="text-3xl font-semibold tracking-tight">Page not found</h1>
        <p className="text-muted-foreground">
          This page does not exist, or it belongs to an organization your account is not a member of. Check the
          address, or head back to somewhere familiar.
        </p>
      </div>
      <div className="flex flex-col gap-3 sm:flex-row">
        <Button asChild>
          <Link href="/">Back to home</Link>
        </Button>
        <Button asChild variant="outline">
          <Link href="/app">Go to your dashboard</Link>
        </Button>
      </div>
    </main>
  );
}
