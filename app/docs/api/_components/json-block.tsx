import { ChevronRight } from "lucide-react";

/** A collapsible, pretty-printed JSON value; native <details> keeps it keyboard-operable without script. */
export function JsonBlock({ summary, value }: { summary: string; value: unknown }) {
  return (
    <details className="group rounded-lg border bg-muted/30">
      <summary className="flex cursor-pointer list-none items-center gap-2 rounded-lg px-3 py-2 text-sm font-medium select-none hover:bg-accent [&::-webkit-details-marker]:hidden">
        <ChevronRight aria-hidden className="size-4 shrink-0 text-muted-foreground transition-transform group-open:rotate-90" />
        {summary}
      </summary>
      <pre className="max-h-[32rem] overflow-auto border-t px-4 py-3 font-mono text-xs leading-relaxed">
        <code>{value === undefined ? "No schema documented." : JSON.stringify(value, null, 2)}</code>
      </pre>
    </details>
  );
}
