"use client";

import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { LogOut } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { useToast } from "@/components/ui/toast";
import { leaveOrganizationAction } from "../actions";

export function LeaveOrganizationCard({ orgSlug, organizationName }: { orgSlug: string; organizationName: string }) {
  const router = useRouter();
  const { toast } = useToast();
  const [pending, startTransition] = useTransition();

  function leave() {
    if (!window.confirm(`Leave ${organizationName}? You will need a new invitation to come back.`)) return;
    startTransition(async () => {
      const result = await leaveOrganizationAction(orgSlug);
      if (!result.ok) {
        toast({ title: "You are still a member", description: result.message, variant: "destructive" });
        return;
      }
      router.replace("/app");
      router.refresh();
    });
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>Leave organization</CardTitle>
        <CardDescription>Your account stays, with your other organizations. The last Organization Admin cannot leave.</CardDescription>
      </CardHeader>
      <CardContent>
        <Button variant="outline" onClick={leave} disabled={pending}>
          <LogOut aria-hidden />
          Leave {organizationName}
        </Button>
      </CardContent>
    </Card>
  );
}
