import { Text, View } from "@react-pdf/renderer";
import type { ReportColumn } from "@/lib/analysis/report/types";
import { formatCell, isRightAligned, keepWordsWhole } from "./format";
import type { PdfTable } from "./prepare-report";
import { COLORS, FONT_BOLD, styles } from "./styles";

const cell = { paddingHorizontal: 3, paddingVertical: 2.5, fontSize: 7.5 } as const;

function cellStyle(column: ReportColumn) {
  return { ...cell, flexGrow: column.width ?? 1, flexBasis: 0, textAlign: isRightAligned(column.type) ? "right" : "left" } as const;
}

function HeaderRow({ columns }: { columns: ReportColumn[] }) {
  // `fixed` repeats the header at the top of every page the table continues on.
  return (
    <View fixed style={{ flexDirection: "row", backgroundColor: COLORS.headerFill, borderBottomWidth: 0.75, borderBottomColor: COLORS.muted }}>
      {columns.map((column) => (
        <Text key={column.key} style={{ ...cellStyle(column), fontFamily: FONT_BOLD }} hyphenationCallback={keepWordsWhole}>
          {column.header}
        </Text>
      ))}
    </View>
  );
}

/** A table that may run over pages: the header repeats, rows never split, every other row is shaded. */
export function Table({ table }: { table: PdfTable }) {
  const hidden = table.totalRows - table.rows.length;
  return (
    <View style={styles.block}>
      <Text style={styles.blockTitle} minPresenceAhead={48}>
        {table.title}
      </Text>
      {table.note !== undefined && <Text style={styles.note}>{table.note}</Text>}
      {hidden > 0 && (
        <Text style={styles.note}>
          Showing the first {table.rows.length} of {table.totalRows.toLocaleString("en-US")} rows. The full list is in the CSV and Excel
          exports.
        </Text>
      )}
      {table.rows.length === 0 ? (
        <Text style={styles.note}>No rows.</Text>
      ) : (
        <View>
          <HeaderRow columns={table.columns} />
          {table.rows.map((row, index) => (
            <View
              key={index}
              wrap={false}
              style={{ flexDirection: "row", backgroundColor: index % 2 === 1 ? COLORS.zebra : "#ffffff", borderBottomWidth: 0.25, borderBottomColor: COLORS.rule }}
            >
              {table.columns.map((column) => (
                <Text key={column.key} style={cellStyle(column)} hyphenationCallback={keepWordsWhole}>
                  {formatCell(row[column.key] ?? null, column.type)}
                </Text>
              ))}
            </View>
          ))}
        </View>
      )}
    </View>
  );
}
