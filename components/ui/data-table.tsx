"use client";

import { useId, useMemo, useState, type ReactNode } from "react";
import { ArrowDown, ArrowUp, ArrowUpDown, ChevronLeft, ChevronRight } from "lucide-react";
import { Button } from "./button";
import { cn } from "./cn";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "./select";

export type SortDirection = "asc" | "desc";
export type SortValue = string | number | null | undefined;

export interface DataTableColumn<T> {
  id: string;
  header: string;
  cell: (row: T) => ReactNode;
  /** Present on sortable columns: the value rows are ordered by when the header is clicked. */
  sortValue?: (row: T) => SortValue;
  align?: "left" | "right";
  className?: string;
  /** Keeps the header for screen readers but hides it visually (e.g. an actions column). */
  hideHeader?: boolean;
}

export interface DataTableProps<T> {
  columns: ReadonlyArray<DataTableColumn<T>>;
  rows: ReadonlyArray<T>;
  getRowId: (row: T) => string;
  /** Describes the table for screen readers. */
  caption: string;
  initialSort?: { columnId: string; direction: SortDirection };
  pageSizeOptions?: number[];
  /** Shown instead of the table when there are no rows. */
  emptyState?: ReactNode;
  className?: string;
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });

const isMissing = (v: SortValue): v is null | undefined | "" => v == null || v === "";

function compare(a: SortValue, b: SortValue, direction: SortDirection): number {
  // Missing values go last whichever the direction: they carry no order, only absence.
  if (isMissing(a) || isMissing(b)) return Number(isMissing(a)) - Number(isMissing(b));
  const sign = direction === "asc" ? 1 : -1;
  if (typeof a === "number" && typeof b === "number") return sign * (a - b);
  return sign * collator.compare(String(a), String(b));
}

const ariaSort = { asc: "ascending", desc: "descending" } as const;

export function DataTable<T>({
  columns,
  rows,
  getRowId,
  caption,
  initialSort,
  pageSizeOptions = [10, 25, 50],
  emptyState,
  className,
}: DataTableProps<T>) {
  const pageSizeId = useId();
  const [sort, setSort] = useState(initialSort ?? null);
  const [pageSize, setPageSize] = useState(pageSizeOptions[0] ?? 10);
  const [pageIndex, setPageIndex] = useState(0);

  const sorted = useMemo(() => {
    const column = sort && columns.find((c) => c.id === sort.columnId);
    const value = column?.sortValue;
    if (!sort || !value) return rows;
    return [...rows].sort((a, b) => compare(value(a), value(b), sort.direction));
  }, [rows, columns, sort]);

  if (rows.length === 0 && emptyState) return <>{emptyState}</>;

  const pageCount = Math.max(1, Math.ceil(sorted.length / pageSize));
  // Derived rather than stored: rows can shrink under a live list and leave the stored page empty.
  const page = Math.min(pageIndex, pageCount - 1);
  const start = page * pageSize;
  const visible = sorted.slice(start, start + pageSize);
  const showPagination = sorted.length > Math.min(...pageSizeOptions);

  function toggleSort(columnId: string) {
    setSort((current) =>
      current?.columnId === columnId
        ? { columnId, direction: current.direction === "asc" ? "desc" : "asc" }
        : { columnId, direction: "asc" },
    );
    setPageIndex(0);
  }

  return (
    <div className={cn("grid gap-3", className)}>
      {/* relative: the sr-only headers are absolutely positioned and would otherwise escape the
          scroll box and widen the whole page on small screens. */}
      <div className="relative overflow-x-auto rounded-lg border">
        <table className="w-full caption-bottom border-collapse text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-muted/50">
            <tr className="border-b">
              {columns.map((column) => {
                const direction = sort?.columnId === column.id ? sort.direction : null;
                const SortIcon = direction === "asc" ? ArrowUp : direction === "desc" ? ArrowDown : ArrowUpDown;
                return (
                  <th
                    key={column.id}
                    scope="col"
                    aria-sort={column.sortValue ? (direction ? ariaSort[direction] : "none") : undefined}
                    className={cn(
                      "h-10 px-3 text-left align-middle text-xs font-medium whitespace-nowrap text-muted-foreground",
                      column.align === "right" && "text-right",
                      column.className,
                    )}
                  >
                    {column.hideHeader ? (
                      <span className="sr-only">{column.header}</span>
                    ) : column.sortValue ? (
                      <button
                        type="button"
                        onClick={() => toggleSort(column.id)}
                        className={cn(
                          "-mx-1.5 inline-flex items-center gap-1 rounded px-1.5 py-1 hover:bg-accent hover:text-foreground",
                          direction && "text-foreground",
                        )}
                      >
                        {column.header}
                        <SortIcon aria-hidden className={cn("size-3.5", !direction && "opacity-50")} />
                      </button>
                    ) : (
                      column.header
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {visible.map((row) => (
              <tr key={getRowId(row)} className="border-b last:border-b-0 hover:bg-muted/40">
                {columns.map((column) => (
                  <td
                    key={column.id}
                    className={cn("px-3 py-3 align-middle", column.align === "right" && "text-right", column.className)}
                  >
                    {column.cell(row)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {showPagination ? (
        <div className="flex flex-wrap items-center justify-between gap-3 text-sm text-muted-foreground">
          <div className="flex items-center gap-2">
            <span id={pageSizeId}>Rows per page</span>
            <Select
              value={String(pageSize)}
              onValueChange={(v) => {
                setPageSize(Number(v));
                setPageIndex(0);
              }}
            >
              <SelectTrigger aria-labelledby={pageSizeId} size="sm" className="w-20">
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                {pageSizeOptions.map((size) => (
                  <SelectItem key={size} value={String(size)}>
                    {size}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
          </div>
          <div className="flex items-center gap-3">
            <span aria-live="polite" className="tabular-nums">
              {start + 1}–{start + visible.length} of {sorted.length}
            </span>
            <div className="flex gap-1">
              <Button
                variant="outline"
                size="icon-sm"
                aria-label="Previous page"
                disabled={page === 0}
                onClick={() => setPageIndex(page - 1)}
              >
                <ChevronLeft aria-hidden />
              </Button>
              <Button
                variant="outline"
                size="icon-sm"
                aria-label="Next page"
                disabled={page >= pageCount - 1}
                onClick={() => setPageIndex(page + 1)}
              >
                <ChevronRight aria-hidden />
              </Button>
            </div>
          </div>
        </div>
      ) : null}
    </div>
  );
}
