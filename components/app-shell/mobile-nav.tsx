"use client";

import { useState } from "react";
import { Menu } from "lucide-react";
import { Logo } from "@/components/brand/logo";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { OrgSwitcher, type OrganizationOption } from "./org-switcher";
import { SidebarNav } from "./sidebar-nav";

/** On small screens the sidebar lives in a drawer; it closes itself once a link is followed. */
export function MobileNav({
  current,
  organizations,
}: {
  current: OrganizationOption;
  organizations: OrganizationOption[];
}) {
  const [open, setOpen] = useState(false);
  const close = () => setOpen(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="ghost" size="icon" aria-label="Open navigation">
          <Menu aria-hidden />
        </Button>
      </DialogTrigger>
      <DialogContent side="left" closeLabel="Close navigation">
        <DialogTitle className="text-base">
          <Logo />
        </DialogTitle>
        <DialogDescription className="sr-only">Navigate between the sections of {current.name}.</DialogDescription>
        <OrgSwitcher current={current} organizations={organizations} onNavigate={close} />
        <SidebarNav orgSlug={current.slug} onNavigate={close} />
      </DialogContent>
    </Dialog>
  );
}
