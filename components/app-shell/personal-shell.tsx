import type { ReactNode } from "react";
import Link from "next/link";
import { ArrowLeft } from "lucide-react";
import { Logo } from "@/components/brand/logo";
import { SignOutButton } from "@/components/app-shell/sign-out-button";
import { SkipLink } from "@/components/ui/skip-link";
import { ThemeToggle } from "@/components/ui/theme-toggle";
import { cn } from "@/components/ui/cn";

/** The shell of pages that belong to a person rather than an organization: no org navigation. */
export function PersonalShell({ children, wide = false }: { children: ReactNode; wide?: boolean }) {
  const width = wide ? "max-w-6xl" : "max-w-4xl";
  return (
    <div className="flex min-h-dvh flex-col">
      <SkipLink />
      <header className="sticky top-0 z-40 border-b bg-background/90 backdrop-blur">
        <div className={cn("mx-auto flex h-14 w-full items-center gap-3 px-4 sm:px-6", width)}>
          <Link href="/app" className="rounded-md px-1">
            <Logo />
          </Link>
          <Link
            href="/app"
            className="ml-2 hidden items-center gap-1.5 rounded-md px-2 py-1 text-sm text-muted-foreground hover:bg-accent hover:text-foreground sm:inline-flex"
          >
            <ArrowLeft aria-hidden className="size-4" />
            Back to your organization
          </Link>
          <div className="ml-auto flex items-center gap-1">
            <ThemeToggle />
            <SignOutButton variant="ghost" size="sm" />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="flex-1 outline-none">
        <div className={cn("mx-auto w-full px-4 py-8 sm:px-6", width)}>{children}</div>
      </main>
    </div>
  );
}
