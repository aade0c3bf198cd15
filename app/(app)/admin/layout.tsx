import type { ReactNode } from "react";
import { PersonalShell } from "@/components/app-shell/personal-shell";

/**
 * The platform admin area belongs to no organization. The layout names nothing and checks nothing;
 * the page decides who may see it (layouts do not re-run on every navigation), so a non-admin gets
 * the same 404 as for any unknown address.
 */
export default function AdminLayout({ children }: { children: ReactNode }) {
  return <PersonalShell wide>{children}</PersonalShell>;
}
