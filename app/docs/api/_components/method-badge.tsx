import { cn } from "@/components/ui/cn";

// Colour by intent, as most API references do: reads calm, writes warm, deletes red.
const tones: Record<string, string> = {
  get: "bg-primary/10 text-primary border-primary/25",
  post: "bg-success/10 text-success border-success/25",
  put: "bg-warning/10 text-warning border-warning/25",
  patch: "bg-warning/10 text-warning border-warning/25",
  delete: "bg-destructive/10 text-destructive border-destructive/25",
};

export function MethodBadge({ method, className }: { method: string; className?: string }) {
  return (
    <span
      className={cn(
        "inline-flex w-16 shrink-0 justify-center rounded-md border py-0.5 font-mono text-xs font-semibold uppercase",
        tones[method] ?? "border-border bg-muted text-muted-foreground",
        className,
      )}
    >
      {method}
    </span>
  );
}
