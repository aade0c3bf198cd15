import Link from "next/link";
import { Logo } from "@/components/brand/logo";

export function SiteFooter() {
  return (
    <footer className="border-t">
      <div className="mx-auto flex max-w-6xl flex-col gap-6 px-4 py-10 sm:flex-row sm:items-center sm:justify-between sm:px-6">
        <div className="grid gap-2">
          <Logo className="text-sm" />
          <p className="max-w-sm text-sm text-muted-foreground">
            Analytics for governance, risk and compliance teams running ServiceNow GRC.
          </p>
        </div>
        <nav aria-label="Footer">
          <ul className="flex flex-wrap gap-x-6 gap-y-2 text-sm text-muted-foreground">
            <li>
              <Link href="/#features" className="rounded hover:text-foreground">
                Product
              </Link>
            </li>
            <li>
              <Link href="/#pricing" className="rounded hover:text-foreground">
                Pricing
              </Link>
            </li>
            <li>
              <Link href="/docs/api" className="rounded hover:text-foreground">
                API reference
              </Link>
            </li>
            <li>
              <Link href="/login" className="rounded hover:text-foreground">
                Sign in
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
