"use client";

import { signOut } from "next-auth/react";
import { LogOut } from "lucide-react";
import { Button, type ButtonProps } from "@/components/ui/button";

export function SignOutButton({ variant = "outline", ...props }: Omit<ButtonProps, "onClick" | "asChild">) {
  return (
    <Button variant={variant} onClick={() => void signOut({ callbackUrl: "/login" })} {...props}>
      <LogOut aria-hidden />
      Sign out
    </Button>
  );
}
