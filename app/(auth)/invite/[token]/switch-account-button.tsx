"use client";

import { signOut } from "next-auth/react";
import { LogOut } from "lucide-react";
import { Button } from "@/components/ui/button";

/** Signs out and comes back to this invitation, so the right account can accept it. */
export function SwitchAccountButton({ callbackPath }: { callbackPath: string }) {
  return (
    <Button variant="outline" className="w-full" onClick={() => void signOut({ callbackUrl: callbackPath })}>
      <LogOut aria-hidden />
      Sign out and switch account
    </Button>
  );
}
