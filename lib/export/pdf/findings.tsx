import { Text, View } from "@react-pdf/renderer";
import type { ReportFinding } from "@/lib/analysis/report/types";
import { keepWordsWhole } from "./format";
import { COLORS, FONT_BOLD, SEVERITY_COLORS, styles } from "./styles";

function SeverityBadge({ severity }: { severity: ReportFinding["severity"] }) {
  return (
    <View style={{ width: 44, marginRight: 8, paddingTop: 1 }}>
      <Text
        style={{
          backgroundColor: SEVERITY_COLORS[severity],
          color: "#ffffff",
          fontFamily: FONT_BOLD,
          fontSize: 6.5,
          textAlign: "center",
          paddingVertical: 2,
          borderRadius: 2,
        }}
      >
        {severity.toUpperCase()}
      </Text>
    </View>
  );
}

/** Findings in the engine's order (most important first), each kept whole on one page. */
export function Findings({ findings, total }: { findings: ReportFinding[]; total: number }) {
  return (
    <View style={styles.block}>
      <Text style={styles.h2} minPresenceAhead={40}>
        Findings
      </Text>
      {findings.length === 0 && <Text style={styles.note}>No findings in this section.</Text>}
      {findings.map((finding, index) => (
        <View key={index} wrap={false} style={{ flexDirection: "row", paddingVertical: 4, borderBottomWidth: 0.25, borderBottomColor: COLORS.rule }}>
          <SeverityBadge severity={finding.severity} />
          <View style={{ flex: 1 }}>
            <Text style={{ fontFamily: FONT_BOLD, fontSize: 9 }} hyphenationCallback={keepWordsWhole}>
              {finding.title}
            </Text>
            <Text style={{ fontSize: 8.5 }} hyphenationCallback={keepWordsWhole}>
              {finding.detail}
            </Text>
            {finding.subjectId !== undefined && <Text style={{ fontSize: 7, color: COLORS.muted }}>ServiceNow record {finding.subjectId}</Text>}
          </View>
        </View>
      ))}
      {total > findings.length && (
        <Text style={styles.note}>
          Showing the {findings.length} most important of {total} findings. All of them are in the Excel export.
        </Text>
      )}
    </View>
  );
}
