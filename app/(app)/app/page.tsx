import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Building2 } from "lucide-react";
import { getCurrentUser } from "@/lib/auth/current-user";
import { listOrganizationsForUser } from "@/lib/organizations/queries";
import Link from "next/link";
import { SignOutButton } from "@/components/app-shell/sign-out-button";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Your organizations" };

/** Where sign-in lands: the user's first organization, which then owns every URL below it. */
export default async function AppEntryPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/login?callbackUrl=%2Fapp");
  const [first] = await listOrganizationsForUser(user.id);
  if (first) redirect(`/${first.slug}`);

  // A signed-in account without a membership (e.g. removed from its last organization).
  return (
    <main id="main" className="mx-auto flex min-h-dvh max-w-xl items-center px-4">
      <EmptyState
        icon={Building2}
        headingLevel="h1"
        className="w-full bg-card"
        title="You are not a member of any organization"
        description={
          <>
            You are signed in as <strong className="font-medium text-foreground">{user.email}</strong>, but this
            account does not belong to an organization yet. Ask an administrator of your organization to invite you,
            or create an organization of your own.
          </>
        }
        action={
          <div className="flex flex-wrap justify-center gap-2">
            <Link href="/app/new" className={buttonClasses()}>Create an organization</Link>
            <SignOutButton />
          </div>
        }
      />
    </main>
  );
}
