import { useId, type ReactNode } from "react";
import { ChartNoAxesColumn } from "lucide-react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";

export interface ChartCardProps {
  title: string;
  description?: ReactNode;
  /** Controls beside the title, e.g. an inherent/residual switch or an export menu. */
  actions?: ReactNode;
  /**
   * When set, the card shows this sentence instead of its children: a chart without data says
   * what to do to get some rather than drawing empty axes.
   */
  emptyMessage?: string;
  className?: string;
  children?: ReactNode;
}

/** The frame every insight chart sits in: a titled section, so the page outline lists each chart. */
export function ChartCard({ title, description, actions, emptyMessage, className, children }: ChartCardProps) {
  const titleId = useId();
  return (
    <Card className={cn("flex flex-col", className)}>
      <section aria-labelledby={titleId} className="flex flex-1 flex-col">
        <CardHeader>
          <div className="flex items-start justify-between gap-3">
            <div className="grid gap-1.5">
              <CardTitle id={titleId}>{title}</CardTitle>
              {description ? <CardDescription>{description}</CardDescription> : null}
            </div>
            {actions ? <div className="flex shrink-0 items-center gap-2">{actions}</div> : null}
          </div>
        </CardHeader>
        <CardContent className="flex-1">
          {emptyMessage ? (
            <div className="flex h-full min-h-32 flex-col items-center justify-center gap-2 rounded-lg border border-dashed px-4 py-8 text-center">
              <ChartNoAxesColumn aria-hidden className="size-5 text-muted-foreground" />
              <p className="max-w-sm text-sm text-pretty text-muted-foreground">{emptyMessage}</p>
            </div>
          ) : (
            children
          )}
        </CardContent>
      </section>
    </Card>
  );
}
