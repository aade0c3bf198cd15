import type { ReactNode } from "react";
import Link from "next/link";
import { requirePageContext } from "@/lib/auth/require-page-context";
import { isSuperAdmin } from "@/lib/platform/assert-super-admin";
import { Logo } from "@/components/brand/logo";
import { MobileNav } from "@/components/app-shell/mobile-nav";
import { OrgSwitcher } from "@/components/app-shell/org-switcher";
import { SidebarNav } from "@/components/app-shell/sidebar-nav";
import { UserMenu } from "@/components/app-shell/user-menu";
import { ThemeToggle } from "@/components/ui/theme-toggle";
import { SkipLink } from "@/components/ui/skip-link";
import { VerifyEmailBanner } from "@/components/account/verify-email-banner";

export default async function OrganizationLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ orgSlug: string }>;
}) {
  const { orgSlug } = await params;
  // The shell needs the membership to render; every page below still checks on its own.
  const { user, organization, role, organizations } = await requirePageContext(orgSlug);
  const superAdmin = await isSuperAdmin(user.id);
  const current = { name: organization.name, slug: organization.slug, role };
  const options = organizations.map(({ name, slug, role: r }) => ({ name, slug, role: r }));

  return (
    <div className="flex min-h-dvh">
      <SkipLink />

      <aside className="sticky top-0 hidden h-dvh w-64 shrink-0 flex-col gap-5 border-r bg-sidebar p-4 lg:flex">
        <Link href={`/${organization.slug}`} className="w-fit rounded-md px-1">
          <Logo />
        </Link>
        <OrgSwitcher current={current} organizations={options} />
        <div className="min-h-0 flex-1 overflow-y-auto">
          <SidebarNav orgSlug={organization.slug} />
        </div>
        <div className="flex items-center gap-1 border-t pt-3">
          <div className="min-w-0 flex-1">
            <UserMenu email={user.email} name={user.name} superAdmin={superAdmin} />
          </div>
          <ThemeToggle align="end" />
        </div>
      </aside>

      <div className="flex min-w-0 flex-1 flex-col">
        <header className="sticky top-0 z-40 flex h-14 items-center gap-2 border-b bg-background/90 px-3 backdrop-blur lg:hidden">
          <MobileNav current={current} organizations={options} />
          <Link href={`/${organization.slug}`} className="rounded-md px-1">
            <Logo />
          </Link>
          <div className="ml-auto flex items-center gap-1">
            <ThemeToggle />
            <UserMenu email={user.email} name={user.name} superAdmin={superAdmin} compact />
          </div>
        </header>
        <main id="main" tabIndex={-1} className="flex-1 outline-none">
          <div className="mx-auto w-full max-w-6xl px-4 py-8 sm:px-6 lg:px-10"><VerifyEmailBanner />{children}</div>
        </main>
      </div>
    </div>
  );
}
