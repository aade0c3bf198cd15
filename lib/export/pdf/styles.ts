import { StyleSheet } from "@react-pdf/renderer";
import type { ReportFinding } from "@/lib/analysis/report/types";

// Helvetica is one of the 14 fonts every PDF reader has built in: nothing to embed or download,
// and the text stays selectable and searchable.
export const FONT = "Helvetica";
export const FONT_BOLD = "Helvetica-Bold";

/** A4 portrait in points, and the margins every page shares. */
export const PAGE = { width: 595.28, height: 841.89, marginX: 40, marginTop: 56, marginBottom: 52 } as const;
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.marginX;

export const COLORS = {
  ink: "#1f2937",
  muted: "#6b7280",
  rule: "#d1d5db",
  zebra: "#f3f4f6",
  headerFill: "#e5e7eb",
  accent: "#1d4ed8",
  accentSoft: "#dbeafe",
  grid: "#e5e7eb",
} as const;

export const SEVERITY_COLORS: Record<ReportFinding["severity"], string> = {
  high: "#b91c1c",
  medium: "#c2410c",
  low: "#a16207",
  info: "#1d4ed8",
};

export const styles = StyleSheet.create({
  page: {
    fontFamily: FONT,
    fontSize: 9,
    color: COLORS.ink,
    paddingTop: PAGE.marginTop,
    paddingBottom: PAGE.marginBottom,
    paddingHorizontal: PAGE.marginX,
    lineHeight: 1.35,
  },
  runningHeader: {
    position: "absolute",
    top: 22,
    left: PAGE.marginX,
    right: PAGE.marginX,
    flexDirection: "row",
    justifyContent: "space-between",
    borderBottomWidth: 0.5,
    borderBottomColor: COLORS.rule,
    paddingBottom: 4,
    fontSize: 7.5,
    color: COLORS.muted,
  },
  // Placed from the top: react-pdf drops a fixed element with a page-number render prop when it is
  // positioned with `bottom`.
  footer: {
    position: "absolute",
    top: PAGE.height - PAGE.marginBottom + 14,
    left: PAGE.marginX,
    right: PAGE.marginX,
    flexDirection: "row",
    justifyContent: "space-between",
    borderTopWidth: 0.5,
    borderTopColor: COLORS.rule,
    paddingTop: 4,
    fontSize: 7.5,
    color: COLORS.muted,
  },
  h1: { fontFamily: FONT_BOLD, fontSize: 18, marginBottom: 10 },
  h2: { fontFamily: FONT_BOLD, fontSize: 11.5, marginTop: 14, marginBottom: 5 },
  paragraph: { marginBottom: 6, textAlign: "justify" },
  note: { fontSize: 7.5, color: COLORS.muted, marginBottom: 4 },
  block: { marginTop: 10, marginBottom: 4 },
  blockTitle: { fontFamily: FONT_BOLD, fontSize: 9.5, marginBottom: 3 },
  figures: { flexDirection: "row", flexWrap: "wrap", marginTop: 4, marginBottom: 4 },
  figure: {
    width: "25%",
    paddingVertical: 6,
    paddingHorizontal: 6,
    borderLeftWidth: 2,
    borderLeftColor: COLORS.accent,
    marginBottom: 6,
  },
  figureValue: { fontFamily: FONT_BOLD, fontSize: 14 },
  figureLabel: { fontSize: 7.5, color: COLORS.muted, marginTop: 3 },
});
