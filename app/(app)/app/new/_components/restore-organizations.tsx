"use client";

import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { RotateCcw } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { useToast } from "@/components/ui/toast";
import { restoreOrganizationAction } from "../actions";

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "long" });

/** Organizations this admin deleted less than 30 days ago: the only place they can be brought back. */
export function RestoreOrganizations({ organizations }: { organizations: { id: string; name: string; slug: string; purgeAfter: string }[] }) {
  const router = useRouter();
  const { toast } = useToast();
  const [pending, startTransition] = useTransition();

  function restore(id: string) {
    startTransition(async () => {
      const result = await restoreOrganizationAction(id);
      if (!result.ok) {
        toast({ title: "Not restored", description: result.message, variant: "destructive" });
        return;
      }
      router.push(`/${result.data.slug}`);
      router.refresh();
    });
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>Deleted organizations</CardTitle>
        <CardDescription>You can restore these until their data is purged.</CardDescription>
      </CardHeader>
      <CardContent>
        <ul className="grid gap-3">
          {organizations.map((o) => (
            <li key={o.id} className="flex flex-wrap items-center justify-between gap-3">
              <span className="grid">
                <span className="font-medium">{o.name}</span>
                <span className="text-xs text-muted-foreground">Purged on {dateFormat.format(new Date(o.purgeAfter))}</span>
              </span>
              <Button variant="outline" size="sm" disabled={pending} onClick={() => restore(o.id)}>
                <RotateCcw aria-hidden />
                Restore<span className="sr-only"> {o.name}</span>
              </Button>
            </li>
          ))}
        </ul>
      </CardContent>
    </Card>
  );
}
