"use client";

import type { ReactNode } from "react";

export interface RankedRow {
  key: string;
  cells: ReactNode[];
  /** When set, the first cell is a button that drills down into the row. */
  onSelect?: () => void;
}

/** A plain accessible table for top-N lists; numbers right-aligned. */
export function RankedTable({ caption, columns, rows }: { caption: string; columns: string[]; rows: RankedRow[] }) {
  if (rows.length === 0) return null;
  return (
    <div className="overflow-x-auto rounded-lg border">
      <table className="w-full text-sm">
        <caption className="px-4 pt-3 pb-2 text-left text-sm font-semibold">{caption}</caption>
        <thead className="bg-muted/50 text-left text-xs text-muted-foreground">
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col" className="px-4 py-2 font-medium">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-t align-top">
              {row.cells.map((cell, i) => (
                <td key={i} className={typeof cell === "number" ? "px-4 py-2 text-right tabular-nums" : "px-4 py-2"}>
                  {i === 0 && row.onSelect ? (
                    <button type="button" onClick={row.onSelect} className="text-left font-medium text-primary underline-offset-4 hover:underline">
                      {cell}
                    </button>
                  ) : (
                    cell
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
