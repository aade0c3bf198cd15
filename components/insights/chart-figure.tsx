"use client";

import { useId, useState, type ReactNode } from "react";
import { Table2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";

export interface ChartTableRow {
  /** Drill-down key the row's button passes to onSelect. */
  tag: string;
  label: ReactNode;
  /** One cell per column, in column order. */
  cells: ReactNode[];
}

export interface ChartTable {
  /** Names the table for screen readers and says what selecting a row does. */
  caption: string;
  labelHeader: string;
  columns: { header: string; align?: "left" | "right" }[];
  rows: ChartTableRow[];
}

export interface ChartFigureProps {
  /** The chart's accessible name: what it shows, with the numbers that matter. */
  summary: string;
  /** Height of the chart area in pixels (recharts needs a sized box). */
  height?: number;
  table: ChartTable;
  onSelect: (tag: string) => void;
  /** The drawn chart; mouse users drill down by clicking its elements. */
  children: ReactNode;
}

/**
 * A chart plus the same data as a table whose row labels are buttons. The drawn chart is one
 * image to assistive technology; the table is the keyboard and screen-reader path to every
 * drill-down. It stays in the page visually hidden, appears while focus is inside it (so a
 * keyboard user sees the button they are on) and can be pinned open with the toggle.
 */
export function ChartFigure({ summary, height = 256, table, onSelect, children }: ChartFigureProps) {
  const tableId = useId();
  const [showTable, setShowTable] = useState(false);
  return (
    <div className="relative grid gap-2">
      <div role="img" aria-label={summary} className="w-full" style={{ height }}>
        {children}
      </div>
      <div className="flex justify-end">
        <Button variant="ghost" size="sm" aria-pressed={showTable} aria-controls={tableId} onClick={() => setShowTable((v) => !v)}>
          <Table2 aria-hidden />
          {showTable ? "Hide data table" : "Show data table"}
        </Button>
      </div>
      <div id={tableId} className={showTable ? undefined : "sr-only focus-within:not-sr-only"}>
        <div className="overflow-x-auto rounded-lg border">
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">{table.caption}</caption>
            <thead className="bg-muted/50">
              <tr className="border-b">
                <th scope="col" className="h-9 px-3 text-left text-xs font-medium text-muted-foreground">
                  {table.labelHeader}
                </th>
                {table.columns.map((column) => (
                  <th
                    key={column.header}
                    scope="col"
                    className={cn("h-9 px-3 text-xs font-medium text-muted-foreground", column.align === "left" ? "text-left" : "text-right")}
                  >
                    {column.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {/* Index in the key: two elements may share a tag (the same drill-down list). */}
              {table.rows.map((row, rowIndex) => (
                <tr key={`${rowIndex}:${row.tag}`} className="border-b last:border-b-0">
                  <th scope="row" className="px-3 py-2 text-left font-normal">
                    <button
                      type="button"
                      data-tag={row.tag}
                      onClick={() => onSelect(row.tag)}
                      className="rounded text-left font-medium text-primary underline-offset-2 hover:underline"
                    >
                      {row.label}
                    </button>
                  </th>
                  {row.cells.map((cell, index) => (
                    <td
                      key={table.columns[index]?.header ?? index}
                      className={cn("px-3 py-2 tabular-nums", table.columns[index]?.align === "left" ? "text-left" : "text-right")}
                    >
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </div>
  );
}
