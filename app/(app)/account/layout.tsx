import type { ReactNode } from "react";
import { PersonalShell } from "@/components/app-shell/personal-shell";

/** Account settings belong to the person, not to an organization. */
export default function AccountLayout({ children }: { children: ReactNode }) {
  return <PersonalShell>{children}</PersonalShell>;
}
