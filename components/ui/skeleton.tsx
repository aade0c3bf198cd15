import type { ComponentProps } from "react";
import { cn } from "./cn";

/** A pulsing block that holds the shape of content still loading; hidden from assistive tech. */
export function Skeleton({ className, ...props }: ComponentProps<"div">) {
  return <div aria-hidden className={cn("animate-pulse rounded-md bg-muted", className)} {...props} />;
}
