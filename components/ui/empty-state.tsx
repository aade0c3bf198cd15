import type { ReactNode } from "react";
import type { LucideIcon } from "lucide-react";
import { cn } from "./cn";

export interface EmptyStateProps {
  icon: LucideIcon;
  title: string;
  /** What to do next, in a sentence or two: an empty screen should never be a dead end. */
  description: ReactNode;
  action?: ReactNode;
  className?: string;
  /** Heading level, so the state fits the outline of the page it sits in. */
  headingLevel?: "h1" | "h2" | "h3";
}

export function EmptyState({ icon: Icon, title, description, action, className, headingLevel = "h2" }: EmptyStateProps) {
  const Heading = headingLevel;
  return (
    <div
      className={cn(
        "flex flex-col items-center justify-center gap-3 rounded-xl border border-dashed px-6 py-12 text-center",
        className,
      )}
    >
      <span className="flex size-11 items-center justify-center rounded-full bg-muted text-muted-foreground">
        <Icon aria-hidden className="size-5" />
      </span>
      <Heading className="text-base font-semibold tracking-tight">{title}</Heading>
      <div className="max-w-md text-sm text-pretty text-muted-foreground">{description}</div>
      {action ? <div className="mt-2">{action}</div> : null}
    </div>
  );
}
