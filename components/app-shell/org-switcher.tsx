"use client";

import Link from "next/link";
import { Building2, Check, ChevronsUpDown, Plus } from "lucide-react";
import { cn } from "@/components/ui/cn";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";

export interface OrganizationOption {
  name: string;
  slug: string;
  role: string;
}

export function OrgSwitcher({
  current,
  organizations,
  onNavigate,
}: {
  current: OrganizationOption;
  organizations: OrganizationOption[];
  onNavigate?: () => void;
}) {
  return (
    <DropdownMenu>
      <DropdownMenuTrigger
        aria-label={`Organization: ${current.name}. Switch organization`}
        className="flex w-full items-center gap-2.5 rounded-lg border bg-card px-2.5 py-2 text-left shadow-xs transition-colors hover:bg-accent"
      >
        <span className="flex size-7 shrink-0 items-center justify-center rounded-md bg-primary/10 text-xs font-semibold text-primary uppercase">
          {current.name.slice(0, 2)}
        </span>
        <span className="grid min-w-0 flex-1">
          <span className="truncate text-sm font-medium">{current.name}</span>
          <span className="truncate text-xs text-muted-foreground">{current.role}</span>
        </span>
        <ChevronsUpDown aria-hidden className="size-4 shrink-0 text-muted-foreground" />
      </DropdownMenuTrigger>
      <DropdownMenuContent className="w-(--radix-dropdown-menu-trigger-width) min-w-56">
        <DropdownMenuLabel>Organizations</DropdownMenuLabel>
        {organizations.map((org) => {
          const isCurrent = org.slug === current.slug;
          return (
            <DropdownMenuItem key={org.slug} asChild>
              <Link href={`/${org.slug}`} onClick={onNavigate} aria-current={isCurrent ? "page" : undefined}>
                <Building2 aria-hidden />
                <span className="min-w-0 flex-1 truncate">{org.name}</span>
                <Check aria-hidden className={cn(!isCurrent && "invisible")} />
              </Link>
            </DropdownMenuItem>
          );
        })}
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild>
          <Link href="/app/new" onClick={onNavigate}>
            <Plus aria-hidden />
            Create organization
          </Link>
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
