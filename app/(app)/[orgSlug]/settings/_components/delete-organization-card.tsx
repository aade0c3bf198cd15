"use client";

import { useId, useState, useTransition, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { Loader2, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { deleteOrganizationAction } from "../actions";

export function DeleteOrganizationCard({ orgSlug, organizationName }: { orgSlug: string; organizationName: string }) {
  const id = useId();
  const router = useRouter();
  const [typed, setTyped] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    startTransition(async () => {
      const result = await deleteOrganizationAction(orgSlug, { confirmation: typed });
      if (!result.ok) {
        setError(result.fieldErrors.confirmation ?? result.message);
        return;
      }
      router.replace("/app");
      router.refresh();
    });
  }

  return (
    <Card className="border-destructive/40">
      <CardHeader>
        <CardTitle>Delete organization</CardTitle>
        <CardDescription>
          {organizationName} disappears for every member at once. Its data is kept for 30 days, during which an
          Organization Admin can restore it from the Create organization page; after that it is purged for good.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <Dialog onOpenChange={() => { setTyped(""); setError(null); }}>
          <DialogTrigger asChild>
            <Button variant="destructive">
              <Trash2 aria-hidden />
              Delete organization…
            </Button>
          </DialogTrigger>
          <DialogContent>
            <form method="post" onSubmit={onSubmit} className="grid gap-5" noValidate>
              <DialogHeader>
                <DialogTitle>Delete {organizationName}?</DialogTitle>
                <DialogDescription>
                  Members lose access immediately. Type <strong className="font-mono text-foreground">{orgSlug}</strong> to confirm.
                </DialogDescription>
              </DialogHeader>
              <div className="grid gap-2">
                <Label htmlFor={`${id}-confirm`}>Organization slug</Label>
                <Input
                  id={`${id}-confirm`}
                  value={typed}
                  onChange={(e) => setTyped(e.target.value)}
                  autoComplete="off"
                  spellCheck={false}
                  aria-invalid={Boolean(error) || undefined}
                  aria-describedby={error ? `${id}-error` : undefined}
                />
                {error ? (
                  <p id={`${id}-error`} role="alert" className="text-xs text-destructive">
                    {error}
                  </p>
                ) : null}
              </div>
              <DialogFooter>
                <Button type="submit" variant="destructive" disabled={pending || typed.trim() !== orgSlug}>
                  {pending ? <Loader2 aria-hidden className="animate-spin" /> : null}
                  Delete {organizationName}
                </Button>
              </DialogFooter>
            </form>
          </DialogContent>
        </Dialog>
      </CardContent>
    </Card>
  );
}
