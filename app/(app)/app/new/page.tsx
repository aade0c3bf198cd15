import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ArrowLeft } from "lucide-react";
import { getCurrentUser } from "@/lib/auth/current-user";
import { listOrganizationsForUser } from "@/lib/organizations/queries";
import { listRestorableOrganizations } from "@/lib/organizations/restore-organization";
import { supportedTimeZones } from "@/lib/organizations/time-zones";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { CreateOrganizationForm } from "./_components/create-organization-form";
import { RestoreOrganizations } from "./_components/restore-organizations";

export const metadata: Metadata = { title: "Create organization" };

/** Any signed-in person can start an organization; they become its Organization Admin. */
export default async function NewOrganizationPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/login?callbackUrl=%2Fapp%2Fnew");
  const [organizations, restorable] = await Promise.all([listOrganizationsForUser(user.id), listRestorableOrganizations(user.id)]);
  const back = organizations[0];

  return (
    <main id="main" className="mx-auto grid min-h-dvh w-full max-w-xl content-center gap-6 px-4 py-10">
      {back ? (
        <Link href={`/${back.slug}`} className={buttonClasses({ variant: "ghost", size: "sm", className: "w-fit" })}>
          <ArrowLeft aria-hidden />
          Back to {back.name}
        </Link>
      ) : null}
      <Card className="shadow-sm">
        <CardHeader>
          <h1 className="text-xl font-semibold tracking-tight">Create an organization</h1>
          <CardDescription>
            An organization holds its own ServiceNow instances, analyses and members. You will be its Organization
            Admin and can invite colleagues next.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <CreateOrganizationForm timeZones={[...supportedTimeZones()]} />
        </CardContent>
      </Card>
      {restorable.length ? (
        <RestoreOrganizations
          organizations={restorable.map((o) => ({ id: o.id, name: o.name, slug: o.slug, purgeAfter: o.purgeAfter.toISOString() }))}
        />
      ) : null}
    </main>
  );
}
